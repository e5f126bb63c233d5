"""Starclay's third round of error classes (issue 16), each with sentences written for these tests: multi-word and
split product names as a recogniser writes them, vaccines given without a decision verb, choices and plans that
decide nothing, wishes of the patient, and stops that never come out as taken.
"""

from __future__ import annotations

import pytest

from communs.apps.consultation.extract import medications
from tests.consultation_helpers import by_name, keys


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("je vous fais le typhim vé i ce matin", "typhim vi"),  # letters said by name
        ("prenez du magné b six deux fois par jour", "magne b 6"),  # a number said in words
        ("le Vaxigrip Tetra en octobre", "vaxigriptetra"),  # BDPM writes the brand glued
        ("on arrête le chibro cadrone", "chibro cadron"),  # the continuation misheard
    ],
)
def test_a_name_continued_by_its_own_words_is_the_longer_product(said, key):
    assert keys(said) == [key]


@pytest.mark.parametrize(
    ("said", "key"), [("du tardi féron le matin", "tardyferon"), ("l'indo collyre", "indocollyre")]
)
def test_a_name_cut_in_two_is_one_drug(said, key):
    assert keys(said) == [key]


def test_a_pharmaceutical_form_is_not_a_drug():
    assert keys("du paracétamol en suppositoire, un suppositoire le soir") == ["paracetamol"]


def test_an_ordinary_word_after_a_name_is_not_its_continuation():
    assert keys("le Typhim vendredi prochain") == ["typhim"]


def test_a_vaccine_given_today_is_prescribed_without_a_decision_verb():
    text = (
        "Médecin : Pour l'hépatite A, l'Havrix, une injection aujourd'hui, rappel dans un an.\n"
        "Médecin : La fièvre jaune, le Stamaril, vous l'avez eu il y a cinq ans, pas besoin de le refaire.\n"
    )
    found = by_name(text)
    assert found["havrix"].prescribed and found["havrix"].status == "new"
    assert not found["stamaril"].prescribed


def test_drugs_offered_as_a_choice_are_not_decided():
    text = (
        "Médecin : Il y a deux choix : le Zyrtec le soir, ou l'Aerius le matin.\n"
        "Patient : L'Aerius, plutôt.\n"
        "Médecin : Alors Aerius 5 mg, un comprimé le matin pendant un mois.\n"
    )
    found = by_name(text)
    assert found["aerius"].prescribed
    assert not found["zyrtec"].prescribed


@pytest.mark.parametrize(
    "wish",
    ["je voudrais prendre du Stilnox pour le vol", "est-ce que je dois prendre de l'Imodium avant de partir"],
)
def test_a_wish_of_the_patient_without_speaker_labels_is_not_a_prescription(wish):
    text = f"bon et pour le voyage\n{wish}\nnon ce n'est pas utile, buvez beaucoup d'eau\n"
    assert not any(m.prescribed for m in medications(text))


def test_a_patient_asking_to_keep_a_drug_the_doctor_does_not_continue():
    text = (
        "Patient : Le Lexomil, j'aimerais bien le garder pour dormir.\n"
        "Médecin : Non, on le continue pas, c'était seulement pour la semaine à l'hôpital.\n"
    )
    assert not by_name(text)["lexomil"].prescribed


@pytest.mark.parametrize("opener", ["mais si", "et si", "alors si"])
def test_a_stop_under_a_condition_after_a_discourse_marker_decides_nothing(opener):
    text = (
        "Médecin : Vous continuez la metformine matin et soir, "
        f"{opener} vous avez de la fièvre et que vous ne mangez plus vous arrêtez la metformine deux jours.\n"
    )
    assert by_name(text)["metformine"].prescribed


def test_the_end_of_a_course_is_not_a_stop():
    text = "Médecin : Vous prenez l'amoxicilline un gramme matin et soir encore cinq jours et après c'est fini.\n"
    assert by_name(text)["amoxicilline"].prescribed


def test_a_plan_for_later_leaves_todays_decision():
    text = "Médecin : Le bisoprolol, on le garde à 5 mg, et si la tension reste haute on l'augmentera.\n"
    found = by_name(text)["bisoprolol"]
    assert found.prescribed and found.status == "continued"


def test_a_stop_planned_for_later_is_not_a_stop_today():
    text = "Médecin : Le Lexomil, on diminue à un demi le soir, et dans deux mois on essaiera de l'arrêter.\n"
    assert by_name(text)["lexomil"].prescribed


@pytest.mark.parametrize(
    "refusal",
    ["Non, et pas question d'en prendre avant de conduire.", "Je préfère ne pas le prendre, ça m'endort."],
)
def test_a_refusal_governing_an_infinitive_is_never_a_prescription(refusal):
    text = f"Médecin : On pourrait mettre de la codéine.\nPatient : {refusal}\n"
    assert not any(m.prescribed for m in medications(text))


def test_not_right_now_puts_off_the_drug_just_named():
    text = "Médecin : La duloxétine pourrait vous soulager, mais pas tout de suite, on en reparlera si ça empire.\n"
    assert not any(m.prescribed for m in medications(text))


def test_only_when_restricts_and_does_not_stop():
    text = (
        "Patient : Je prends l'ibuprofène 400 tous les jours.\n"
        "Médecin : Vous ne le prenez plus que les jours de douleur, un comprimé, trois jours au plus.\n"
    )
    assert by_name(text)["ibuprofène"].prescribed


def test_that_is_what_you_need_asks_nothing():
    text = "Médecin : Oui, c'est ce qu'il faut : la fosfomycine 3 g, un sachet en une seule prise ce soir.\n"
    assert by_name(text)["fosfomycine"].prescribed
