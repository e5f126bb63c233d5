"""The browser extension as the web app serves it: a zip to install, the content script for the demo,
and the demo page (a sample form with Albertine loaded as a page script)."""

from __future__ import annotations

import io
import json
import zipfile
from functools import lru_cache
from pathlib import Path

from communs.errors import NotFoundError

EXTENSION = Path(__file__).resolve().parent / "extension"
SAMPLES = Path(__file__).resolve().parent / "samples"
SHARED_WITH_PAGES = ("content.js", "content.css")  # what the demo page loads from the extension
DEMO_PAGE = "formulaire.html"


def version() -> str:
    return json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))["version"]


def extension_files() -> list[Path]:
    return sorted(p for p in EXTENSION.iterdir() if p.is_file() and not p.name.startswith("."))


@lru_cache(maxsize=1)
def extension_zip() -> bytes:
    """The extension folder as a zip, files at its root (what Chromium and Firefox load)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in extension_files():
            info = zipfile.ZipInfo(path.name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def shared_file(name: str) -> Path:
    if name not in SHARED_WITH_PAGES:
        raise NotFoundError(f"no extension file named {name!r}")
    return EXTENSION / name


def demo_page(csrf_token: str) -> str:
    """The sample CAF form with Albertine's panel, talking to the API with the web session."""
    html = (SAMPLES / DEMO_PAGE).read_text(encoding="utf-8")
    head = (
        f'<meta name="csrf-token" content="{csrf_token}">\n'
        '  <link rel="stylesheet" href="/static/albertine-demo.css">\n'
        '  <link rel="stylesheet" href="/albertine/extension/content.css">\n</head>'
    )
    banner = (
        '<body>\n  <p class="albertine-demo-bandeau">Page de démonstration d\'Albertine : ce formulaire est fictif, '
        'rien n\'est envoyé. <a href="/albertine">Retour à la page Albertine</a></p>'
    )
    scripts = (
        '<script src="/static/albertine-demo.js"></script>\n'
        '<script src="/albertine/extension/content.js"></script>\n</body>'
    )
    return html.replace("</head>", head, 1).replace("<body>", banner, 1).replace("</body>", scripts, 1)
