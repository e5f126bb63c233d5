"""The /consultation page in a real browser: paste a transcript, get the medications, the plan and the report."""

from __future__ import annotations

from pathlib import Path

from tests.browser import axe_violations, screenshot

DATA = Path(__file__).parent / "data" / "consultation"


def test_the_consultation_page_turns_a_transcript_into_a_plan(agent):
    page = agent
    page.goto("/consultation")
    assert page.get_by_role("heading", level=1).inner_text() == "Consultation : ordonnance et compte rendu"
    assert page.locator('.fr-nav__link[aria-current="page"]').inner_text() == "Consultation"
    page.get_by_label("Transcription de la consultation").fill((DATA / "c20.txt").read_text())
    page.get_by_role("button", name="Analyser la consultation").click()
    page.get_by_role("status").filter(has_text="Analyse terminée").wait_for(timeout=120_000)
    table = page.locator("table").filter(has_text="Médicaments prescrits")
    assert table.locator("tbody tr").count() == 4
    assert "Brilique" in table.inner_text() and "90 mg" in table.inner_text()
    assert "Kardégic + Brilique" in page.locator(".consultation-alertes").inner_text()
    plan = page.locator("table").filter(has_text="Quand prendre mes médicaments")
    assert plan.locator("tbody tr").count() == 4
    assert "Ne plus prendre : Mopral." in page.locator("#consultation-plan").inner_text()
    assert "Compte rendu de consultation" in page.locator("#consultation-rapport").inner_text()
    screenshot(page, "consultation")
    assert not axe_violations(page)
