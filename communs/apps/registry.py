"""The apps, registered once: each declares its faces (API router, CLI commands, web pages) in its
folder's ``face.py``, and the API, the CLI and the web app iterate over :func:`installed`.

    APP = App(
        name="orientation",
        api="communs.apps.orientation.api:router",      # an APIRouter, mounted under /v1
        cli="communs.apps.orientation.cli:register",    # register(root: typer.Typer) adds its commands
        web="communs.apps.orientation.web:router",      # an APIRouter of pages
        menu=[("/orientation", "Orientation")],         # entries of the web app's main menu
        templates=HERE / "templates",                   # its pages' templates (they extend "base.html")
        static=HERE / "static",                         # its scripts and styles, served under /static/
        mcp=[Tool("orientation", "…", path="/v1/apps/orientation",  # its API routes offered as MCP tools
                  body="communs.apps.orientation.api:OrientationRequest", hidden=("stream",))],
    )

A face is given as the object itself or as a ``"module:attribute"`` string, imported only when the
face is built: ``communs --help`` never imports FastAPI routes, the API never imports Rich tables.

Adding an app touches only its folder and one line of :data:`BUILTIN`. Another package adds apps
without touching communs at all, through the ``communs.apps`` entry-point group, each entry point
naming an :class:`App` (``[project.entry-points."communs.apps"] echo = "communs_echo:APP"``);
:func:`register` adds one at run time (tests, embedding).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communs.errors import ConfigurationError
from communs.imports import import_string

if TYPE_CHECKING:
    import typer
    from fastapi import APIRouter
    from pydantic import BaseModel

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "communs.apps"
# The built-in apps, in the order of the web app's menu.
BUILTIN: tuple[str, ...] = (
    "communs.apps.plain.face:APP",
    "communs.apps.forms.face:APP",
    "communs.apps.consultation.face:APP",
    "communs.apps.aiact.face:APP",
    "communs.apps.dossier.face:APP",
    "communs.apps.guide.face:APP",
    "communs.apps.orientation.face:APP",
    "communs.apps.places.face:APP",
    "communs.apps.translate.face:APP",
)


@dataclass(frozen=True)
class Tool:
    """One of an app's API routes offered as an MCP tool (``communs.mcp``): its arguments are the route's JSON
    body, described by the route's own request model, and the path's ``{parameters}``; the route answers."""

    name: str
    description: str
    path: str  # "/v1/apps/dossier/{dossier_id}/ask": each {name} is taken from the arguments
    body: type[BaseModel] | str | None = None  # the route's request model (None: no body)
    hidden: tuple[str, ...] = ()  # body fields not offered ("stream": a tool answers once)
    params: tuple[tuple[str, str], ...] = ()  # (name, description) of each path parameter
    method: str = "POST"  # GET: the arguments go in the query string

    def body_model(self) -> type[BaseModel] | None:
        return _resolve(self.body)


@dataclass(frozen=True)
class App:
    """One public-service app and its faces; each face is optional."""

    name: str
    api: APIRouter | str | None = None
    cli: Callable[[typer.Typer], None] | str | None = None
    web: APIRouter | str | None = None
    menu: list[tuple[str, str]] = field(default_factory=list)
    templates: Path | None = None
    static: Path | None = None
    mcp: Sequence[Tool] | str = ()

    def api_router(self) -> APIRouter | None:
        return _resolve(self.api)

    def web_router(self) -> APIRouter | None:
        return _resolve(self.web)

    def mcp_tools(self) -> list[Tool]:
        return list(_resolve(self.mcp) or ())

    def register_cli(self, root: typer.Typer) -> None:
        register = _resolve(self.cli)
        if register is not None:
            register(root)


def _resolve(face: Any) -> Any:
    return import_string(face) if isinstance(face, str) else face


_registered: list[App] = []


def register(app: App) -> App:
    """Add an app at run time (after the built-in and installed ones)."""
    if any(found.name == app.name for found in installed()):
        raise ConfigurationError(f"an app named {app.name!r} is already registered")
    _registered.append(app)
    return app


def unregister(name: str) -> None:
    """Remove an app added by :func:`register`."""
    _registered[:] = [app for app in _registered if app.name != name]


def _from_entry_points() -> list[App]:
    found: list[App] = []
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            app = point.load()
        except Exception as exc:  # a broken plugin must not take the whole product down
            log.warning("app entry point %r (%s) failed to load: %s", point.name, point.value, exc)
            continue
        if not isinstance(app, App):
            log.warning("app entry point %r (%s) is not a communs.apps.registry.App", point.name, point.value)
            continue
        found.append(app)
    return found


def installed() -> list[App]:
    """Every app: the built-in ones, those of installed packages, those registered at run time.
    Names are unique: a later app with a name already taken is left out, with a warning."""
    apps: dict[str, App] = {}
    for app in [*(import_string(spec) for spec in BUILTIN), *_from_entry_points(), *_registered]:
        if app.name in apps:
            log.warning("app %r is registered twice: the second one is left out", app.name)
            continue
        apps[app.name] = app
    return list(apps.values())
