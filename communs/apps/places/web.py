"""The Lieux page (its script calls /v1/apps/places)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from communs.web.routes import signed_in_page

router = APIRouter(include_in_schema=False)


@router.get("/lieux")
def places_page(request: Request) -> Response:
    return signed_in_page(request, "lieux.html", {"title": "Lieux : communes et codes postaux"})
