"""Starclay's posology classes of the second round (issue 16), with sentences written for these tests: a condition
on how the treatment works is no as-needed intake, a schedule said after a list is each drug's, a patch worn
some hours a day is one a day, and a talk planned after a decision leaves the decision.
"""

from __future__ import annotations

import pytest

from communs.apps.consultation.extract import medications
from tests.consultation_helpers import by_name


@pytest.mark.parametrize(
    "after",
    ["même si la fièvre tombe avant", "et si ça ne passe pas en trois jours on changera", "si ça marche pas on verra",
     "et si ça va mieux vous finissez quand même la boîte"],
)  # fmt: skip
def test_a_condition_on_the_treatment_is_no_as_needed_intake(after):
    found = by_name(f"Médecin : je vous mets de l'Orelox 100 mg un comprimé matin et soir pendant cinq jours {after}\n")
    assert found["orelox"].times_per_day == 2
    assert not found["orelox"].as_needed


def test_a_symptom_condition_stays_as_needed():
    found = by_name("Médecin : et du Spasfon deux comprimés si ça tire encore\n")
    assert found["spasfon"].as_needed


def test_a_daily_schedule_after_a_list_is_each_drugs():
    text = (
        "Médecin : Vous prenez bien le Tahor 20 mg et le Kardégic 75 mg le soir ?\nPatient : Oui.\n"
        "Médecin : On continue le Tahor et le Kardégic.\n"
    )
    found = by_name(text)
    assert found["tahor"].times_per_day == 1
    assert found["kardégic"].times_per_day == 1


def test_an_as_needed_schedule_after_a_list_is_the_last_drugs():
    text = "Médecin : je vous donne du Tahor 20 mg et du Doliprane 1 g si besoin\n"
    found = by_name(text)
    assert not found["tahor"].as_needed
    assert found["doliprane"].as_needed


def test_a_plaster_worn_hours_a_day_is_one_a_day():
    text = (
        "Médecin : je vous prescris des emplâtres de Versatis, un emplâtre douze heures par jour puis douze heures "
        "sans\n"
    )
    assert by_name(text)["versatis"].times_per_day == 1


def test_how_often_something_happened_is_no_schedule():
    text = "Médecin : le Stilnox, elle est tombée deux fois cet hiver avec.\n"
    assert by_name(text)["stilnox"].times_per_day is None


def test_a_talk_planned_after_a_decision_leaves_the_decision():
    text = (
        "Aidante : il prend le Seresta 50 le soir\n"
        "Médecin : on diminue le seresta à dix milligrammes le soir et on en reparlera dans un mois\n"
    )
    seresta = by_name(text)["seresta"]
    assert seresta.prescribed
    assert seresta.dose == "10 mg"


def test_as_it_is_asks_nothing():
    text = "Patient : je prends du Coversyl 5 mg.\nMédecin : On garde le Coversyl 5 mg tel quel.\n"
    assert by_name(text)["coversyl"].status == "continued"


@pytest.mark.parametrize(
    ("said", "times"),
    [("du Smecta trois sachets par jour", 3), ("du Spasfon deux comprimés par jour", 2),
     ("de l'Uvestérol quatre gouttes par jour", 1), ("du Spasfon deux comprimés par jour le matin", 1),
     ("du Tahor deux comprimés par jour en une prise", 1)],
)  # fmt: skip
def test_tablets_or_sachets_a_day_are_intakes_drops_are_one(said, times):
    found = medications(f"Médecin : je vous prescris {said}.\n")
    assert found[0].times_per_day == times


def test_a_moment_of_removal_is_no_intake():
    text = "Médecin : je vous prescris du Nicopatch 14 mg, un patch à coller le matin, à retirer le soir.\n"
    assert by_name(text)["nicopatch"].times_per_day == 1


def test_two_brands_of_one_substance_keep_their_own_posology():
    text = "Médecin : Le Skenan, on le diminue à 30 mg matin et soir, et l'Actiskenan vous le gardez si douleur.\n"
    found = by_name(text)
    assert found["skenan"].times_per_day == 2
    assert not found["skenan"].as_needed
    assert found["actiskenan"].as_needed


@pytest.mark.parametrize(
    "said",
    ["un comprimé quand le dos fait mal", "un comprimé lorsque la douleur revient", "un sachet si crise"],
)
def test_a_symptom_after_when_or_if_is_as_needed(said):
    found = by_name(f"Médecin : je vous prescris du Doliprane 1 g, {said}, pas plus de trois par jour.\n")
    assert found["doliprane"].as_needed


def test_an_article_des_is_no_symptom_cue():
    found = by_name("Médecin : je vous prescris du Doliprane 1 g, des comprimés pour la douleur, matin et soir.\n")
    assert not found["doliprane"].as_needed


def test_breathlessness_calls_for_an_as_needed_intake():
    text = "Patient : et la Ventoline ?\nMédecin : vous la gardez, deux bouffées si vous êtes essoufflé.\n"
    assert by_name(text)["ventoline"].as_needed
