"""The web app's pages: thin views over the same services as the API.

Pages read what they show through the services; every change (chat, collections, uploads,
deletions) is made by the page's script calling the /v1 API with the session cookie and its
CSRF token, so that the rules live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import RedirectResponse, Response

from communs.api.deps import count_failed_authentication, principal_for_key, refuse_if_guessing, services
from communs.apps.registry import App
from communs.config import ModelType
from communs.errors import CommunsError, NotFoundError, RateLimitError
from communs.search.records import Chunk
from communs.search.schema import INT64_MAX
from communs.web import session as sessions
from communs.web.assets import add_template_folders, mount_static, templates

router = APIRouter(include_in_schema=False)
# Pages that only touch the accounts database are plain functions: FastAPI runs them in its thread pool.

# The first pages of the main menu; each app adds its own after them (see ``mount``).
NAV: list[tuple[str, str]] = [
    ("/chat", "Chat"),
    ("/documents", "Documents"),
]
SIGNIN_ATTEMPTS_PER_MINUTE = 20

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def secure(response: Response) -> Response:
    """The security headers every page gets."""
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Cache-Control"] = "no-store"
    return response


def page(request: Request, template: str, context: dict[str, Any] | None = None, *, status_code: int = 200) -> Response:
    """Render a page with the layout's context and the security headers every page gets."""
    session = sessions.current(request)
    web = request.app.state.web
    full = {
        "session": session,
        "csrf_token": session.csrf_token if session else "",
        "official": web["official"],
        "dsfr": web["dsfr"],
        "nav": web["nav"],
        "path": request.url.path,
        **(context or {}),
    }
    return secure(templates.TemplateResponse(request, template, full, status_code=status_code))


def to_signin() -> RedirectResponse:
    return RedirectResponse("/connexion", status_code=303)


def signed_in_page(request: Request, template: str, context: dict[str, Any] | None = None) -> Response:
    """A page for signed-in agents only: the others go to the sign-in page."""
    if sessions.current(request) is None:
        return to_signin()
    return page(request, template, context)


def mount(app: FastAPI, apps: list[App], *, official: bool) -> None:
    """The web app on ``app``: these pages, then each app's pages, templates and static files."""
    add_template_folders([found.templates for found in apps if found.templates])
    dsfr = mount_static(app, official=official, extra=[found.static for found in apps if found.static])
    nav = NAV + [entry for found in apps for entry in found.menu]
    app.state.web = {"official": official, "dsfr": dsfr, "nav": nav}
    app.include_router(router)
    for found in apps:
        pages = found.web_router()
        if pages is not None:
            app.include_router(pages)


@router.get("/")
def home(request: Request) -> Response:
    return RedirectResponse("/chat" if sessions.current(request) else "/connexion", status_code=303)


# -- sign-in and sign-out -------------------------------------------------------
def _signin_form(
    request: Request, *, error: str | None = None, notice: str | None = None, status: int = 200
) -> Response:
    token = sessions.signin_token(request)
    response = page(
        request, "connexion.html", {"signin_token": token, "error": error, "notice": notice}, status_code=status
    )
    sessions.set_signin_token(request, response, token)
    return response


@router.get("/connexion")
def signin_page(request: Request, deconnecte: int = 0) -> Response:
    if sessions.current(request):
        return RedirectResponse("/chat", status_code=303)
    return _signin_form(request, notice="Vous êtes déconnecté." if deconnecte else None)


@router.post("/connexion")
def signin(request: Request, key: str = Form(""), csrf_token: str = Form("")) -> Response:
    if not sessions.signin_token_matches(request, csrf_token):
        return _signin_form(request, error="Le formulaire a expiré : veuillez réessayer.", status=403)
    svc = services(request)
    client = request.client.host if request.client else "unknown"
    try:
        svc.limiter.check(f"signin:{client}", SIGNIN_ATTEMPTS_PER_MINUTE)
        refuse_if_guessing(request)  # one count of wrong keys for the API and the sign-in form
    except RateLimitError:
        return _signin_form(request, error="Trop de tentatives : réessayez dans une minute.", status=429)
    key = key.strip()
    principal = principal_for_key(svc, key) if key else None
    if principal is None:
        if key:
            count_failed_authentication(request)
        message = "Clé d’API invalide ou révoquée. Vérifiez la clé et réessayez."
        return _signin_form(request, error=message if key else "Saisissez votre clé d’API.", status=401)
    response = RedirectResponse("/chat", status_code=303)
    sessions.open_session(request, response, key)
    return response


