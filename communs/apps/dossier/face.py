"""De Facto: criminal case files digested and questioned, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App

HERE = Path(__file__).resolve().parent
APP = App(
    name="dossier",
    api="communs.apps.dossier.api:router",
    cli="communs.apps.dossier.cli:register",
    web="communs.apps.dossier.web:router",
    menu=[("/dossier", "Dossiers")],
    templates=HERE / "templates",
    static=HERE / "static",
)
