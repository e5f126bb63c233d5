"""The browser extension packaged per browser (``communs guide package``, and the zips the web app serves),
the content script for the demo, and the demo page (a sample form with Albertine loaded as a page script)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from functools import lru_cache
from pathlib import Path

from communs import __version__
from communs.errors import NotFoundError

EXTENSION = Path(__file__).resolve().parent / "extension"
SAMPLES = Path(__file__).resolve().parent / "samples"
SHARED_WITH_PAGES = ("content.js", "content.css")  # what the demo page loads from the extension
DEMO_PAGE = "formulaire.html"


BROWSERS = ("chromium", "firefox")
GECKO_ID = "albertine@communs.example"
FIREFOX_MIN = "140.0"  # gecko.data_collection_permissions (Firefox ESR 140); Android: 142
ZIP_TIME = (2026, 1, 1, 0, 0, 0)  # fixed: the same sources give the same bytes


def version() -> str:
    """The package's version as a browser accepts it (one to four dot-separated numbers)."""
    numbers = re.findall(r"\d+", __version__.split("+")[0].split("-")[0])[:4]
    return ".".join(numbers) or "0"


def extension_files() -> list[Path]:
    """The sources shared by both browsers (the manifest is written per browser)."""
    return sorted(
        p for p in EXTENSION.iterdir() if p.is_file() and not p.name.startswith(".") and p.name != "manifest.json"
    )


def manifest(browser: str) -> dict:
    """extension/manifest.json holds what both browsers share; each gets its background and its settings:
    Chromium a service worker (which imports compat.js), Firefox event-page scripts and its add-on id.
    The shortcut is Alt+Shift+G: Chromium keeps Alt+Shift+A for itself (focus on inactive dialogs) and
    leaves an extension that suggests it with no shortcut."""
    if browser not in BROWSERS:
        raise NotFoundError(f"no browser named {browser!r}: {', '.join(BROWSERS)}")
    data = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
    data["version"] = version()
    if browser == "chromium":
        data["background"] = {"service_worker": "background.js"}
        data["minimum_chrome_version"] = "116"  # storage.session, scripting, MV3 promises
    else:
        data["background"] = {"scripts": ["compat.js", "background.js"]}
        data["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                "strict_min_version": FIREFOX_MIN,
                "data_collection_permissions": {"required": ["websiteContent"]},
            },
            "gecko_android": {"strict_min_version": "142.0"},
        }
    return data


@lru_cache(maxsize=len(BROWSERS))
def extension_zip(browser: str = "chromium") -> bytes:
    """One browser's extension as a zip, files at its root, sorted, with fixed timestamps (deterministic)."""
    files = {p.name: p.read_bytes() for p in extension_files()}
    files["manifest.json"] = (json.dumps(manifest(browser), ensure_ascii=False, indent=2) + "\n").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()


def zip_name(browser: str) -> str:
    return f"albertine-{version()}-{browser}.zip"


def write_packages(out: Path) -> list[Path]:
    """One zip per browser in the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for browser in BROWSERS:
        path = out / zip_name(browser)
        path.write_bytes(extension_zip(browser))
        written.append(path)
    return written


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