@router.get("/deconnexion")
def signout_page(request: Request) -> Response:
    if not sessions.current(request):
        return to_signin()
    return page(request, "deconnexion.html", {"title": "Déconnexion"})


@router.post("/deconnexion")
def signout(request: Request, csrf_token: str = Form("")) -> Response:
    session = sessions.current(request)
    if session is None:
        return to_signin()
    if not sessions.form_token_matches(session, csrf_token):
        return page(request, "deconnexion.html", {"title": "Déconnexion", "error": True}, status_code=403)
    response = RedirectResponse("/connexion?deconnecte=1", status_code=303)
    sessions.close_session(request, response)
    return response


# -- chat -------------------------------------------------------------------------
@router.get("/chat")
async def chat_page(request: Request) -> Response:
    session = sessions.current(request)
    if session is None:
        return to_signin()
    svc = services(request)
    models = [m.id for m in svc.registry.list() if m.type == ModelType.TEXT_GENERATION]
    try:
        default = svc.registry.get(None, ModelType.TEXT_GENERATION).id
    except CommunsError:  # no usable default: the first one is selected
        default = models[0] if models else ""
    collections = await svc.search.list_collections(session.principal)
    context = {"title": "Chat", "models": models, "default_model": default, "collections": collections}
    return page(request, "chat.html", context)


# -- documents --------------------------------------------------------------------
@router.get("/documents")
async def documents_page(request: Request) -> Response:
    session = sessions.current(request)
    if session is None:
        return to_signin()
    svc = services(request)
    principal = session.principal
    shelves = []
    for collection in await svc.search.list_collections(principal):
        documents = await svc.search.list_documents(principal, collection.id)
        writable = svc.search.can_write(principal, collection)
        shelves.append({"collection": collection, "documents": documents, "writable": writable})
    context = {"title": "Documents", "shelves": shelves, "is_admin": principal.is_admin}
    return page(request, "documents.html", context)


@dataclass
class PageGroup:
    """The chunks that start on one page of a document (``page`` None: chunks without a page number),
    and the ``extra`` pages they cover that no chunk starts on (anchors too, so every page is linkable)."""

    page: int | None
    chunks: list[Chunk] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)


def _pages(chunk: Chunk) -> list[int]:
    return [int(p) for p in chunk.metadata.get("pages") or []]


def group_by_page(chunks: list[Chunk]) -> list[PageGroup]:
    groups: dict[int | None, PageGroup] = {}
    for chunk in chunks:
        pages = _pages(chunk)
        start = pages[0] if pages else None
        groups.setdefault(start, PageGroup(page=start)).chunks.append(chunk)
    anchored = {page for page in groups if page is not None}
    for group in groups.values():
        for chunk in group.chunks:
            for number in _pages(chunk):
                if number not in anchored:
                    anchored.add(number)
                    group.extra.append(number)
    return list(groups.values())


@router.get("/documents/{document_id}")
async def document_page(request: Request, document_id: int, extraits: str = "") -> Response:
    """A document's chunks by page; ``extraits`` (chunk ids, comma-separated) are highlighted as the
    sources of an answer."""
    session = sessions.current(request)
    if session is None:
        return to_signin()
    svc = services(request)
    try:
        if not 0 <= document_id <= INT64_MAX:  # beyond 64 bits: no such document (SQLite cannot compare it)
            raise NotFoundError(f"document {document_id} not found")
        document = await svc.search.get_document(session.principal, document_id)
        collection = await svc.search.get_collection(session.principal, document.collection_id)
        chunks = await svc.search.get_chunks(session.principal, document_id)
    except NotFoundError:
        return page(request, "introuvable.html", {"title": "Document introuvable"}, status_code=404)
    context = {
        "title": document.name,
        "document": document,
        "collection": collection,
        "groups": group_by_page(chunks),
        "cited": {int(part) for part in extraits.split(",") if part.strip().isdigit()},
    }
    return page(request, "document.html", context)
