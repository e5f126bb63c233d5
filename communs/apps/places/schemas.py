"""The JSON of POST /v1/apps/places, as models for the OpenAPI schema (they mirror communs.places.Lookup)."""

from __future__ import annotations

from pydantic import Field

from communs.api.responses import Result


class Area(Result):
    code: str = Field(description="The INSEE code of the département or région.")
    name: str | None


class Place(Result):
    code: str = Field(description="The commune's INSEE code.")
    name: str
    kind: str = Field(description="commune, arrondissement (of Paris, Lyon, Marseille), deleguee or associee.")
    postal_codes: list[str]
    departement: Area
    region: Area
    population: int | None = Field(description="Population légale (INSEE).")
    lat: float | None = Field(description="Latitude (WGS 84) of the town hall, or of the commune's centre.")
    lon: float | None
    parent: str | None = Field(
        description="INSEE code of the commune an arrondissement or commune déléguée is part of."
    )


class NearbyPlace(Place):
    distance_km: float = Field(description="Great-circle distance from the place found, or from the point asked.")


class PlacesResult(Result):
    """POST /v1/apps/places."""

    query: str | None
    match: str = Field(
        description="How the query was read: postal_code, insee_code, name, departement, region, "
        "text (a place found in a sentence) or point (lat, lon)."
    )
    said: str | None = Field(description="The words of a free text that name the place.")
    places: list[Place] = Field(description="The communes named, the likeliest first (homonyms, shared postal codes).")
    departement: Area | None
    region: Area | None
    nearby: list[NearbyPlace] = Field(description="The nearest communes, closest first.")


class Suggestions(Result):
    object: str = "list"
    data: list[str] = Field(description="Names of communes with their département, « Lille (59) », the bigger first.")
