"""De Facto: criminal case files digested and questioned, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="dossier",
    api="communs.apps.dossier.api:router",
    cli="communs.apps.dossier.cli:register",
    web="communs.apps.dossier.web:router",
    menu=[("/dossier", "Dossiers")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "dossier_ask",
            "Ask a question about one of your digested case files (dossier id from POST /v1/apps/dossier); "
            "the answer cites its pages.",
            path="/v1/apps/dossier/{dossier_id}/ask",
            body="communs.apps.dossier.api:AskRequest",
            params=(("dossier_id", "The dossier's id."),),
        )
    ],
)
