"""ZenIA's page (its script calls /v1/apps/orientation)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from communs.apps.orientation.lexicon import REGIONS
from communs.web.routes import signed_in_page

router = APIRouter(include_in_schema=False)


@router.get("/orientation")
def orientation_page(request: Request) -> Response:
    return signed_in_page(request, "orientation.html", {"title": "Orientation", "regions": REGIONS})
