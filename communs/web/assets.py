"""Static files and templates of the web app.

Our own small CSS/JS live in ``static/``; the DSFR's compiled files come from npm
(``node_modules/@gouvfr/dsfr/dist``, installed by ``make setup``) and are served under
``/static/dsfr/``. The DSFR's terms reserve the Marianne font and the République française
"bloc-marque" to the State: unless ``web_official_branding`` is on, the Marianne font files are
not served (pages use system fonts) and the header shows a neutral "communs" title.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import FileSystemLoader
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.types import Scope

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
DSFR_DIST = HERE / "node_modules" / "@gouvfr" / "dsfr" / "dist"

templates = Jinja2Templates(directory=str(TEMPLATES))


class DsfrFiles(StaticFiles):
    """The DSFR's dist folder, without the Marianne font files unless the deployment is official."""

    def __init__(self, directory: Path, *, official: bool) -> None:
        super().__init__(directory=str(directory))
        self.official = official

    async def get_response(self, path: str, scope: Scope) -> Response:
        name = Path(path).name
        if not self.official and name.startswith("Marianne"):
            raise HTTPException(status_code=404)
        if path.endswith((".map", ".html", ".md")):
            raise HTTPException(status_code=404)
        return await super().get_response(path, scope)


def add_template_folders(folders: list[Path]) -> None:
    """Let pages use the templates of these folders too (the apps' own), after the web app's."""
    loader = templates.env.loader
    assert isinstance(loader, FileSystemLoader)
    for folder in folders:
        if str(folder) not in loader.searchpath:
            loader.searchpath.append(str(folder))


def mount_static(app: FastAPI, *, official: bool, extra: list[Path] | None = None) -> bool:
    """Serve /static (ours, then the ``extra`` folders: the apps' own) and /static/dsfr (the DSFR);
    False when the DSFR is not installed."""
    available = (DSFR_DIST / "dsfr.min.css").is_file()
    if available:
        app.mount("/static/dsfr", DsfrFiles(DSFR_DIST, official=official), name="dsfr")
    else:
        log.warning(
            "DSFR assets not found in %s: the web pages render without their styles (run `make setup`)", DSFR_DIST
        )
    static = StaticFiles(directory=str(STATIC))
    static.all_directories.extend(str(folder) for folder in extra or [])
    app.mount("/static", static, name="static")
    return available
