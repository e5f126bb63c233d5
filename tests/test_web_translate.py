"""The « Traduire » page in a real browser against a live `communs serve` (the tests' chat model): a paragraph
translated into Arabic is shown right to left, labelled machine translation; the pages that offer a
« Traduire » action load it."""

from __future__ import annotations

from tests.browser import axe_violations, screenshot

PARAGRAPH = "Le coût du certificat médical s'élève à 160 €."


def test_the_translate_page_shows_an_arabic_translation_right_to_left_with_its_label(agent):
    page = agent
    page.goto("/traduire")
    assert page.get_by_role("heading", level=1).inner_text() == "Traduire un texte administratif"
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "Traduire"
    page.get_by_label("Texte en français").fill(PARAGRAPH)
    page.get_by_label("Langue de la traduction").select_option("ar")
    page.get_by_role("button", name="Traduire", exact=True).click()
    page.locator("#traduire-etat").filter(has_text="Traduction terminée").wait_for(timeout=600_000)
    translation = page.locator("#traduire-contenu .translate-text")
    assert translation.get_attribute("dir") == "rtl" and translation.get_attribute("lang") == "ar"
    assert translation.inner_text().strip()
    assert "traduction automatique — ترجمة آلية" in page.locator(".translate-label").text_content()
    screenshot(page, "traduire")
    assert not axe_violations(page)


def test_the_simplifier_consultation_and_chat_pages_offer_the_translate_action(agent):
    for path in ("/simplifier", "/consultation", "/chat"):
        agent.goto(path)
        agent.wait_for_load_state("networkidle")
        assert agent.evaluate("typeof window.communs.translateAction") == "function", path
