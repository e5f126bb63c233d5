"""Starclay's fifth round of error classes (issue 16), each with sentences written for these tests: past use and the
patient's own remedies are not prescriptions even when the clinician rules them out, a drug announced then withdrawn,
effects said in the third person, advice heard from someone else, a total of several tablets, self-corrections,
written combination strengths and a combination's composition spelt out."""

from __future__ import annotations

import pytest

from communs.apps.consultation.evaluate import _split_gold
from communs.apps.consultation.extract import medications
from tests.consultation_helpers import by_name

# --- past use, the patient's own remedies, withdrawn prescriptions: never taken, never "stopped" ---


@pytest.mark.parametrize(
    "said",
    [
        "Patient : l'an dernier j'avais pris du Lariam pour le Togo.",
        "Patiente : je prenais du Mopral quand j'étais étudiante.",
        "Patient : j'avais essayé le Seroplex, ça me donnait des nausées.",
    ],
)
def test_past_use_told_by_the_patient_is_not_taken(said):
    found = medications(said + "\nMédecin : d'accord, c'est noté.\n")
    assert len(found) == 1 and not found[0].prescribed and found[0].status == "discussed"


@pytest.mark.parametrize(
    "stop",
    ["on l'avait arrêté au bout de deux semaines", "c'est fini depuis longtemps", "on l'a arrêté il y a trois ans"],
)
def test_a_stop_before_today_is_history(stop):
    text = f"Médecin : et le Plavix ?\nPatient : le Plavix, {stop}.\n"
    assert by_name(text)["plavix"].status == "discussed"


@pytest.mark.parametrize(
    ("patient", "doctor"),
    [
        ("j'ai pris un Nurofen qui me restait", "le Nurofen, on le laisse de côté"),
        ("je prends de l'Advil de temps en temps", "l'Advil, je préfère que vous l'évitiez"),
        ("mon voisin m'a donné du Humex", "le Humex, vous arrêtez"),
        ("j'ai du Dafalgan à la maison, j'en prends quand ça tire", "arrêtez le Dafalgan"),
    ],
)
def test_the_patients_own_remedy_ruled_out_is_not_prescribed(patient, doctor):
    found = medications(f"Patient : {patient}.\nMédecin : {doctor}, ce n'est pas adapté.\n")
    assert found and all(not m.prescribed for m in found)
    # discouraged, it was only discussed; stopped in words, it is stopped (sets g, h, i; d and f disagree)
    assert all(m.status == ("discussed" if "évit" in doctor else "stopped") for m in found)


def test_a_regular_treatment_stopped_is_stopped():
    text = "Patient : je prends du Doliprane tous les matins.\nMédecin : ça ne sert pas ici, vous pouvez l'arrêter.\n"
    assert by_name(text)["doliprane"].status == "stopped"


def test_occasional_use_of_a_prescription_drug_stopped_is_stopped():
    text = "Patiente : je prends parfois un Imovane.\nMédecin : l'Imovane, on l'arrête.\n"
    assert by_name(text)["imovane"].status == "stopped"


@pytest.mark.parametrize(
    "advice", ["ma belle-mère m'a dit de mettre du Bepanthen", "on m'a conseillé de prendre du Bepanthen"]
)
def test_advice_heard_from_someone_else_is_not_a_prescription(advice):
    for labelled in (f"Mère : {advice}.\nPédiatre : pas de pommade pour l'instant.\n", f"{advice}\nd'accord\n"):
        assert not by_name(labelled)["bepanthen"].prescribed


def test_a_drug_announced_then_withdrawn_is_not_prescribed():
    text = (
        "Médecin : je vous mets du Cosopt, une goutte matin et soir.\n"
        "Patient : j'ai de l'asthme, ça pose problème ?\n"
        "Médecin : ah oui, alors on oublie le Cosopt.\n"
    )
    found = by_name(text)["cosopt"]
    assert not found.prescribed and found.status == "discussed"


def test_a_single_dose_not_to_be_repeated_stays_new():
    text = "Médecin : du Monuril 3 g, un sachet ce soir. C'est une seule prise, vous ne le reprenez pas demain.\n"
    found = by_name(text)["monuril"]
    assert found.prescribed and found.status == "new"


# --- verbs that decide nothing about the drug ---


