"""Albertine's pages: the extension's install page, its zip per browser, and a demo on a sample form."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from communs.apps.guide.package import BROWSERS, demo_page, extension_zip, shared_file, version, zip_name
from communs.errors import NotFoundError
from communs.web import session as sessions
from communs.web.routes import secure, signed_in_page, to_signin

router = APIRouter(include_in_schema=False)


@router.get("/albertine")
def albertine_page(request: Request) -> Response:
    return signed_in_page(request, "albertine.html", {"title": "Albertine", "version": version()})


@router.get("/albertine/albertine-{browser}.zip")
def albertine_zip(browser: str) -> Response:
    if browser not in BROWSERS:
        raise NotFoundError(f"no Albertine package for {browser!r}")
    headers = {"Content-Disposition": f'attachment; filename="{zip_name(browser)}"'}
    return Response(extension_zip(browser), media_type="application/zip", headers=headers)


@router.get("/albertine/extension/{name}")
def albertine_file(name: str) -> Response:
    media = "text/javascript" if name.endswith(".js") else "text/css"
    return secure(FileResponse(shared_file(name), media_type=media))


@router.get("/albertine/demo")
def albertine_demo(request: Request) -> Response:
    session = sessions.current(request)
    if session is None:
        return to_signin()
    return secure(HTMLResponse(demo_page(session.csrf_token)))
