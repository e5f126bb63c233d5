"""Browser fixtures and helpers shared by the web tests: Debian chromium driven by Playwright against the live
`communs serve` of conftest, a signed-in agent's page, screenshots, and axe-core's serious violations.
The fixtures are registered for every test module by tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_api_auth_usage import cli

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "communs" / "web" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (make setup installs it)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def new_page(browser, live_server, *, bypass_csp: bool = True):
    # bypass_csp: axe-core is injected as an inline script, which the pages' CSP rightly forbids
    context = browser.new_context(base_url=live_server.url, bypass_csp=bypass_csp, locale="fr-FR")
    context.set_default_timeout(30_000)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())  # confirmations of deletions
    return page


def screenshot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def sign_in(page, key: str) -> None:
    page.goto("/connexion")
    page.get_by_label("Clé d’API").fill(key)
    page.get_by_role("button", name="Se connecter").click()


@pytest.fixture(scope="module")
def agent_key(live_server) -> str:
    result = cli(live_server, "keys", "create", "--name", "agent-web")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def agent(browser, live_server, agent_key):
    """A signed-in agent's page, shared by the tests of this module."""
    page = new_page(browser, live_server)
    sign_in(page, agent_key)
    page.wait_for_url("**/chat")
    yield page
    page.context.close()


def axe_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
