"""Albertine fills a form from what the goal says: its data go in the field of their kind (an amount, a
phone number, hours), its yes/no questions are answered from the goal's meaning (negations included), and
an open dialog's form is followed field by field before its submit button. Rules only."""

from __future__ import annotations

import asyncio
from pathlib import Path

from communs.apps.guide import data, patterns
from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem, Page
from communs.apps.guide.state import after_history, usable
from communs.apps.guide.step import next_step

APPLICATION = Path(__file__).parent / "data" / "guide" / "demande.html"


def page(filled: tuple[str, ...] = ()) -> Page:
    html = APPLICATION.read_text(encoding="utf-8")
    return snapshot_from_html(html, url="https://exemple.fr/demande").with_filled(list(filled))


def step(goal: str, current: Page, clicked: tuple[str, ...] = ()) -> str | None:
    history = [HistoryItem(element_id=i, action="click") for i in clicked]
    return asyncio.run(next_step(goal, current, history)).element_id


def test_the_kinds_of_data_a_goal_gives_and_the_fields_that_take_them():
    assert data.given("j'ai fait 35 h en intérim pour 420 euros") == {"hours", "amount"}
    assert data.given("appelez-moi au 06 11 22 33 44 ou à lea.martin@exemple.fr") == {"phone", "email"}
    assert data.given("inscrire ma fille Léa, née le 3 février 2022") == {"name", "date"}
    assert data.given("je veux payer mon amende") == set()
    kinds = {e.id: data.field_kind(e) for e in page().elements}
    assert kinds["revenu"] == "amount" and kinds["mobile"] == "phone" and kinds["loc-oui"] is None


def test_negations_deny_the_verb_and_the_lexicon_words_for_what_is_denied():
    assert "@search" in patterns.denied_terms("je ne cherche plus de travail")
    assert "scolaris" in patterns.denied_terms("elle ne va pas encore à l'école")
    assert {"lettr", "motiv"} <= patterns.negated_terms("postuler, sans lettre de motivation")


def test_a_dialog_form_is_followed_and_its_questions_answered_from_the_goal():
    # no history: the dialog's form, in order; « plus locataire »: Non to « toujours locataire ? »
    assert step("je ne suis plus locataire, j'habite chez mes parents", page()) == "loc-non"
    # choosing an answer in the dialog does not close it
    assert all(e.modal for e in usable(after_history(page(), [HistoryItem(element_id="loc-non", action="click")])))
    assert step("je n'ai pas d'enfant", page(), clicked=("loc-oui",)) == "enf-non"
    # the required questions answered: the data of the goal in the field of their kind, then the box
    goal = "compléter ma demande, vous pouvez m'appeler au 06 11 22 33 44"
    assert step(goal, page(), clicked=("loc-oui", "enf-oui")) == "mobile"
    assert step(goal, page(("mobile",)), clicked=("loc-oui", "enf-oui")) == "exact"
    assert step("ajouter un petit mot pour le bailleur", page(), clicked=("loc-oui", "enf-oui")) == "precisions"
    # the submit button is not the next step while a required field is empty
    assert step("envoyer ma demande", page()) != "envoyer"


def test_everyday_words_lead_to_the_words_of_procedure_pages():
    def leads(goal: str) -> set[str]:
        return set(patterns.lay_terms(goal))

    assert set(patterns.terms("couple")) <= leads("on s'est pacsés le mois dernier")
    assert set(patterns.terms("naissance")) <= leads("j'ai accouché hier")
    assert set(patterns.terms("foyer")) <= leads("mon fils est parti vivre chez sa copine")
    assert set(patterns.terms("courriers")) <= leads("j'ai reçu une lettre, je veux la relire")
    assert set(patterns.terms("impôt")) <= leads("mon avis d'imposition")
    assert set(patterns.terms("rendez-vous")) <= leads("parler à quelqu'un en personne")
    assert "@save" in patterns.terms("je dois m'arrêter là, je reprendrai demain")


def test_a_result_titled_by_a_link_is_read_with_its_summary_and_chosen_by_its_meaning():
    html = (Path(__file__).parent / "data" / "guide" / "resultats.html").read_text(encoding="utf-8")
    results = snapshot_from_html(html, url="https://exemple.fr/resultats")
    by_id = {e.id: e for e in results.elements}
    assert by_id["r-2"].context == "12 résultats"  # the section's heading, not the previous result's title
    assert "pays étranger" in by_id["r-2"].hint and "abîmé" in by_id["r-1"].hint
    assert "titre de séjour" in by_id["notice-voir"].hint  # the notice it sits in
    assert by_id["aide-courriel"].label == "Pourquoi donner mon courriel ?"  # « ? » alone: its title names it
    assert by_id["modif-courriel"].context == "Adresse électronique ?"  # the term its description describes
    assert step("je veux changer mon mail", results) == "modif-courriel"
    assert step("j'ai passé mon permis à l'étranger", results) == "r-2"  # said by its summary only
    assert step("je veux seulement ce qu'on peut faire sur internet", results) == "f-ligne"


def test_not_knowing_is_not_a_denial_and_asking_for_help_finds_the_help():
    assert not patterns.denied_terms("je ne sais pas quel salaire mettre")
    assert "@help" in patterns.terms("je ne sais pas quoi mettre, je veux de l'aide")
    assert "@help" in patterns.terms("Aide : quels revenus déclarer ?")
