"""The web app in a real browser (Debian chromium driven by Playwright) against a live `communs serve`.

An agent signs in with an API key, chats with a streamed answer, creates a collection, uploads a
service-public.fr fiche and gets an answer citing it, with a link to the cited page. Every page is
checked with axe-core; screenshots of each page are kept in test-artifacts/web/.
"""

from __future__ import annotations

import re
import time

import pytest

from communs.search.records import Chunk
from communs.web.routes import group_by_page
from tests.browser import axe_violations, new_page, screenshot, sign_in
from tests.conftest import ROOT, TEST_DATA

FICHE = "F16271.txt"  # service-public.fr: "Peut-on désigner une personne pour gérer sa future succession ?"


@pytest.fixture(scope="module")
def uploaded(agent) -> dict:
    """The agent creates a collection on /documents and uploads a fiche into it, from the browser."""
    page = agent
    page.goto("/documents")
    page.get_by_label("Nom", exact=True).fill("Fiches web")
    page.get_by_label("Description").fill("Démarches citoyennes")
    page.get_by_role("button", name="Créer la collection").click()
    section = page.locator("section.collection", has=page.get_by_role("heading", name="Fiches web"))
    section.wait_for()
    page.get_by_role("status").filter(has_text="Collection « Fiches web » créée").wait_for()
    section.get_by_label("Ajouter des documents").set_input_files(
        str(TEST_DATA / "service_public_fiches" / "txt" / FICHE)
    )
    section.get_by_role("button", name="Téléverser").click()
    row = section.locator("tbody tr", has_text=FICHE)
    row.wait_for(timeout=120_000)
    document_id = int(row.get_attribute("data-document") or 0)
    return {"collection": int(section.get_attribute("data-collection") or 0), "document": document_id}


def ask(page, question: str) -> None:
    box = page.get_by_role("textbox", name="Message")
    box.fill(question)
    box.press("Enter")


def answer_text(page) -> str:
    return page.locator(".chat-answer").last.inner_text()


def test_a_document_page_groups_chunks_by_the_page_they_start_on():
    chunks = [Chunk(i, f"extrait {i}", {"pages": pages}) for i, pages in enumerate([[1], [1, 2], [3], [4, 5], []])]
    groups = group_by_page(chunks)
    assert [(g.page, [c.id for c in g.chunks], g.extra) for g in groups] == [
        (1, [0, 1], [2]),  # page 2 starts no chunk: its anchor goes with the chunk that covers it
        (3, [2], []),
        (4, [3], [5]),
        (None, [4], []),
    ]


# -- sign-in ------------------------------------------------------------------------
def test_a_wrong_key_shows_an_error_in_french(browser, live_server):
    page = new_page(browser, live_server)
    page.goto("/")
    assert page.url.endswith("/connexion")
    screenshot(page, "connexion")
    sign_in(page, "sk-communs-pas-une-vraie-cle")
    alert = page.get_by_role("alert")
    assert "Clé d’API invalide ou révoquée" in alert.inner_text()
    assert page.url.endswith("/connexion")
    assert page.get_by_label("Clé d’API").get_attribute("aria-invalid") == "true"
    assert page.title().startswith("Erreur")
    screenshot(page, "connexion-erreur")
    page.context.close()


def test_a_key_signs_in_to_the_chat_with_an_http_only_session(agent, agent_key):
    assert agent.url.endswith("/chat")
    assert agent.get_by_role("heading", level=1).inner_text() == "Chat"
    assert "agent-web" in agent.locator("header").inner_text()
    cookies = {c["name"]: c for c in agent.context.cookies()}
    session = cookies["communs_session"]
    assert session["httpOnly"] and session["sameSite"] == "Lax"
    assert agent_key not in session["value"]
    assert not agent.evaluate("document.cookie")  # nothing readable by scripts


def test_pages_do_not_serve_the_marianne_font_or_the_state_logo(browser, live_server):
    page = new_page(browser, live_server)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto("/connexion")
    page.wait_for_load_state("networkidle")
    assert any(url.endswith("dsfr.min.css") for url in requested)
    assert not [url for url in requested if "Marianne" in url]
    assert page.locator(".fr-logo").count() == 0
    assert page.request.get("/static/dsfr/fonts/Marianne-Regular.woff2").status == 404
    page.context.close()


