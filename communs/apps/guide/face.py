"""Albertine: step-by-step guidance on web pages, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App

HERE = Path(__file__).resolve().parent
APP = App(
    name="guide",
    api="communs.apps.guide.api:router",
    cli="communs.apps.guide.cli:register",
    web="communs.apps.guide.web:router",
    menu=[("/albertine", "Albertine")],
    templates=HERE / "templates",
    static=HERE / "static",
)
