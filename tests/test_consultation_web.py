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


def test_the_patient_plan_is_read_aloud(agent):
    page = agent
    page.goto("/consultation")
    page.get_by_label("Transcription de la consultation").fill((DATA / "c20.txt").read_text())
    page.get_by_role("button", name="Analyser la consultation").click()
    page.get_by_role("status").filter(has_text="Analyse terminée").wait_for(timeout=120_000)
    listen = page.get_by_role("button", name="Écouter le plan de prise")
    assert listen.inner_text() == "Écouter"
    listen.focus()
    page.keyboard.press("Enter")  # a real button: the keyboard works
    player = page.locator("#consultation-plan audio")
    player.wait_for(state="visible", timeout=240_000)
    assert player.get_attribute("aria-label") == "Lecture : le plan de prise"
    page.wait_for_function(
        "() => { const a = document.querySelector('#consultation-plan audio'); return a && a.duration > 5; }",
        timeout=60_000,
    )
    assert not axe_violations(page)