# -- chat ---------------------------------------------------------------------------
def test_the_chat_streams_its_answer(agent):
    page = agent
    page.goto("/chat")
    page.get_by_label("Longueur de la réponse").select_option(label="Courte (environ 200 mots)")
    ask(page, "Réponds en deux phrases : à quoi sert une mairie ?")
    lengths: list[int] = []
    deadline = time.monotonic() + 120  # generous: the CPU may be shared
    while time.monotonic() < deadline and "Réponse terminée" not in page.locator("#chat-etat").inner_text():
        lengths.append(len(answer_text(page)))
        page.wait_for_timeout(50)
    assert "Réponse terminée" in page.locator("#chat-etat").inner_text()
    final = answer_text(page).strip()
    assert final
    growing = sorted(set(n for n in lengths if n > 0))
    assert len(growing) >= 2, f"the answer did not arrive progressively: {lengths[-5:]}"
    assert page.locator(".chat-answer").last.get_attribute("aria-live") == "polite"
    screenshot(page, "chat")


def test_the_stop_button_interrupts_the_answer(agent):
    page = agent
    page.get_by_role("button", name="Nouvelle conversation").click()
    ask(page, "Écris un très long poème sur la mer, en vingt strophes.")
    page.wait_for_function(
        "document.querySelector('.chat-answer') && document.querySelector('.chat-answer').textContent.length > 20",
        timeout=120_000,
    )
    page.get_by_role("button", name="Arrêter la réponse").click()
    page.get_by_role("status").filter(has_text="Réponse interrompue").wait_for()
    assert page.get_by_role("button", name="Envoyer").is_enabled()
    assert answer_text(page).strip()


# -- documents ----------------------------------------------------------------------
def test_an_uploaded_document_is_listed(agent, uploaded):
    page = agent
    section = page.locator(f"#collection-{uploaded['collection']}")
    row = section.locator("tbody tr", has_text=FICHE)
    cells = row.locator("td").all_inner_texts()
    assert cells[1] == "1" and int(cells[3]) >= 2  # one page, several chunks
    assert "Ajouté" in section.locator(".upload-list").inner_text()
    assert section.locator("progress").first.get_attribute("value") == "100"
    screenshot(page, "documents")


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
def test_a_grounded_answer_cites_the_document_and_links_to_its_page(agent, uploaded):
    page = agent
    page.goto("/chat")
    page.get_by_label("Documents").select_option(str(uploaded["collection"]))
    page.get_by_label("Longueur de la réponse").select_option(label="Courte (environ 200 mots)")
    ask(page, "Qui peut gérer ma future succession ?")
    page.get_by_role("status").filter(has_text="Réponse terminée").wait_for(timeout=240_000)
    assert answer_text(page).strip()
    sources = page.locator(".chat-sources a")
    assert sources.first.inner_text() == f"{FICHE}, p. 1"
    citations = page.locator(".chat-answer a.citation")
    assert citations.count() >= 1  # the answer's own [F16271.txt, p. 1], or the added "Sources :" line
    screenshot(page, "chat-sources")
    sources.first.click()
    page.wait_for_url(re.compile(rf"/documents/{uploaded['document']}\?extraits=[0-9,]+#extrait-[0-9]+$"))
    assert page.get_by_role("heading", level=1).inner_text() == FICHE
    assert page.get_by_role("heading", level=2, name="Page 1").is_visible()  # [F16271.txt, p. 1]: its page
    assert page.locator("#page-1").count() == 1
    cited = page.locator(".doc-chunk--cited")
    assert cited.count() >= 1  # the chunks the answer used, marked
    target = page.locator(page.url[page.url.index("#") :])
    assert target.is_visible() and "doc-chunk--cited" in (target.get_attribute("class") or "")
    assert "succession" in " ".join(cited.all_inner_texts()).lower()
    screenshot(page, "document")


# -- Simplifier and L'IANE ----------------------------------------------------------------
JARGON = (
    "Nonobstant les dispositions susmentionnées, il vous appartient de fournir une pièce justificative "
    "avant le 15 mars 2025."
)


