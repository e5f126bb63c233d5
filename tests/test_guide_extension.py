"""Albertine's extension packaged per browser: deterministic zips from `communs guide package`, a Manifest V3
for Chromium (service worker) and one for Firefox (event-page scripts, add-on id), every file they name
present, the compat.js shim that gives both the same API (run in node), and Mozilla's `web-ext lint` on
the Firefox zip when web-ext is installed (WEB_EXT=path, or on the PATH)."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import zipfile

import pytest
from typer.testing import CliRunner

from communs import __version__
from communs.apps.guide.package import BROWSERS, EXTENSION, GECKO_ID, extension_zip, zip_name
from communs.cli import build


def archive(browser: str) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(extension_zip(browser)))


def test_the_package_command_writes_one_deterministic_zip_per_browser(tmp_path):
    first = CliRunner().invoke(build(), ["guide", "package", "--out", str(tmp_path / "a")])
    second = CliRunner().invoke(build(), ["guide", "package", "--out", str(tmp_path / "b")])
    assert first.exit_code == 0 and second.exit_code == 0, first.output
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert (
        names
        == sorted(zip_name(b) for b in BROWSERS)
        == [f"albertine-{__version__}-chromium.zip", f"albertine-{__version__}-firefox.zip"]
    )
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
        entries = zipfile.ZipFile(tmp_path / "a" / name).infolist()
        assert [e.filename for e in entries] == sorted(e.filename for e in entries)
        assert {e.date_time for e in entries} == {(2026, 1, 1, 0, 0, 0)}
    assert (tmp_path / "a" / names[0]).read_bytes() != (tmp_path / "a" / names[1]).read_bytes()


def test_each_manifest_suits_its_browser_and_names_only_files_it_holds():
    for browser in BROWSERS:
        zipped = archive(browser)
        names = set(zipped.namelist())
        manifest = json.loads(zipped.read("manifest.json"))
        assert manifest["manifest_version"] == 3 and manifest["version"] == __version__
        assert {"background.js", "compat.js", "content.js", "content.css", "options.html", "options.js"} <= names
        assert set(manifest["icons"].values()) | {manifest["options_ui"]["page"]} <= names
        assert manifest["commands"]["_execute_action"]["suggested_key"]["default"] == "Alt+Shift+G"
        assert "<all_urls>" not in json.dumps(manifest["permissions"]) and "activeTab" in manifest["permissions"]
        # the shim comes first wherever the extension's API is used
        options = zipped.read("options.html").decode()
        assert options.index('src="compat.js"') < options.index('src="options.js"')
        assert '["compat.js", "content.js"]' in zipped.read("background.js").decode()
        for script in ("background.js", "content.js", "options.js"):
            assert not re.search(r"\bchrome\.", zipped.read(script).decode()), script  # albertineApi only
    chromium = json.loads(archive("chromium").read("manifest.json"))
    assert chromium["background"] == {"service_worker": "background.js"}
    assert "browser_specific_settings" not in chromium
    assert 'importScripts("compat.js")' in archive("chromium").read("background.js").decode()
    firefox = json.loads(archive("firefox").read("manifest.json"))
    assert firefox["background"] == {"scripts": ["compat.js", "background.js"]}  # no service worker in Firefox
    assert firefox["browser_specific_settings"]["gecko"]["id"] == GECKO_ID
    assert json.loads((EXTENSION / "manifest.json").read_text())["version"] == "0.0.0"  # written at packaging


def node_eval(script: str) -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    return subprocess.run([node, "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout


def test_the_shim_gives_firefox_its_browser_api_and_chromium_its_chrome_api():
    shim = json.dumps(str(EXTENSION / "compat.js"))
    out = node_eval(
        f"""
        const vm = require("vm"), fs = require("fs"), code = fs.readFileSync({shim}, "utf8");
        const run = (globals) => {{ const g = vm.createContext(globals); g.globalThis = g;
                                     vm.runInContext(code, g); vm.runInContext(code, g); return g.albertineApi; }};
        const firefox = {{name: "browser"}}, chromium = {{name: "chrome"}};
        console.log(JSON.stringify([
          run({{browser: firefox, chrome: chromium}}).name,  // Firefox has both: browser.* wins
          run({{chrome: chromium}}).name,                    // Chromium
          run({{}}) === undefined,                           // a web page (the demo): nothing
        ]));
        """
    )
    assert json.loads(out) == ["browser", "chrome", True]


def web_ext() -> str:
    found = os.environ.get("WEB_EXT") or shutil.which("web-ext")
    if not found:
        pytest.skip("web-ext is not installed (npm install web-ext outside the repo, then WEB_EXT=…/bin/web-ext)")
    return found


def test_web_ext_lint_accepts_the_firefox_package(tmp_path):
    command = web_ext()
    archive("firefox").extractall(tmp_path / "firefox")
    result = subprocess.run(
        [command, "lint", "--source-dir", str(tmp_path / "firefox"), "--self-hosted", "--output", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stdout)
    assert report["summary"] == {"errors": 0, "notices": 0, "warnings": 0}, report
