"""Apps are registered once: a new app declares its faces in its own package, and the API, the CLI
and the web app serve it without any of them being edited.

The "echo" app below is a package of its own, installed the way a third-party package would be: a
distribution on ``sys.path`` whose ``communs.apps`` entry point names its :class:`App`.
"""

from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from communs.api.app import create_app
from communs.apps import registry
from communs.apps.registry import App
from communs.cli import build
from tests.conftest import MASTER_KEY

ECHO_APP = '''
"""Echo: upper-cases a text, on every face."""

from pathlib import Path

import typer
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage
from communs.apps.registry import App
from communs.web.routes import signed_in_page

HERE = Path(__file__).resolve().parent


def shout(text: str) -> str:
    return text.upper()


class EchoRequest(BaseModel):
    text: str


api = APIRouter(prefix="/apps")


@api.post("/echo")
def echo(body: EchoRequest, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    record_usage(request, endpoint="apps/echo", model=None)
    return {"text": shout(body.text)}


def register(root: typer.Typer) -> None:
    @root.command("echo")
    def echo_command(text: str) -> None:
        """Upper-case a text."""
        print(shout(text))


web = APIRouter(include_in_schema=False)


@web.get("/echo")
def echo_page(request: Request) -> Response:
    return signed_in_page(request, "echo.html", {"title": "Écho"})


APP = App(
    name="echo",
    api=api,
    cli=register,
    web=web,
    menu=[("/echo", "Écho")],
    templates=HERE / "templates",
    static=HERE / "static",
)
'''
ECHO_TEMPLATE = """{% extends "base.html" %}
{% block content %}<h1>Écho</h1><p class="echo-intro">Tout en majuscules.</p>{% endblock %}
{% block scripts %}<script src="/static/echo.js"></script>{% endblock %}
"""


@pytest.fixture
def echo_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The echo app as an installed distribution: its package and its dist-info with the entry point."""
    site = tmp_path / "site"
    package = site / "communs_echo"
    (package / "templates").mkdir(parents=True)
    (package / "static").mkdir()
    (package / "__init__.py").write_text(textwrap.dedent(ECHO_APP), encoding="utf-8")
    (package / "templates" / "echo.html").write_text(ECHO_TEMPLATE, encoding="utf-8")
    (package / "static" / "echo.js").write_text("// echo\n", encoding="utf-8")
    info = site / "communs_echo-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: communs-echo\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[communs.apps]\necho = communs_echo:APP\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    yield
    sys.modules.pop("communs_echo", None)


def test_an_installed_app_is_found_through_its_entry_point(echo_installed):
    names = [app.name for app in registry.installed()]
    assert names[-1] == "echo"
    assert names[:8] == ["plain", "forms", "consultation", "aiact", "dossier", "guide", "orientation", "places"]


def test_the_api_serves_an_installed_app(echo_installed, settings):
    with TestClient(create_app(settings)) as client:
        master = {"Authorization": f"Bearer {MASTER_KEY}"}
        reply = client.post("/v1/apps/echo", json={"text": "bonjour"}, headers=master)
        assert reply.status_code == 200 and reply.json() == {"text": "BONJOUR"}
        refused = client.post("/v1/apps/echo", json={"text": "bonjour"})
        assert refused.status_code == 401 and refused.json()["error"]["type"] == "authentication_error"
        bad = client.post("/v1/apps/echo", json={}, headers=master)  # a body missing a field: 422, as Albert
        assert bad.status_code == 422 and bad.json()["error"]["param"] == "text"
        assert "/v1/apps/echo" in client.get("/openapi.json").json()["paths"]


def test_the_cli_runs_an_installed_app(echo_installed):
    result = CliRunner().invoke(build(), ["echo", "bonjour madame"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "BONJOUR MADAME"
    assert "Upper-case a text." in CliRunner().invoke(build(), ["--help"]).output


def signin_token(client: TestClient) -> str:
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/connexion").text)
    assert token is not None
    return token.group(1)


def sign_in(client: TestClient) -> None:
    signed = client.post(
        "/connexion", data={"key": MASTER_KEY, "csrf_token": signin_token(client)}, follow_redirects=False
    )
    assert signed.status_code == 303 and signed.headers["location"] == "/chat"


def test_the_web_app_shows_an_installed_apps_page_in_its_menu(echo_installed, settings):
    with TestClient(create_app(settings)) as client:
        assert client.get("/echo", follow_redirects=False).headers["location"] == "/connexion"
        sign_in(client)
        page = client.get("/echo")
        assert page.status_code == 200 and "<h1>Écho</h1>" in page.text
        assert 'href="/echo" aria-current="page">Écho</a>' in page.text
        assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
        menu = re.findall(r'class="fr-nav__link" href="([^"]+)"', client.get("/chat").text)
        assert menu == ["/chat", "/documents", "/simplifier", "/formulaires", "/consultation", "/aiact", "/dossier"] + [
            "/albertine",
            "/orientation",
            "/lieux",
            "/traduire",
            "/echo",
        ]
        assert client.get("/static/echo.js").text == "// echo\n"
        assert client.get("/static/chat.js").status_code == 200  # the web app's own files are still served


def test_an_app_registered_at_run_time_is_served_and_names_are_unique(settings):
    from fastapi import APIRouter

    router = APIRouter(prefix="/apps")
    router.get("/ping")(lambda: {"pong": True})
    registry.register(App(name="ping", api=router))
    try:
        with TestClient(create_app(settings)) as client:
            reply = client.get("/v1/apps/ping", headers={"Authorization": f"Bearer {MASTER_KEY}"})
            assert reply.json() == {"pong": True}
        with pytest.raises(Exception, match="already registered"):
            registry.register(App(name="ping"))
        with pytest.raises(Exception, match="already registered"):
            registry.register(App(name="aiact"))
    finally:
        registry.unregister("ping")
    assert "ping" not in [app.name for app in registry.installed()]


def test_every_built_in_app_declares_faces_that_load():
    for app in registry.installed():
        assert app.api_router() is not None and app.web_router() is not None, app.name
        assert app.templates is not None and app.templates.is_dir(), app.name
        assert app.static is not None and app.static.is_dir(), app.name
    root = build()
    names = {command.name for command in root.registered_commands} | {g.name for g in root.registered_groups}
    assert {
        "analyze",
        "simplify",
        "translate",
        "audit-form",
        "consultation",
        "aiact",
        "dossier",
        "guide",
        "orientation",
        "places",
    } <= names
