"""Starclay: a consultation to a checked prescription, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="consultation",
    api="communs.apps.consultation.api:router",
    cli="communs.apps.consultation.cli:register",
    web="communs.apps.consultation.web:router",
    menu=[("/consultation", "Consultation")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "consultation_prescription",
            "Extract the prescription (drugs, dosages, durations) from a medical consultation's transcript, "
            "each line checked against the French drug database, with a report.",
            path="/v1/apps/consultation",
            body="communs.apps.consultation.api:ConsultationRequest",
        )
    ],
)
