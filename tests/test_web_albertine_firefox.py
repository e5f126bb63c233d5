"""Albertine's Firefox package in Debian's firefox-esr (WebDriver BiDi, tests/firefox.py): installed from its
zip, set through its options page's API, opened by its shortcut's command, then one step guided with the
keyboard only, as the Chromium test in test_web_albertine.py does."""

from __future__ import annotations

import functools
import json
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from communs.apps.guide.package import GECKO_ID, SAMPLES, extension_zip, zip_name
from tests.firefox import Firefox

UUID = "5b1f3c2e-7a4d-4c1b-9e2f-0a1b2c3d4e5f"  # the extension's moz-extension:// host, fixed in the profile
SHORTCUT = "#ext-keyset-id-albertine_communs_example key"  # where Firefox puts the manifest's command


@pytest.fixture
def sample_site():
    """The sample pages over real HTTP on 127.0.0.1 (a host the extension may reach without a click)."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(SAMPLES))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def context_at(firefox: Firefox, suffix: str) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for context in firefox.contexts():
            if context["url"].endswith(suffix):
                return context["context"]
        time.sleep(0.1)
    raise TimeoutError(suffix)


def test_the_firefox_package_guides_a_step_with_the_keyboard_only(live_server, agent_key, sample_site, tmp_path):
    package = tmp_path / zip_name("firefox")
    package.write_bytes(extension_zip("firefox"))
    firefox = Firefox(tmp_path / "profil", {"extensions.webextensions.uuids": json.dumps({GECKO_ID: UUID})})
    try:
        installed = firefox.send("webExtension.install", extensionData={"type": "archivePath", "path": str(package)})
        assert installed == {"extension": GECKO_ID}
        window = firefox.contexts("chrome")[0]["context"]
        # BiDi may not navigate to moz-extension: the browser's window opens the options page
        firefox.evaluate(window, f"openTrustedLinkIn('moz-extension://{UUID}/options.html', 'tab'), 'ok'")
        options = context_at(firefox, "/options.html")
        firefox.wait_for(options, "globalThis.albertineApi && document.getElementById('server')")
        settings = json.dumps({"server": live_server.url, "apiKey": agent_key})
        tested = firefox.evaluate(
            options,
            f"albertineApi.storage.local.set({settings})"
            ".then(() => albertineApi.runtime.sendMessage({type: 'albertine:test'})).then(JSON.stringify)",
        )
        assert json.loads(tested)["ok"] is True, tested  # the background reached the server with the key

        page = firefox.contexts()[0]["context"]
        firefox.send("browsingContext.navigate", context=page, url=sample_site + "/connexion.html", wait="complete")
        firefox.send("browsingContext.activate", context=page)
        # headless, the window has no focus of its own: without it, :focus never matches in the page
        firefox.evaluate(window, "window.focus(), gBrowser.selectedBrowser.focus(), 'ok'")
        assert firefox.evaluate(page, "document.hasFocus()") is True
        shortcut = firefox.evaluate(
            window,
            f"[...document.querySelectorAll('{SHORTCUT}')].map((k) => "
            "k.getAttribute('modifiers') + '+' + k.getAttribute('key')).join()",
        )
        assert shortcut == "alt,shift+G"
        press_shortcut = f"document.querySelector('{SHORTCUT}').doCommand(), 'ok'"  # what Alt+Shift+G runs
        firefox.evaluate(window, press_shortcut)
        focused = "document.activeElement && document.activeElement.id"
        firefox.wait_for(page, "document.getElementById('albertine-panel')")
        firefox.wait_for(page, f"{focused} === 'albertine-objectif'")  # the focus lands in the panel
        firefox.type(page, "J'ai oublié mon mot de passe")
        firefox.press(page, "Enter")
        status = "document.getElementById('albertine-consigne')"
        firefox.wait_for(page, f"{status}.textContent.includes('Mot de passe oublié')", timeout=300)
        text = firefox.evaluate(page, f"{status}.textContent")
        assert text.startswith("Étape 1 : ")
        assert firefox.evaluate(page, f"{status}.getAttribute('role') + ' ' + {status}.getAttribute('aria-live')") == (
            "status polite"
        )
        assert firefox.evaluate(page, focused) == "albertine-objectif"  # the step did not take the focus away
        target = firefox.evaluate(page, "document.querySelector('[aria-describedby~=\"albertine-description\"]').id")
        description = firefox.evaluate(page, "document.getElementById('albertine-description').textContent")
        assert description == "Albertine, étape 1 : " + text.removeprefix("Étape 1 : ")

        firefox.press(page, "Tab")
        assert firefox.evaluate(page, focused) == "albertine-suivant"
        assert firefox.evaluate(page, "getComputedStyle(document.activeElement).outlineStyle") == "solid"
        firefox.press(page, "Tab")
        assert firefox.evaluate(page, focused) == "albertine-montrer"
        firefox.press(page, "Enter")
        assert firefox.evaluate(page, focused) == target  # « Montrer l'élément »
        firefox.evaluate(window, press_shortcut)  # back to the panel, on « Étape suivante »
        firefox.wait_for(page, f"{focused} === 'albertine-suivant'")
        firefox.press(page, "Escape")
        firefox.wait_for(page, "!document.getElementById('albertine-panel')")
        assert firefox.evaluate(page, focused) == target  # the focus goes back where it was
        assert firefox.evaluate(page, f"document.getElementById('{target}').getAttribute('aria-describedby')") is None
    finally:
        firefox.close()
