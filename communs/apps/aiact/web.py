"""The /aiact pages: the table of contents with the questionnaire, or one article with links (the page's
script calls /v1/apps/aiact/*)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from communs.apps.aiact import questionnaire
from communs.apps.aiact.act import load_act, segments
from communs.errors import CommunsError
from communs.web import session as sessions
from communs.web.routes import page, to_signin

router = APIRouter(include_in_schema=False)

ROLE_LABELS = {
    "provider": "Fournisseur",
    "deployer": "Déployeur",
    "importer": "Importateur",
    "distributor": "Distributeur",
}
GROUP_LABELS = {
    "prohibited": "Pratiques interdites (article 5)",
    "high_risk": "Haut risque (article 6, annexes I et III)",
    "gpai": "Modèles d'IA à usage général (articles 51 à 55)",
    "transparency": "Transparence (article 50)",
}


def href(ident: str) -> str:
    """The page of an id: its article (or annex, recital) with an anchor on the paragraph or point."""
    act = load_act()
    top = act.top(ident)
    if ident.startswith("ch_"):
        return f"/aiact#{ident}"
    return f"/aiact/{top}" + (f"#{ident}" if ident != top else "")


def context(ident: str) -> dict[str, Any]:
    act = load_act()
    if not ident:
        return {
            "template": "aiact.html",
            "title": "AI Act",
            "toc": act.toc(),
            "form": questionnaire(),
            "roles": ROLE_LABELS,
            "groups": GROUP_LABELS,
        }
    try:
        view = act.article(ident)
    except CommunsError as error:
        return {"template": "aiact_article.html", "title": "Introuvable", "status": 404, "missing": error.message}
    paragraphs = [
        {**p, "pieces": [(piece, href(i) if i else None) for piece, i in segments(p["text"], p.get("refs", []))]}
        for p in view["paragraphs"]
    ]
    links = lambda ids: [{"id": i, "label": act.label(i), "href": href(i)} for i in ids]  # noqa: E731
    return {
        "template": "aiact_article.html",
        "title": view.get("label", view["id"]),
        "view": view,
        "paragraphs": paragraphs,
        "references": links(view["references"]),
        "recitals": links(view["recitals"]),
        "definitions": [{**d, "href": href(d["id"])} for d in view["definitions"]],
    }


@router.get("/aiact")
@router.get("/aiact/{ident}")
def aiact_page(request: Request, ident: str = "") -> Response:
    if sessions.current(request) is None:
        return to_signin()
    found = context(ident)
    return page(request, found["template"], found, status_code=found.get("status", 200))
