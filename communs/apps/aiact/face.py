"""SONIC: the EU AI Act, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App

HERE = Path(__file__).resolve().parent
APP = App(
    name="aiact",
    api="communs.apps.aiact.api:router",
    cli="communs.apps.aiact.cli:register",
    web="communs.apps.aiact.web:router",
    menu=[("/aiact", "AI Act")],
    templates=HERE / "templates",
    static=HERE / "static",
)
