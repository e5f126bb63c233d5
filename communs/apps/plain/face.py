"""Simplifier: clarity analysis and plain-French rewriting, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="plain",
    api="communs.apps.plain.api:router",
    cli="communs.apps.plain.cli:register",
    web="communs.apps.plain.web:router",
    menu=[("/simplifier", "Simplifier")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "plain_analyze",
            "Clarity analysis of a French administrative text (readability, long sentences, jargon), no model.",
            path="/v1/apps/plain/analyze",
            body="communs.apps.plain.api:AnalyzeRequest",
        ),
        Tool(
            "plain_simplify",
            "Rewrite a French administrative text in plain language ('clair') or easy-to-read ('falc'), "
            "each fact checked against the original.",
            path="/v1/apps/plain/simplify",
            body="communs.apps.plain.api:SimplifyRequest",
            hidden=("stream",),
        ),
    ],
)
