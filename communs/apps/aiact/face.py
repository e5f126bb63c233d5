"""SONIC: the EU AI Act, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="aiact",
    api="communs.apps.aiact.api:router",
    cli="communs.apps.aiact.cli:register",
    web="communs.apps.aiact.web:router",
    menu=[("/aiact", "AI Act")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "aiact_classify",
            "Classify an AI system under the EU AI Act (prohibited, high-risk, transparency, minimal) from a "
            "description of it, or from the questionnaire's answers, with the articles that apply.",
            path="/v1/apps/aiact/classify",
            body="communs.apps.aiact.api:ClassifyRequest",
        ),
        Tool(
            "aiact_ask",
            "Answer a question on the EU AI Act, citing its articles, annexes and recitals.",
            path="/v1/apps/aiact/ask",
            body="communs.apps.aiact.api:AskRequest",
        ),
    ],
)
