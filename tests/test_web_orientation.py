"""The /orientation page in a real browser: a message sent with the keyboard, the reply announced, the cards
with their formations, the next question answered with a quick reply, a formation filter; axe-core finds no
serious violation."""

from __future__ import annotations

from tests.browser import axe_violations, screenshot


def test_the_orientation_page_converses_and_shows_cards(agent):
    page = agent
    page.goto("/orientation")
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "Orientation"
    assert not axe_violations(page)

    # an empty message is refused on the page, without a call
    page.get_by_role("button", name="Envoyer").click()
    page.get_by_role("alert").filter(has_text="Écrivez un message").wait_for()

    box = page.get_by_label("Parlez-moi de vous")
    box.fill("Je suis en terminale, j'aime les animaux et je veux des études courtes")
    box.press("Enter")
    page.get_by_role("status").filter(has_text="Réponse reçue").wait_for(timeout=180_000)
    log = page.get_by_role("log")
    assert log.locator(".chat-turn").count() == 2 and "ZenIA" in log.inner_text()
    cards = page.locator("#orientation-cartes > li")
    assert cards.count() == 5
    first = cards.first
    assert "Pourquoi" in first.inner_text() and "animaux" in first.inner_text().lower()
    assert first.get_by_role("link").first.get_attribute("href").startswith("https://www.onisep.fr/")
    assert "niveau : terminale" in page.locator("#orientation-profil").inner_text()
    assert "null" not in page.locator("main").inner_text()
    screenshot(page, "orientation")
    assert not axe_violations(page)

    # the next question (alternance) answered with a quick reply, with a filter on the formations' level
    replies = page.get_by_role("list", name="Réponses rapides")
    assert "alternance" in page.locator("#orientation-question-texte").inner_text()
    page.get_by_label("Niveau de la formation").select_option("CAP")
    replies.get_by_role("button", name="Oui, en alternance").click()
    page.locator("#orientation-profil").filter(has_text="alternance souhaitée").wait_for(timeout=120_000)
    assert log.locator(".chat-turn").count() == 4
    levels = page.locator("#orientation-cartes li li").all_inner_texts()
    assert levels and all("CAP" in text for text in levels), levels

    page.get_by_role("button", name="Recommencer").click()
    assert log.locator(".chat-turn").count() == 0 and page.locator("#orientation-pistes").is_hidden()
