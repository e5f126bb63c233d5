"""L'IANE: form audits, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="forms",
    api="communs.apps.forms.api:router",
    cli="communs.apps.forms.cli:register",
    web="communs.apps.forms.web:router",
    menu=[("/formulaires", "Formulaires")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "forms_audit",
            "Audit an administrative form's clarity field by field (jargon, ambiguity, double negations, "
            "information the service already knows...), with a score and a report in French.",
            path="/v1/apps/forms/audit",
            body="communs.apps.forms.model:Form",
        )
    ],
)
