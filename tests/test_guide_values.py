"""Albertine, round 5: classes of errors seen on pages written blind — a question asking for a value the page
shows (« il me reste combien ? », « c'est lequel ? », « je dois payer quand ? »), worded without the usual
« quel numéro / jusqu'à quand ». Rules only, on small pages written for these tests."""

from __future__ import annotations

import asyncio

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem
from communs.apps.guide.step import next_step

ESPACE = """<html><head><title>Mon espace – Aide aux vacances</title></head><body>
<header><a href="/" id="logo">Accueil</a><div class="solde">Mon solde vacances : <strong>312,40 €</strong></div>
<button id="profil" aria-label="Mon profil">👤</button></header>
<main><h1>Mon espace</h1>
<section><h2>Mon dossier 2026</h2><p>Dossier n° 2026-44-00871</p>
<p>État : <span>Aide accordée – tranche 3</span></p>
<p>Prochain versement prévu le 12/03/2026.</p>
<a href="/dossier" id="voir-dossier">Voir mon dossier</a></section>
<section><h2>Séjours</h2><p>Séjour de printemps à Saint-Malo : 180 € par enfant.</p>
<a href="/sejours" id="sejours">Réserver un séjour</a></section>
<a href="/calcul" id="calcul">Comment est calculée mon aide ?</a>
</main></body></html>"""


def step(goal: str, clicked: tuple[str, ...] = ()):
    page = snapshot_from_html(ESPACE, url="https://exemple.fr/espace")
    history = [HistoryItem(element_id=i, action="click") for i in clicked]
    return asyncio.run(next_step(goal, page, history))


def test_a_question_asking_how_much_is_left_is_answered_by_the_amount_shown():
    found = step("il me reste combien d'argent sur mon aide vacances ?")
    assert found.action == "done" and "312,40" in found.instruction
    assert step("c'est combien le séjour à Saint-Malo ?").action == "done"


def test_which_one_and_at_which_level_questions_quote_the_page():
    found = step("la mairie me demande le numéro de mon dossier, c'est lequel ?")
    assert found.action == "done" and "2026-44-00871" in found.instruction
    level = step("je suis à quelle tranche cette année ?")
    assert level.action == "done" and "tranche 3" in level.instruction


def test_a_question_ending_with_when_is_answered_by_the_date_shown():
    found = step("le prochain versement, il arrive quand ?")
    assert found.action == "done" and "12/03/2026" in found.instruction


def test_a_request_to_do_something_is_not_a_question_for_a_value():
    assert step("je veux réserver un séjour pour mes enfants").element_id == "sejours"
    assert step("je veux voir mon dossier").element_id == "voir-dossier"
