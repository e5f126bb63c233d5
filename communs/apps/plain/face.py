"""Simplifier: clarity analysis and plain-French rewriting, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App

HERE = Path(__file__).resolve().parent
APP = App(
    name="plain",
    api="communs.apps.plain.api:router",
    cli="communs.apps.plain.cli:register",
    web="communs.apps.plain.web:router",
    menu=[("/simplifier", "Simplifier")],
    templates=HERE / "templates",
    static=HERE / "static",
)
