"""The translation page (its script calls /v1/apps/translate)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from communs.apps.translate.languages import targets
from communs.web.routes import signed_in_page

router = APIRouter(include_in_schema=False)


@router.get("/traduire")
def translate_page(request: Request) -> Response:
    return signed_in_page(request, "traduire.html", {"title": "Traduire un texte", "languages": targets()})
