"""Albertine: step-by-step guidance on web pages, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="guide",
    api="communs.apps.guide.api:router",
    cli="communs.apps.guide.cli:register",
    web="communs.apps.guide.web:router",
    menu=[("/albertine", "Albertine")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "guide_step",
            "The next step towards a goal on a web page (which element to click or fill, and how): the page "
            "as its HTML (html, url) or as a snapshot (page), with the steps already done.",
            path="/v1/apps/guide/step",
            body="communs.apps.guide.api:StepRequest",
        )
    ],
)
