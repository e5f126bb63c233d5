"""ZenIA: study and career orientation, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App

HERE = Path(__file__).resolve().parent
APP = App(
    name="orientation",
    api="communs.apps.orientation.api:router",
    cli="communs.apps.orientation.cli:register",
    web="communs.apps.orientation.web:router",
    menu=[("/orientation", "Orientation")],
    templates=HERE / "templates",
    static=HERE / "static",
)
