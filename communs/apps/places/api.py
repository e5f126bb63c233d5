"""/v1/apps/places: a commune by name, postal code, INSEE code or free text; the communes nearby.

``POST /apps/places`` with ``{"query": "59000"}`` (or « Lille », « près de Lille », « dans le 59 ») answers the
communes named, their département and région, and with ``"nearest": n`` the n nearest communes; with
``{"lat", "lon"}`` instead of a query, the communes nearest to that point. A postal code or name that names
nothing is a 404; an empty or too long query a 400.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage
from communs.api.responses import ERRORS, NOT_FOUND
from communs.apps.places.schemas import PlacesResult, Suggestions
from communs.errors import InvalidRequestError
from communs.places import MAX_NEAREST, Lookup, load_gazetteer, lookup, near

router = APIRouter(prefix="/apps", responses=ERRORS)


class PlacesRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str | None = Field(
        None, description="A commune, postal code, INSEE code, département, région or a French sentence."
    )
    lat: float | None = Field(None, description="With lon instead of a query: the communes nearest to this point.")
    lon: float | None = None
    nearest: int = Field(0, description=f"How many nearby communes to add (0 to {MAX_NEAREST}).")
    radius_km: float | None = Field(None, description="Nearby communes within this distance only.")


def answer(body: PlacesRequest) -> PlacesResult:
    gazetteer = load_gazetteer()
    if body.query is None:
        if body.lat is None or body.lon is None:
            raise InvalidRequestError("give a query, or lat and lon", param="query")
        nearby = near(body.lat, body.lon, nearest=body.nearest or 10, radius_km=body.radius_km)
        found = Lookup(query="", match="point", places=[], nearby=nearby)
        return PlacesResult.model_validate({**found.to_dict(gazetteer), "query": None})
    if body.lat is not None or body.lon is not None:
        raise InvalidRequestError("give a query or lat and lon, not both", param="lat")
    found = lookup(body.query, nearest=body.nearest, radius_km=body.radius_km)
    return PlacesResult.model_validate(found.to_dict(gazetteer))


@router.post("/places", responses=NOT_FOUND)
async def places(body: PlacesRequest, request: Request, principal: Principal = Depends(authenticate)) -> PlacesResult:
    result = await asyncio.to_thread(answer, body)  # the first call loads the data (about a second)
    record_usage(request, endpoint="apps/places", model=None)
    return result


@router.get("/places/suggest")
async def places_suggest(
    request: Request, q: str = "", k: int = 8, principal: Principal = Depends(authenticate)
) -> Suggestions:
    """Names of communes starting with ``q`` (for a place field's suggestions), « Lille (59) », the bigger first."""
    if not 1 <= k <= 20:
        raise InvalidRequestError("k must be between 1 and 20", param="k")
    if len(q) > 100:
        raise InvalidRequestError("q holds at most 100 characters", param="q")
    gazetteer = await asyncio.to_thread(load_gazetteer)
    return Suggestions(data=[f"{p.name} ({p.departement})" for p in gazetteer.complete(q, k)])
