"""Albertine in a real browser (Debian chromium, Playwright): the install page, the zip it serves, the demo
form guided through the live API, and the extension's content script injected into the sample pages:
its snapshot matches the server's HTML parser, its highlight surrounds the step's element, its panel
passes axe-core."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.package import EXTENSION, SAMPLES
from communs.apps.guide.snapshot import HistoryItem, Page
from communs.apps.guide.step import next_step
from tests.browser import CHROMIUM, CHROMIUM_ARGS, axe_violations, new_page, screenshot

SITE = "https://exemple.gouv.fr/"
READING = Path(__file__).parent / "data" / "guide" / "profil.html"  # modal, hidden, disabled, form state


def test_the_albertine_page_explains_the_install_and_serves_the_extension(agent, live_server):
    page = agent
    page.goto("/albertine")
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "Albertine"
    assert page.get_by_role("heading", name="Chromium, Chrome, Edge").is_visible()
    assert page.get_by_role("heading", name="Firefox (version 121 ou plus)").is_visible()
    assert page.locator("#adresse-serveur").inner_text() == live_server.url
    assert "jamais" in page.get_by_role("region", name="Vie privée").inner_text()
    assert not axe_violations(page)
    screenshot(page, "albertine")
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger Albertine").click()
    archive = zipfile.ZipFile(io.BytesIO(open(download.value.path(), "rb").read()))
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["manifest_version"] == 3 and download.value.suggested_filename.startswith("albertine-")
    assert archive.read("content.js") == (EXTENSION / "content.js").read_bytes()


def test_the_demo_guides_through_the_form_without_sending_what_is_typed(agent):
    page = agent
    sent: list[str] = []
    page.on("request", lambda r: r.url.endswith("/v1/apps/guide/step") and sent.append(r.post_data or ""))
    page.goto("/albertine")
    page.get_by_role("link", name="Essayer Albertine sur un formulaire").click()
    page.wait_for_url("**/albertine/demo")
    panel = page.get_by_role("region", name="Albertine")
    panel.get_by_label("Que voulez-vous faire ?").fill("Demander l'aide au logement")
    panel.get_by_role("button", name="Étape suivante").click()
    status = panel.get_by_role("status")
    status.filter(has_text="Nom de naissance").wait_for(timeout=300_000)
    outline, field = page.locator("#albertine-surlignage").bounding_box(), page.locator("#nom").bounding_box()
    assert outline and field and page.locator("#albertine-surlignage").is_visible()
    assert outline["x"] <= field["x"] and outline["x"] + outline["width"] >= field["x"] + field["width"]
    assert outline["y"] <= field["y"] and outline["y"] + outline["height"] >= field["y"] + field["height"]
    assert page.locator("#albertine-surlignage").get_attribute("aria-hidden") == "true"
    screenshot(page, "albertine-demo")
    assert not axe_violations(page)

    panel.get_by_role("button", name="Montrer l'élément").click()
    assert page.evaluate("document.activeElement.id") == "nom"
    page.keyboard.type("Durand-Lefebvre")
    panel.get_by_role("button", name="Étape suivante").click()
    status.filter(has_text="Prénom").wait_for(timeout=300_000)
    assert len(sent) == 2 and all("Durand" not in body for body in sent)
    second = json.loads(sent[1])
    assert second["history"][0]["element_id"] == "nom"
    assert next(e for e in second["page"]["elements"] if e["id"] == "nom")["filled"] is True


def rules_step(body: dict) -> dict:
    """The page's transport in these tests: the real core, rules only, in this process (in a thread of its
    own: Playwright's callbacks run inside its event loop)."""
    history = [HistoryItem(**h) for h in body.get("history", [])]
    work = next_step(body["goal"], Page.model_validate(body["page"]), history)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, work).result().model_dump()


def sample_site(browser, live_server):
    page = new_page(browser, live_server)
    page.route(
        SITE + "**",
        lambda route: route.fulfill(
            body=(SAMPLES / route.request.url.removeprefix(SITE)).read_bytes(), content_type="text/html; charset=utf-8"
        ),
    )
    page.expose_function("albertineStep", rules_step)
    return page


def inject(page) -> None:
    page.evaluate(
        "window.albertineTransport = {step: (body) => window.albertineStep(body), "
        "load: async () => null, save: async () => {}}"
    )
    page.add_style_tag(path=str(EXTENSION / "content.css"))
    page.add_script_tag(path=str(EXTENSION / "content.js"))


