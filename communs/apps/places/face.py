"""Lieux: communes, postal codes, départements and régions, on every face."""

from __future__ import annotations

from pathlib import Path

from communs.apps.registry import App, Tool

HERE = Path(__file__).resolve().parent
APP = App(
    name="places",
    api="communs.apps.places.api:router",
    cli="communs.apps.places.cli:register",
    web="communs.apps.places.web:router",
    menu=[("/lieux", "Lieux")],
    templates=HERE / "templates",
    static=HERE / "static",
    mcp=[
        Tool(
            "places",
            "French communes from a name, a postal code, an INSEE code, a département or a free French text "
            "('près de Lille', 'dans le 59'), with their département, région and point, and the nearest communes "
            "by great-circle distance; or the communes nearest to a point (lat, lon).",
            path="/v1/apps/places",
            body="communs.apps.places.api:PlacesRequest",
        )
    ],
)
