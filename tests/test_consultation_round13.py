"""Starclay's thirteenth round of error classes, each with sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.consultation_helpers import by_name

# --- a drug that is not the patient's, or not for now: never reported as taken ---


@pytest.mark.parametrize("relative", ["son petit frère", "ma grande sœur", "sa belle mère"])
def test_a_relative_said_with_an_adjective_is_still_another_person(relative):
    text = f"Mère : {relative} a du Kestin pour ses allergies.\nMédecin : On continue, ça ne change rien.\n"
    assert not by_name(text)["kestin"].prescribed


@pytest.mark.parametrize("owner", ["de votre voisine", "de sa mère", "de mon mari"])
def test_a_drug_said_with_its_owner_is_that_person_s_supply(owner):
    text = f"Patient : Le soir je prends un Lexomil {owner}.\n"
    assert not by_name(text)["lexomil"].prescribed


def test_a_no_right_after_the_drug_turns_it_down():
    text = "Médecin : L'Advil non, si la fièvre monte vous prenez du Doliprane un gramme trois fois par jour.\n"
    meds = by_name(text)
    assert not meds["advil"].prescribed
    assert meds["doliprane"].status == "new"
    # a tag question ends the sentence: nothing is turned down
    assert by_name("Médecin : Vous prenez le Kardégic le matin, non\n")["kardégic"].prescribed
    # "non plus": neither, not a refusal of the drug
    assert by_name("Médecin : Le Doliprane non plus ne vous soulage pas, on garde le Doliprane.\n")[
        "doliprane"
    ].prescribed


def test_a_start_weeks_ahead_said_after_the_posology_is_a_plan():
    text = "Médecin : La Spéciafoldine, un comprimé par jour, à partir du quatrième mois.\n"
    assert by_name(text)["spéciafoldine"].status == "discussed"
    text = "Médecin : Du Kardégic 75 mg le soir, à partir de quatorze semaines et jusqu'à la fin.\n"
    assert by_name(text)["kardégic"].status == "discussed"
    # from tomorrow: today's prescription
    assert by_name("Médecin : Du Kardégic 75 mg le soir, à partir de demain.\n")["kardégic"].status == "new"
    # a time point that opens a clause with its own verb is no start
    text = "Médecin : À partir de trois mois l'Advil est contre-indiqué, on l'arrête.\n"
    assert by_name(text)["advil"].status == "stopped"


def test_the_rhythm_of_a_check_is_not_a_posology():
    text = "Médecin : Le Préviscan impose un INR toutes les semaines au début.\n"
    assert not by_name(text)["préviscan"].prescribed
    text = "Médecin : L'Imurel demande une prise de sang tous les trois mois.\n"
    assert not by_name(text)["imurel"].prescribed
    # the drug's own rhythm is still read
    assert by_name("Médecin : Le Dostinex, un comprimé toutes les semaines.\n")["dostinex"].non_daily


# --- continued, not new: the posology said "as before", a start told of the past ---


@pytest.mark.parametrize("kept", ["comme avant", "comme d'habitude", "pareil", "à l'identique"])
def test_a_posology_said_as_before_keeps_the_drug(kept):
    text = f"Médecin : Le Seroplex 10 mg, un comprimé le soir, {kept}.\n"
    assert by_name(text)["seroplex"].status == "continued"


def test_as_before_is_said_of_its_own_drug_only():
    text = "Médecin : Le Mopral le matin comme avant, et le Seroplex un comprimé le soir.\n"
    meds = by_name(text)
    assert meds["mopral"].status == "continued" and meds["seroplex"].status == "new"


@pytest.mark.parametrize("said", ["c'est pareil pour l'Advil", "ce n'est pas pareil", "c'est pareil"])
def test_pareil_as_a_comparison_decides_nothing(said):
    text = f"Patient : Mon frère a de l'Ibuprofène.\nMédecin : L'Ibuprofène, {said}.\n"
    assert not by_name(text)["ibuprofène"].prescribed


def test_a_schedule_instead_of_another_is_a_change_not_a_stop():
    text = "Patient : Je prends le Lexomil tous les soirs.\nMédecin : Un soir sur deux au lieu de tous les soirs.\n"
    assert by_name(text)["lexomil"].status == "modified"
    text = "Patient : J'ai la Ventoline.\nMédecin : On met la Bricanyl au lieu de la Ventoline.\n"
    assert by_name(text)["ventoline"].status == "stopped"


@pytest.mark.parametrize(
    "said",
    ["Le cardiologue a ajouté l'Amlor 5 mg le matin.", "Vous avez commencé l'Amlor 5 mg le matin il y a un an.",
     "Depuis un mois on a introduit l'Amlor 5 mg le matin."],
)  # fmt: skip
def test_a_start_told_in_the_past_is_what_the_patient_takes(said):
    assert by_name(f"Médecin : {said}\n")["amlor"].status == "continued"


def test_a_start_said_in_the_past_by_the_clinician_today_is_new():
    text = "Médecin : Je vous ai prescrit de l'Amlor 5 mg le matin.\n"
    assert by_name(text)["amlor"].status == "new"


# --- stopped, though kept: a read-back's list, a participle, a condition ---


def test_an_adjective_is_not_negated_by_the_no_more_of_the_next_item():
    text = "Médecin : Je reprends : Lasilix inchangé plus de Kardégic, Tahor le soir.\n"
    meds = by_name(text)
    assert meds["lasilix"].status == "continued" and meds["kardégic"].status == "stopped"
    text = "Médecin : Donc l'insuline continuée plus d'Amarel.\n"
    assert by_name(text)["amarel"].status == "stopped"


def test_a_stop_in_a_read_back_does_not_reach_the_next_item_with_its_own_posology():
    text = "Médecin : Je relis : stop Inexium, Gaviscon 2 sachets après les repas, Tardyféron le matin.\n"
    meds = by_name(text)
    assert meds["inexium"].status == "stopped"
    assert meds["gaviscon"].prescribed and meds["tardyféron"].prescribed
    # a stop said of drugs coordinated by "et" reaches each of them, with their strengths
    meds = by_name("Médecin : On arrête le Skenan 30 et l'Actiskenan 10.\n")
    assert meds["skenan"].status == "stopped" and meds["actiskenan"].status == "stopped"


@pytest.mark.parametrize("skip", ["vous ne le prenez pas", "ne le prenez pas"])
def test_an_intake_skipped_under_a_condition_is_no_refusal(skip):
    text = f"Médecin : L'Amarel 2 mg le matin, vous le gardez, mais si vous ne mangez pas {skip}.\n"
    meds = by_name(text)
    assert meds["amarel"].status == "continued"
    assert not meds["amarel"].as_needed and meds["amarel"].times_per_day == 1


@pytest.mark.parametrize("said", ["il a aussi la metformine", "elle a également son Kardégic"])
def test_a_treatment_had_with_an_adverb_between_is_what_is_taken(said):
    text = f"Infirmière : {said} le matin.\nMédecin : Très bien, on continue.\n"
    assert next(iter(by_name(text).values())).status == "continued"
    # a partitive tells a supply at home, not a treatment
    text = "Patiente : J'ai de la Biafine à la maison.\n"
    assert not by_name(text)["biafine"].prescribed


# --- a vaccine's series is not a single dose ---


@pytest.mark.parametrize(
    "later",
    [
        "puis à deux mois et à six mois",
        "le rappel dans six mois",
        "la deuxième dans un mois et la troisième dans un an",
    ],
)
def test_a_vaccine_whose_later_doses_are_announced_is_a_series(later):
    text = f"Médecin : Première injection de Havrix aujourd'hui, {later}.\n"
    havrix = by_name(text)["havrix"]
    assert havrix.status == "new" and not havrix.single_dose and havrix.times_per_day is None


@pytest.mark.parametrize("now", ["le rappel aujourd'hui", "la deuxième dose maintenant"])
def test_one_dose_of_a_vaccine_given_now_is_a_single_dose(now):
    text = f"Médecin : On fait {now}, une injection de Havrix.\n"
    assert by_name(text)["havrix"].single_dose


def test_a_reply_giving_a_strength_and_a_ceiling_prescribes_the_drug_asked_about():
    text = (
        "Patient : Et le Spasfon pour les crampes ?\nMédecin : Oui, 80 mg, jusqu'à trois prises par jour si besoin.\n"
    )
    spasfon = by_name(text)["spasfon"]
    assert spasfon.status == "new" and spasfon.dose == "80 mg" and spasfon.as_needed
    # a strength alone in the reply tells nothing of a prescription
    text = "Patient : Et le Spasfon, c'est quel dosage ?\nMédecin : 80 mg.\n"
    assert not by_name(text)["spasfon"].prescribed


def test_the_clinician_s_posology_right_after_the_patient_names_a_drug_is_for_that_drug():
    text = "Patient : J'ai du Smecta dans mon sac.\nMédecin : Bien, un sachet trois fois par jour, deux jours.\n"
    smecta = by_name(text)["smecta"]
    assert smecta.prescribed and smecta.times_per_day == 3
    # "toujours": the posology kept as it is
    text = "Patient : Et la Ventoline ?\nMédecin : Toujours deux bouffées si besoin.\n"
    assert by_name(text)["ventoline"].status == "continued"
    # a reply about another product ("le gel") leaves the drug named before as it was
    text = "Patient : Le Zymad, une ampoule par mois.\nMédecin : Et le gel, c'est deux applications par jour.\n"
    assert by_name(text)["zymad"].times_per_day is None


def test_a_count_joined_to_the_next_drug_is_not_the_posology_of_the_drug_before():
    text = "Médecin : Le Champix, on n'y revient pas, on passe aux patchs, un patch de Nicopatchlib 21 mg le matin.\n"
    meds = by_name(text)
    assert not meds["champix"].prescribed
    assert meds["nicopatchlib"].quantity == "1 patch"
