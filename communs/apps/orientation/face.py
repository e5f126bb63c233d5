"""ZenIA: study and career orientation, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="orientation",
    api="communs.apps.orientation.api:router",
    cli="communs.apps.orientation.cli:register",
    web="communs.apps.orientation.web:router",
    menu=[("/orientation", "Orientation")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "orientation",
            "Study and career orientation from a conversation: jobs (ROME) and formations (ONISEP) that fit "
            "what the person said, and a reply to them.",
            path="/v1/apps/orientation",
            body="communs.apps.orientation.api:OrientationRequest",
            hidden=("stream",),
        )
    ],
)