def test_the_content_script_reads_each_page_as_the_server_parser_does(browser, live_server):
    page = sample_site(browser, live_server)
    pages = [SAMPLES / n for n in ("accueil.html", "connexion.html", "formulaire.html", "recherche.html")]
    pages += [SAMPLES / "confirmation.html", READING, READING.with_name("ressources.html")]
    pages += [READING.with_name("demande.html"), READING.with_name("resultats.html")]
    fields = ("id", "kind", "label", "hint", "context", "required", "options", "visible", "disabled", "filled")
    fields += ("prefilled", "checked", "modal", "form", "group", "looks", "current")
    for path in pages:
        if path.parent == SAMPLES:
            page.goto(SITE + path.name)
        else:
            page.set_content(path.read_text(encoding="utf-8"))
        inject(page)
        seen = page.evaluate("window.albertine.snapshot()")
        parsed = snapshot_from_html(path.read_bytes(), url=SITE + path.name)
        from_browser = [Page.model_validate(seen).elements[i] for i in range(len(seen["elements"]))]
        assert [[getattr(e, f) for f in fields] for e in from_browser] == [
            [getattr(e, f) for f in fields] for e in parsed.elements
        ], path.name
        assert seen["title"] == parsed.title and seen["headings"] == parsed.headings
        assert seen["notices"] == parsed.notices and seen["progress"] == parsed.progress
    page.context.close()


def test_the_injected_panel_guides_past_a_cookie_banner_and_passes_axe(browser, live_server):
    page = sample_site(browser, live_server)
    page.goto(SITE + "accueil.html")
    inject(page)
    page.evaluate("window.albertine.open()")
    panel = page.get_by_role("region", name="Albertine")
    assert page.evaluate("document.activeElement.id") == "albertine-objectif"  # focus lands in the panel
    panel.get_by_label("Que voulez-vous faire ?").fill("Me connecter à mon espace")
    panel.get_by_role("button", name="Étape suivante").click()
    panel.get_by_role("status").filter(has_text="« Tout refuser »").wait_for()
    box, target = page.locator("#albertine-surlignage").bounding_box(), page.locator("#cookies-refuser").bounding_box()
    assert box and target and box["x"] < target["x"] and box["y"] < target["y"]
    assert not axe_violations(page)
    panel.get_by_role("button", name="Étape suivante").click()  # done: the banner is dismissed
    panel.get_by_role("status").filter(has_text="« Se connecter »").wait_for()
    zone = page.evaluate("window.albertine.snapshot().elements.find((e) => e.id === 'lien-connexion').zone")
    assert zone and panel.get_by_role("status").inner_text().endswith(f"» {zone}.")  # where it is on screen
    panel.get_by_role("button", name="Fermer Albertine").click()
    assert page.get_by_role("region", name="Albertine").count() == 0
    page.context.close()


def test_the_real_extension_guides_through_the_live_api(browser, live_server, agent_key, tmp_path):
    """Chromium loads the unpacked extension; its options page keeps the server and key; its background
    injects the content script into a page and answers its steps from the live API."""
    folder = str(EXTENSION)
    args = [*CHROMIUM_ARGS, "--headless=new", f"--disable-extensions-except={folder}", f"--load-extension={folder}"]
    # the module's Playwright (one per thread) launches a persistent context of its own
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profil"),
        executable_path=str(CHROMIUM),
        headless=True,
        args=args,
        locale="fr-FR",
        bypass_csp=True,
    )
    context.set_default_timeout(30_000)
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    options = context.new_page()
    options.goto(worker.url.replace("background.js", "options.html"))
    options.get_by_label("Adresse du serveur communs").fill(live_server.url)
    options.get_by_label("Clé d'API").fill(agent_key)
    options.get_by_role("button", name="Enregistrer").click()
    options.get_by_role("status").filter(has_text="Options enregistrées").wait_for()
    options.get_by_role("button", name="Tester la connexion").click()
    options.get_by_role("status").filter(has_text="Connexion réussie").wait_for()
    assert not axe_violations(options)

    page = context.new_page()  # localhost: a host the extension may reach without a click
    page.route(
        "http://localhost/**",
        lambda route: route.fulfill(
            body=(SAMPLES / "connexion.html").read_bytes(), content_type="text/html; charset=utf-8"
        ),
    )
    page.goto("http://localhost/connexion.html")
    worker.evaluate(
        """async () => {
            const [tab] = await chrome.tabs.query({url: "http://localhost/*"});
            await chrome.scripting.insertCSS({target: {tabId: tab.id}, files: ["content.css"]});
            await chrome.scripting.executeScript({target: {tabId: tab.id}, files: ["content.js"]});
        }"""
    )
    panel = page.get_by_role("region", name="Albertine")
    panel.get_by_label("Que voulez-vous faire ?").fill("J'ai oublié mon mot de passe")
    panel.get_by_role("button", name="Étape suivante").click()
    panel.get_by_role("status").filter(has_text="Mot de passe oublié").wait_for(timeout=300_000)
    assert page.locator("#albertine-surlignage").is_visible()
    assert page.evaluate("typeof window.albertine") == "undefined"  # the content script's world is its own
    context.close()
