"""Starclay's second round of error classes (issue 16), each with sentences written for these tests: drugs
ruled out, weighed or advised by someone else are never reported as taken, and what the patient already takes
keeps its status and its posology.
"""

from __future__ import annotations

import pytest

from communs.apps.consultation.extract import medications


def by_name(text: str) -> dict:
    return {m.name.lower(): m for m in medications(text)}


def test_a_negated_infinitive_refuses_the_drug():
    text = (
        "Patient : Et pour dormir ?\n"
        "Médecin : Le zolpidem, j'aime mieux ne pas vous en prescrire, on va d'abord revoir le sommeil.\n"
    )
    assert not by_name(text)["zolpidem"].prescribed


@pytest.mark.parametrize("determiner", ["votre", "son", "le"])
def test_the_last_intake_of_a_drug_ends_it(determiner):
    text = (
        "Médecin : On remplace le losartan par l'Entresto.\n"
        f"Médecin : Il prend {determiner} dernier comprimé de losartan ce soir et commence l'Entresto demain, "
        "un comprimé matin et soir.\n"
    )
    found = by_name(text)
    assert not found["losartan"].prescribed
    assert found["entresto"].prescribed


@pytest.mark.parametrize(
    "said",
    ["C'est une alternative si le premier ne marche pas.", "Ça fait partie des options, on en reparlera.",
     "Une autre possibilité serait celui-là, pas pour l'instant."],
)  # fmt: skip
def test_a_drug_weighed_as_an_option_is_not_prescribed(said):
    text = f"Médecin : Je vous prescris du Lyrica 75 mg matin et soir.\nMédecin : Le Neurontin. {said}\n"
    found = by_name(text)
    assert found["lyrica"].prescribed
    assert not found["neurontin"].prescribed


def test_an_anaphoric_keep_does_not_prescribe_a_drug_put_off():
    text = (
        "Médecin : Le Jardiance, on l'ajoutera au prochain bilan. Pas aujourd'hui, on ne change rien pour le moment.\n"
    )
    assert not by_name(text)["jardiance"].prescribed


def test_giving_up_a_drug_stops_it():
    text = "Patiente : Je prends de l'Efferalgan le soir.\nMédecin : L'Efferalgan, vous pouvez l'abandonner.\n"
    assert not by_name(text)["efferalgan"].prescribed


def test_a_drug_no_longer_given_is_not_prescribed():
    text = "Patient : ma voisine m'a dit de prendre du Toplexil\nMédecin : non le Toplexil on ne le donne plus\n"
    assert not by_name(text)["toplexil"].prescribed


@pytest.mark.parametrize("verb", ["donne", "prescris"])
def test_only_the_clinician_prescribes(verb):
    text = f"Patient : mon frère m'a conseillé de prendre du Spasfon\nMédecin : je vous {verb} du Débridat\n"
    found = by_name(text)
    assert not found["spasfon"].prescribed
    assert found["débridat"].prescribed


def test_it_gives_is_no_prescription():
    found = by_name("Patiente : ça me donne des crampes, le Lasilix.\n")
    assert not found["lasilix"].prescribed


def test_a_plan_if_the_first_fails_is_put_off():
    text = (
        "Médecin : vous continuez le Gaviscon après les repas sinon vous pourrez prendre de l'Inexium un comprimé "
        "le matin on en reparlera\n"
    )
    found = by_name(text)
    assert found["gaviscon"].prescribed
    assert not found["inexium"].prescribed


def test_a_plan_with_y_is_put_off():
    text = "Médecin : La morphine en patch, on pourra y passer une fois la douleur stabilisée.\n"
    assert not by_name(text)["morphine"].prescribed
