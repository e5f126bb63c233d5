"""Starclay's classes of error (issue 16), each with sentences written for these tests: who speaks, misheard
names, clause-level status (switches, conditions, negation), as-needed posology, and how the scorer compares names.
"""

from __future__ import annotations

import pytest

from communs.apps.consultation.evaluate import dose_matches, names_match
from communs.apps.consultation.extract import medications
from communs.apps.consultation.mentions import sentences
from communs.apps.consultation.speakers import label_role, roles


def by_name(text: str) -> dict:
    return {m.name.lower(): m for m in medications(text)}


@pytest.mark.parametrize(
    "label",
    ["Médecin", "Docteur", "Dr Lambert", "Cardiologue", "Pédiatre", "Psychiatre", "Interne", "Généraliste", "ORL",
     "Rhumatologue", "Gériatre", "Sage-femme", "Infirmière", "Pr Diallo", "Allergologue"],
)  # fmt: skip
def test_any_clinician_label_is_the_doctor(label):
    assert label_role(label) == "doctor"


@pytest.mark.parametrize(
    "label", ["Patient", "Patiente", "Mère", "Père", "Fille", "Aidant", "Accompagnante", "Grand-mère", "Mme Roche"]
)
def test_the_patients_side_is_the_patient(label):
    assert label_role(label) == "patient"


def test_an_unknown_label_takes_the_role_left_open():
    assert roles(["Pneumologue", "Karim"]) == {"Pneumologue": "doctor", "Karim": "patient"}
    assert roles(["Sylvie", "Patiente"]) == {"Sylvie": "doctor", "Patiente": "patient"}
    assert roles(["Sylvie", "Karim"]) == {"Sylvie": None, "Karim": None}


def test_a_specialists_schedule_is_a_prescription():
    text = (
        "Rhumatologue : Pour la crise de goutte, de la colchicine 1 mg, un comprimé matin et soir pendant trois jours.\n"
        "Patient : D'accord.\n"
    )
    assert [s.speaker for s in sentences(text)] == ["doctor", "patient"]
    colchicine = by_name(text)["colchicine"]
    assert colchicine.status == "new" and colchicine.times_per_day == 2


class _Said:
    """A medication as the scorer sees it."""

    def __init__(self, name: str, substances: tuple[str, ...], dose: str | None = None, value=None) -> None:
        self.name, self.substances, self.dose, self.dose_value = name, substances, dose, value


def test_names_compare_without_case_or_accents_and_combinations_need_every_substance():
    augmentin = _Said("Augmentin", ("acide clavulanique", "amoxicilline"))
    assert names_match(augmentin, ["augmentin"])
    assert names_match(augmentin, ["amoxicilline/acide clavulanique"])
    assert not names_match(_Said("Amoxicilline", ("amoxicilline",)), ["amoxicilline/acide clavulanique"])
    assert names_match(_Said("Levothyrox", ("levothyroxine",)), ["Lévothyroxine"])
    assert names_match(_Said("Cutacnyl", ("benzoyle peroxyde",)), ["peroxyde de benzoyle"])
    assert not names_match(_Said("Ibuprofène", ("ibuprofene",)), ["kétoprofène"])


def test_a_combination_strength_must_be_said_whole():
    assert dose_matches(_Said("Entresto", (), "24/26 mg", (24.0, "mg")), "24/26 mg")
    assert not dose_matches(_Said("Entresto", (), "24 mg", (24.0, "mg")), "24/26 mg")
    assert dose_matches(_Said("Doliprane", (), "1 g", (1000.0, "mg")), "1000 mg")
    assert dose_matches(_Said("Doliprane", (), None, None), None)