def test_the_simplifier_page_lists_the_issues_of_a_text(agent):
    page = agent
    page.goto("/simplifier")
    assert page.get_by_role("heading", level=1).inner_text() == "Simplifier un texte administratif"
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "Simplifier"
    page.get_by_label("Texte administratif").fill(JARGON)
    page.get_by_role("button", name="Analyser", exact=True).click()
    page.get_by_role("status").filter(has_text="Analyse terminée").wait_for()
    issues = page.locator(".plain-issue")
    assert issues.count() >= 1
    assert any("Nonobstant" in text for text in issues.all_inner_texts())
    assert "Score de clarté" in page.locator("#resultats").inner_text()
    assert "Kandel–Moles" in page.locator("#resultats").inner_text()
    screenshot(page, "simplifier")
    assert not axe_violations(page)


def test_the_forms_page_audits_an_uploaded_form(agent):
    page = agent
    page.goto("/formulaires")
    assert page.get_by_role("heading", level=1).inner_text() == "Auditer un formulaire"
    page.get_by_label("Fichier du formulaire").set_input_files(
        str(ROOT / "tests" / "data" / "plain" / "forms" / "form_01.json")
    )
    page.get_by_role("button", name="Auditer le formulaire").click()
    page.get_by_role("status").filter(has_text="Audit terminé").wait_for()
    assert re.fullmatch(r"\d+ / 100", page.locator(".form-score").inner_text().strip())
    fields = page.locator(".form-field")
    assert fields.count() >= 1
    assert fields.first.locator(".form-issues li").count() >= 1
    assert "Double négation" in page.locator("#audit").inner_text()
    screenshot(page, "formulaires")
    assert not axe_violations(page)


# -- security -------------------------------------------------------------------------
def test_api_calls_with_the_session_cookie_need_the_csrf_token(agent):
    request = agent.context.request  # shares the browser's cookies
    assert request.get("/v1/collections").status == 200  # reading needs no token
    refused = request.post("/v1/collections", data={"name": "sans jeton"})
    assert refused.status == 403
    assert refused.json()["error"]["code"] == "permission_denied"
    token = agent.locator('meta[name="csrf-token"]').get_attribute("content")
    accepted = request.post("/v1/collections", data={"name": "avec jeton"}, headers={"X-CSRF-Token": token})
    assert accepted.status == 201


def test_signing_out_ends_the_session(browser, live_server, agent_key):
    page = new_page(browser, live_server)
    sign_in(page, agent_key)
    page.wait_for_url("**/chat")
    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url("**/connexion?deconnecte=1")
    assert "Vous êtes déconnecté" in page.get_by_role("status").inner_text()
    assert page.request.get("/v1/collections").status == 401
    page.goto("/documents")
    assert page.url.endswith("/connexion")
    page.context.close()


def test_every_page_passes_axe_core(browser, live_server, agent, uploaded):
    visitor = new_page(browser, live_server)
    visitor.goto("/connexion")
    problems = {"/connexion": axe_violations(visitor)}
    visitor.context.close()
    for path in ("/chat", "/documents", f"/documents/{uploaded['document']}"):
        agent.goto(path)
        agent.wait_for_load_state("networkidle")
        problems[path] = axe_violations(agent)
    assert not {path: found for path, found in problems.items() if found}


def test_pages_run_under_their_content_security_policy(browser, live_server, agent_key, uploaded):
    page = new_page(browser, live_server, bypass_csp=False)
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    sign_in(page, agent_key)
    for path in ("/chat", "/documents", f"/documents/{uploaded['document']}", "/simplifier", "/formulaires"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.context.close()
    assert not [e for e in errors if "Content Security Policy" in e]


# -- branding and assets (no browser) ---------------------------------------------------
def test_official_branding_serves_the_marianne_font_and_the_state_logo(settings):
    from fastapi.testclient import TestClient

    from communs.api.app import create_app

    settings.web_official_branding = True
    with TestClient(create_app(settings)) as client:
        page = client.get("/connexion").text
        assert 'class="fr-logo"' in page and "system-fonts.css" not in page
        assert client.get("/static/dsfr/fonts/Marianne-Regular.woff2").status_code == 200


def test_pages_render_without_the_dsfr_installed(settings, monkeypatch, caplog, tmp_path):
    from fastapi.testclient import TestClient

    from communs.api.app import create_app
    from communs.web import assets

    monkeypatch.setattr(assets, "DSFR_DIST", tmp_path / "missing")
    with TestClient(create_app(settings)) as client:
        page = client.get("/connexion")
    assert page.status_code == 200 and "dsfr.min.css" not in page.text and "Connexion" in page.text
    assert "DSFR assets not found" in caplog.text
