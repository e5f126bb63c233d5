"""Starclay: a consultation to a checked prescription, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App

HERE = Path(__file__).resolve().parent
APP = App(
    name="consultation",
    api="communs.apps.consultation.api:router",
    cli="communs.apps.consultation.cli:register",
    web="communs.apps.consultation.web:router",
    menu=[("/consultation", "Consultation")],
    templates=HERE / "templates",
    static=HERE / "static",
)
