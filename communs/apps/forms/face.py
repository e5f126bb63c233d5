"""L'IANE: form audits, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App

HERE = Path(__file__).resolve().parent
APP = App(
    name="forms",
    api="communs.apps.forms.api:router",
    cli="communs.apps.forms.cli:register",
    web="communs.apps.forms.web:router",
    menu=[("/formulaires", "Formulaires")],
    templates=HERE / "templates",
    static=HERE / "static",
)
