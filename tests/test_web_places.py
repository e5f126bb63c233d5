"""The /lieux page in a real browser: a postal code, a sentence and an unknown code; the place field of ZenIA's
page with its suggestions; axe-core finds no serious violation."""

from __future__ import annotations

from tests.browser import axe_violations, screenshot


def test_the_places_page_finds_a_commune_and_the_communes_nearby(agent):
    page = agent
    page.goto("/lieux")
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "Lieux"
    assert not axe_violations(page)

    page.get_by_role("button", name="Rechercher").click()  # empty: refused on the page, without a call
    page.get_by_role("alert").filter(has_text="Saisissez une commune").wait_for()

    field = page.get_by_label("Commune, code postal ou phrase")
    field.fill("59000")
    page.get_by_role("button", name="Rechercher").click()
    page.get_by_role("status").filter(has_text="Recherche terminée").wait_for(timeout=60_000)
    results = page.locator("#lieux-contenu")
    assert "Nord (59), Hauts-de-France" in results.inner_text() and "Lille" in results.inner_text()
    rows = page.locator("#lieux-contenu tbody tr")
    assert rows.count() == 5 and "km" in rows.first.inner_text()
    screenshot(page, "lieux")
    assert not axe_violations(page)

    field.fill("je cherche près de Clermont")
    page.get_by_role("button", name="Rechercher").click()
    results.filter(has_text="Clermont-Ferrand").wait_for(timeout=60_000)
    assert "lieu trouvé dans la phrase" in results.inner_text()

    field.fill("99999")
    page.get_by_role("button", name="Rechercher").click()
    page.get_by_role("alert").filter(has_text="Aucune commune").wait_for(timeout=60_000)
    assert page.locator("#lieux-resultats").is_hidden()


def test_the_orientation_page_has_a_place_field_with_suggestions(agent):
    page = agent
    page.goto("/orientation")
    field = page.get_by_label("Commune ou code postal")
    field.press_sequentially("Lil", delay=50)
    page.wait_for_function("document.querySelectorAll('#orientation-lieux option').length > 0", timeout=30_000)
    assert page.locator("#orientation-lieux option").first.get_attribute("value") == "Lille (59)"
    assert not axe_violations(page)
