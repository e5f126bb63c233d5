"""Albertine in a real browser (Debian chromium, Playwright): the install page, the zip it serves, the demo
form guided through the live API, and the extension's content script injected into the sample pages:
its snapshot matches the server's HTML parser, its highlight surrounds the step's element, its panel
passes axe-core; and the packaged Chromium extension guiding one step with the keyboard only."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from playwright.sync_api import expect

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.package import EXTENSION, SAMPLES, extension_zip
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
    assert page.get_by_role("heading", name="Firefox (version 140 ou plus)").is_visible()
    assert page.locator("#adresse-serveur").inner_text() == live_server.url
    assert "jamais" in page.get_by_role("region", name="Vie privée").inner_text()
    assert not axe_violations(page)
    screenshot(page, "albertine")
    for browser, background in (("Chromium", "service_worker"), ("Firefox", "scripts")):
        with page.expect_download() as download:
            page.get_by_role("link", name=f"Télécharger Albertine pour {browser}").click()
        archive = zipfile.ZipFile(io.BytesIO(open(download.value.path(), "rb").read()))
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["manifest_version"] == 3 and background in manifest["background"]
        assert download.value.suggested_filename == f"albertine-{manifest['version']}-{browser.lower()}.zip"
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


def test_the_packaged_extension_guides_a_step_with_the_keyboard_only(browser, live_server, agent_key, tmp_path):
    """Chromium loads the unpacked Chromium zip; its options page is set with the keyboard; on a page, the
    panel opens as Alt+Shift+G opens it (the browser registers the shortcut, but a synthetic key press never
    reaches the browser's shortcuts: the test calls what the shortcut runs); then keys only: the goal and
    Enter, the step announced in the live region while the focus stays put, Tab to « Montrer l'élément »,
    the target focused with the step as its description, Escape closing the panel."""
    folder = tmp_path / "chromium"
    zipfile.ZipFile(io.BytesIO(extension_zip("chromium"))).extractall(folder)
    args = [*CHROMIUM_ARGS, "--headless=new", f"--disable-extensions-except={folder}", f"--load-extension={folder}"]
    # the module's Playwright (one per thread) launches a persistent context of its own
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profil"), executable_path=str(CHROMIUM), headless=True, args=args, locale="fr-FR"
    )
    context.set_default_timeout(30_000)
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    commands = worker.evaluate("chrome.commands.getAll()")
    assert [(c["name"], c["shortcut"]) for c in commands] == [("_execute_action", "Alt+Shift+G")]

    options = context.new_page()
    options.goto(worker.url.replace("background.js", "options.html"))
    keys = options.keyboard
    keys.press("Tab")  # the server's address, then the key, then Enter submits
    keys.press("ControlOrMeta+A")
    keys.type(live_server.url)
    keys.press("Tab")
    keys.type(agent_key)
    keys.press("Enter")
    options.get_by_role("status").filter(has_text="Options enregistrées").wait_for()
    keys.press("Tab")
    keys.press("Tab")  # « Enregistrer », then « Tester la connexion »
    keys.press("Space")
    options.get_by_role("status").filter(has_text="Connexion réussie").wait_for()

    page = context.new_page()  # localhost: a host the extension may reach without a click
    page.route(
        "http://localhost/**",
        lambda route: route.fulfill(body=(SAMPLES / "connexion.html").read_bytes(), content_type="text/html"),
    )
    page.goto("http://localhost/connexion.html")
    keys = page.keyboard
    shortcut = """async () => {
        const [tab] = await chrome.tabs.query({url: "http://localhost/*"});
        await openOn(tab.id);
    }"""
    worker.evaluate(shortcut)
    panel = page.get_by_role("region", name="Albertine")
    panel.wait_for()
    focused = "document.activeElement.id"
    assert page.evaluate(focused) == "albertine-objectif"  # the focus lands in the panel
    keys.type("J'ai oublié mon mot de passe")
    keys.press("Enter")
    status = panel.get_by_role("status")
    status.filter(has_text="Mot de passe oublié").wait_for(timeout=300_000)
    assert status.get_attribute("aria-live") == "polite" and status.inner_text().startswith("Étape 1 : ")
    assert page.evaluate(focused) == "albertine-objectif"  # the step did not take the focus away
    target = page.evaluate("document.querySelector('[aria-describedby~=\"albertine-description\"]').id")
    expect(page.locator("#" + target)).to_have_accessible_description(
        "Albertine, étape 1 : " + status.inner_text()[10:]
    )
    assert page.locator("#albertine-surlignage").is_visible()

    keys.press("Tab")
    assert page.evaluate(focused) == "albertine-suivant"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"  # visible focus
    keys.press("Tab")
    assert page.evaluate(focused) == "albertine-montrer"
    keys.press("Enter")
    assert page.evaluate(focused) == target  # « Montrer l'élément »: the focus on the step's element
    worker.evaluate(shortcut)  # back to the panel, on « Étape suivante »
    assert page.evaluate(focused) == "albertine-suivant"
    keys.press("Escape")
    expect(panel).to_have_count(0)
    assert page.evaluate(focused) == target  # the focus goes back where it was
    assert page.locator("#" + target).get_attribute("aria-describedby") is None  # the page as it was
    assert page.evaluate("typeof window.albertine") == "undefined"  # the content script's world is its own
    context.close()