def test_an_effect_said_in_the_third_person_changes_nothing():
    text = (
        "Médecin : on arrête le Kardégic. Avec le Xarelto, l'aspirine augmente le risque de saignement.\n"
        "Médecin : le Xarelto 20 mg, un comprimé le soir.\n"
    )
    found = medications(text)
    assert not any(m.prescribed and "aspirine" in m.name.lower() for m in found)
    assert by_name(text)["kardégic"].status == "stopped"


def test_a_pronoun_before_avec_is_not_the_drug_after_it():
    text = (
        "Médecin : le Seresta 10 mg, on passe à un comprimé le soir.\nPatient : et le vin ?\n"
        "Médecin : essayez de l'éviter avec le Seresta.\n"
    )
    assert by_name(text)["seresta"].prescribed


def test_throwing_away_a_piece_of_the_tablet_is_no_stop():
    text = "Médecin : le Lysanxia, un demi-comprimé le soir, vous coupez un bout et vous le jetez.\n"
    assert by_name(text)["lysanxia"].prescribed


def test_without_a_noun_then_a_drug_refuses_the_noun():
    text = "Médecin : je vous donne un antalgique sans codéine, du Dafalgan 1 g trois fois par jour.\n"
    assert by_name(text)["dafalgan"].prescribed


def test_a_new_dose_said_after_the_drug_modifies_it():
    text = "Patient : je prends le Temesta 2,5 mg le soir.\nMédecin : le Temesta, on va passer à 1 mg le soir.\n"
    found = by_name(text)["temesta"]
    assert (found.status, found.dose) == ("modified", "1 mg")


# --- dose: a total of several units, a total said, self-corrections, combinations ---


@pytest.mark.parametrize(
    ("said", "dose"),
    [
        ("Médecin : du Lyrica, deux gélules de 75 mg le soir.", "150 mg"),
        ("Médecin : du Spasfon, deux comprimés de 80 mg si douleur.", "160 mg"),
        ("Médecin : du Solupred 20 mg, deux comprimés le matin.", "20 mg"),  # strength per unit, count apart
        ("Médecin : du Solupred 20 mg, deux comprimés le matin, donc 40 mg.", "40 mg"),
        ("Médecin : le Pentasa 1 g, un sachet matin et soir, soit 2 g par jour.", "1 g"),  # a day's total
    ],
)
def test_a_total_of_several_units(said, dose):
    assert medications(said + "\n")[0].dose == dose


@pytest.mark.parametrize(
    "said",
    [
        "Médecin : on monte l'Amlor à 10… non pardon, à 5 mg le matin.",
        "médecin : le kardégic cent soixante euh non soixante-quinze milligrammes le midi",
        "Médecin : du Kardégic 160 mg, pardon, 75 mg, un sachet le midi.",
    ],
)
def test_a_self_correction_keeps_the_corrected_value(said):
    found = medications(said + "\n")[0]
    assert found.dose in ("5 mg", "75 mg") and found.times_per_day == 1


def test_an_ellipsis_before_a_lower_case_word_does_not_end_the_sentence():
    found = medications("Médecin : la Ventoline… deux bouffées si vous êtes gêné.\n")[0]
    assert found.quantity == "2 bouffées" and found.as_needed


def test_one_single_tablet_a_day():
    assert medications("Médecin : du Tahor 20 mg, un seul comprimé par jour.\n")[0].times_per_day == 1


def test_applications_per_day_are_intakes():
    assert medications("Médecin : du Voltarène gel, trois applications par jour.\n")[0].times_per_day == 3


def test_a_combination_written_with_a_unit_after_each_strength():
    found = medications("Médecin : l'Entresto 49 mg/51 mg, un comprimé matin et soir.\n")[0]
    assert found.dose == "49/51 mg" and found.times_per_day == 2


def test_a_combination_spelt_out_is_one_drug():
    found = medications("Médecin : je vous prescris la Malarone, atovaquone 250 mg et proguanil 100 mg, un par jour.\n")
    assert [m.name for m in found if m.prescribed] == ["Malarone"]


def test_the_gold_reads_a_unit_after_each_strength():
    assert _split_gold("250 mg/100 mg") == ([250.0, 100.0], "mg")
    assert _split_gold("50 µg/24 h") == ([50.0], "µg/24 h")  # a rate, not a combination
