"""The /dossier page in a real browser: upload a small case file, follow the progress, read the facts with
their page links, ask a question; axe-core finds no serious accessibility problem."""

from __future__ import annotations

from tests.browser import axe_violations, screenshot
from tests.test_dossier import balto, first_pages  # noqa: F401 - fixtures


def test_the_dossier_page_digests_a_case_file_and_answers_with_pages(agent, balto, tmp_path):  # noqa: F811
    page = agent
    pdf, _ = balto
    small = tmp_path / "extrait.pdf"
    small.write_bytes(first_pages(pdf, 4))
    page.goto("/dossier")
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "Dossiers"
    assert not axe_violations(page)
    page.get_by_label("Fichier du dossier").set_input_files(str(small))
    page.locator("label[for='synthese-llm']").click()  # rules only: keeps the test short
    assert not page.get_by_label("Rédiger la fiche de synthèse avec le modèle de langue").is_checked()
    page.get_by_role("button", name="Analyser le dossier").click()
    page.get_by_role("status").filter(has_text="Analyse terminée").wait_for(timeout=240_000)
    results = page.locator("#dossier-resultat")
    persons = results.locator("table", has=page.locator("caption", has_text="Personnes"))
    assert "Sophie LEMAIRE" in persons.inner_text() and "victime" in persons.inner_text()
    assert "Brigadier" not in persons.inner_text()  # names, not ranks
    chronology = results.locator("table", has=page.locator("caption", has_text="Chronologie")).inner_text()
    assert "2024-03-14" in chronology and "22:15" in chronology
    offences = results.locator("table", has=page.locator("caption", has_text="Infractions")).inner_text()
    assert "222-17" in offences
    assert page.locator("#synthese p").count() >= 1
    link = persons.locator("a[data-page='4']").first
    link.click()
    assert page.locator("#page-4").get_attribute("open") is not None
    assert "PLAINTE" in page.locator("#page-4").inner_text()
    page.get_by_label("Votre question").fill("Sous quel scellé a été placé le gant noir ?")
    page.get_by_role("button", name="Demander").click()
    page.get_by_role("status").filter(has_text="Réponse reçue").wait_for(timeout=180_000)
    answer = page.locator(".dossier-reponse").first
    assert answer.locator("a[data-page='3']").count() == 1, answer.inner_text()
    screenshot(page, "dossier")
    assert not axe_violations(page)
