"""Translation: French administrative text into other languages, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="translate",
    api="communs.apps.translate.api:router",
    cli="communs.apps.translate.cli:register",
    web="communs.apps.translate.web:router",
    menu=[("/traduire", "Traduire")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "translate",
            "Machine translation of a French administrative text (into en, ar, uk, es, pt...), paragraph by "
            "paragraph, every date, amount and reference checked in the translation.",
            path="/v1/apps/translate",
            body="communs.apps.translate.api:TranslateRequest",
            hidden=("stream",),
        )
    ],
)
