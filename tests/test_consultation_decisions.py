"""Starclay's second round of error classes (issue 16), each with sentences written for these tests: drugs
ruled out, weighed or advised by someone else are never reported as taken, and what the patient already takes
keeps its status and its posology.
"""

from __future__ import annotations

import pytest

from tests.consultation_helpers import by_name


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


@pytest.mark.parametrize(
    "said",
    ["Le Tahor 20 et le Coversyl, vous les continuez.", "le tahor vingt milligrammes le coversyl on ne change rien",
     "Le Tahor, le Coversyl : on garde."],
)  # fmt: skip
def test_a_decision_after_a_list_of_drugs_is_about_each(said):
    text = f"Patient : Je prends du Tahor et du Coversyl.\nMédecin : {said}\n"
    found = by_name(text)
    assert found["tahor"].status == "continued"
    assert found["coversyl"].status == "continued"


def test_a_stop_before_a_list_of_drugs_stops_each():
    text = "Patient : j'ai le Xanax et le Stilnox\nMédecin : on arrête le Xanax et le Stilnox progressivement\n"
    found = by_name(text)
    assert not found["xanax"].prescribed
    assert not found["stilnox"].prescribed


def test_the_drug_listed_after_a_stop_to_replace_it_is_taken():
    text = "Médecin : on arrête le Previscan et l'Eliquis à la place, 5 mg matin et soir\n"
    found = by_name(text)
    assert not found["previscan"].prescribed
    assert found["eliquis"].prescribed


def test_in_addition_to_is_no_negation():
    text = "Médecin : je vous mets du Skenan 10 mg matin et soir et en plus de l'Actiskenan 5 mg si besoin\n"
    found = by_name(text)
    assert found["actiskenan"].prescribed
    assert found["actiskenan"].as_needed


def test_the_drug_after_par_is_the_replacement_not_the_pronouns():
    text = (
        "Médecin : Le Mopral vous donne des diarrhées.\n"
        "Médecin : On l'arrête et je le remplace par l'Inexium 20 mg, un comprimé le soir.\n"
    )
    found = by_name(text)
    assert not found["mopral"].prescribed
    assert found["inexium"].prescribed
    assert found["inexium"].times_per_day == 1


def test_a_stop_asked_then_denied_keeps_the_drug():
    text = (
        "bon je dois me faire opérer de la cataracte il faut arrêter le xarelto non pour la cataracte vous ne "
        "l'arrêtez pas on continue comme d'habitude"
    )
    assert by_name(text)["xarelto"].prescribed


def test_a_stop_in_the_subjunctive_stops():
    text = "Patiente : je prends du Tanakan.\nMédecin : Le Tanakan, je voudrais que vous l'arrêtiez.\n"
    assert not by_name(text)["tanakan"].prescribed


def test_a_treatment_read_back_on_request_is_what_the_patient_takes():
    text = (
        "Médecin : Vous pouvez me dire ce qu'il prend ?\n"
        "Fils : Le Tahor 10 mg le soir et le Kardégic 75 mg le midi.\n"
        "Médecin : Le Kardégic, on l'arrête, il a saigné du nez.\n"
    )
    found = by_name(text)
    assert found["tahor"].status == "continued"
    assert found["tahor"].times_per_day == 1
    assert not found["kardégic"].prescribed


def test_a_posology_told_without_a_question_about_the_treatment_is_no_treatment():
    text = "Médecin : Vous avez mal où ?\nPatient : Mon voisin prend du Tahor 10 mg le soir pour ça.\n"
    assert not by_name(text)["tahor"].prescribed


@pytest.mark.parametrize(
    "said",
    ["il prend plus le Préviscan", "elle prend plus le Préviscan depuis l'hôpital", "il ne prend plus le Préviscan"],
)
def test_a_drug_the_patient_no_longer_takes_is_not_taken(said):
    assert not by_name(f"Aidant : {said}.\n")["préviscan"].prescribed


def test_a_carer_tells_what_the_patient_takes():
    text = "Aidante : elle a le Seroplex 10 le matin.\nMédecin : on continue les deux, le Seroplex et le Lasilix.\n"
    assert by_name(text)["seroplex"].status == "continued"


def test_a_decision_on_both_drugs_named_before():
    text = (
        "Patient : j'ai le Tahor et le Kardégic.\nMédecin : Tahor le soir et Kardégic le midi, on continue les deux.\n"
    )
    found = by_name(text)
    assert found["tahor"].status == "continued"
    assert found["kardégic"].status == "continued"


def test_a_drug_followed_by_aussi_shares_the_decision_before():
    text = (
        "Patient : je prends le Stilnox et le Lexomil.\n"
        "Médecin : le Stilnox on l'arrête et le Lexomil aussi, et à la place on commence la mélatonine.\n"
    )
    found = by_name(text)
    assert not found["stilnox"].prescribed
    assert not found["lexomil"].prescribed


def test_a_tag_question_checks_the_treatment():
    text = (
        "alors le bisoprolol vous prenez cinq milligrammes le matin c'est ça oui bon on monte le bisoprolol "
        "à dix milligrammes le matin"
    )
    assert by_name(text)["bisoprolol"].status == "modified"


def test_going_down_is_a_modification():
    text = "Patiente : je prends la metformine 1000 matin et soir.\nMédecin : la metformine, on descend à 500 mg.\n"
    found = by_name(text)["metformine"]
    assert found.status == "modified"
    assert found.dose == "500 mg"


@pytest.mark.parametrize("verb", ["a été arrêté", "est arrêté", "a été suspendu"])
def test_a_passive_stop_is_about_its_subject_and_the_replacement_is_taken(verb):
    text = f"Médecin : À la sortie, le Kardégic {verb} et remplacé par le Plavix 75 mg, un comprimé par jour.\n"
    found = by_name(text)
    assert not found["kardégic"].prescribed
    assert found["plavix"].prescribed
    assert found["plavix"].times_per_day == 1


@pytest.mark.parametrize(
    "said",
    ["Pas de changement pour le Tahor.", "Le Tahor, on ne touche à rien.", "Le Tahor, on reste à 20 mg le soir.",
     "Le Tahor, sans changement."],
)  # fmt: skip
def test_no_change_keeps_the_drug(said):
    found = by_name(f"Patient : je prends du Tahor.\nMédecin : {said}\n")
    assert found["tahor"].status == "continued"


def test_a_pause_then_a_resume_keeps_an_anticoagulant():
    text = "Médecin : Pour l'Eliquis, vous l'interrompez la veille de la coloscopie et vous le reprenez le soir même.\n"
    assert by_name(text)["eliquis"].prescribed


def test_a_stop_then_a_resume_later_stays_a_stop():
    text = "Médecin : Le Kardégic, on l'arrête et on le reprendra peut-être après l'opération.\n"
    assert not by_name(text)["kardégic"].prescribed


@pytest.mark.parametrize(
    "said",
    ["On fait le relais du Préviscan par l'Eliquis 5 mg matin et soir.",
     "On bascule du Préviscan vers l'Eliquis 5 mg matin et soir.",
     "Le Préviscan, vous pouvez le cesser, et vous commencez l'Eliquis 5 mg matin et soir."],
)  # fmt: skip
def test_an_anticoagulant_handed_over_is_stopped(said):
    found = by_name(f"Patient : je prends le Préviscan.\nMédecin : {said}\n")
    assert not found["préviscan"].prescribed
    assert found["eliquis"].prescribed
    assert found["eliquis"].times_per_day == 2


def test_an_opioid_weaned_is_stopped():
    found = by_name("Patient : je prends l'Oxycontin.\nMédecin : On va sevrer l'Oxycontin sur trois semaines.\n")
    assert not found["oxycontin"].prescribed


@pytest.mark.parametrize(
    "condition",
    ["et si ça ne suffit pas,", "si ce n'est pas suffisant,", "si pas d'amélioration dans trois jours,",
     "et si ça marche pas"],
)  # fmt: skip
def test_a_drug_planned_if_the_first_fails_is_not_prescribed(condition):
    text = f"Médecin : je vous mets du Doliprane 1 g trois fois par jour, {condition} vous prendrez de l'Ixprim.\n"
    found = by_name(text)
    assert found["doliprane"].prescribed
    assert not found["ixprim"].prescribed


def test_a_symptom_condition_still_prescribes():
    text = "Médecin : si vous n'arrivez pas à dormir, prenez un comprimé de Donormyl au coucher.\n"
    assert by_name(text)["donormyl"].prescribed


def test_hesitating_decides_nothing():
    text = "Médecin : j'hésite à vous donner du Lyrica, on en rediscutera la prochaine fois.\n"
    assert not by_name(text)["lyrica"].prescribed


def test_a_stop_at_the_end_of_a_discharge_list_is_only_the_last_drugs():
    text = (
        "Médecin : Votre traitement de sortie : Kardégic 75 mg un sachet le midi, bisoprolol 2,5 mg le matin, "
        "atorvastatine 40 mg le soir, et Lovenox, c'est terminé.\n"
    )
    found = by_name(text)
    assert not found["lovenox"].prescribed
    for name in ("kardégic", "bisoprolol", "atorvastatine"):
        assert found[name].prescribed and found[name].times_per_day == 1


def test_a_plural_stop_after_a_list_with_posology_stops_each():
    text = "Patient : j'ai le Xanax 0,25 le soir et le Stilnox 10 au coucher.\nMédecin : on les arrête tous les deux.\n"
    found = by_name(text)
    assert not found["xanax"].prescribed
    assert not found["stilnox"].prescribed


def test_a_stop_with_its_own_object_after_an_adverb_is_about_that_object():
    text = "Médecin : Pour le sevrage, Subutex 8 mg le matin, et on arrête complètement l'alcool bien sûr.\n"
    assert by_name(text)["subutex"].prescribed


def test_a_drug_paused_in_hospital_and_resumed_is_taken():
    text = "Médecin : Le Tahor était arrêté pendant l'hospitalisation, on le reprend à 20 mg le soir.\n"
    tahor = by_name(text)["tahor"]
    assert tahor.prescribed
    assert tahor.dose == "20 mg"


@pytest.mark.parametrize(
    "said",
    ["il a le Préviscan mais le cardiologue l'a arrêté le mois dernier",
     "il prenait du Préviscan, le cardiologue l'a arrêté", "le Préviscan, je l'ai arrêté"],
)  # fmt: skip
def test_a_stop_in_the_past_tense_stops_the_drug(said):
    assert not by_name(f"Aidant : {said}.\n")["préviscan"].prescribed


def test_to_renew_is_still_posology():
    found = by_name("Médecin : le Doliprane 1 g à renouveler si besoin, jusqu'à trois fois par jour.\n")
    assert found["doliprane"].prescribed


def test_a_drug_the_patient_stopped_is_taken_again_when_the_doctor_says_to_resume_it():
    text = (
        "Patiente : j'ai arrêté le Levothyrox il y a deux semaines.\n"
        "Médecin : Il faut le reprendre, 75 microgrammes le matin à jeun.\n"
    )
    found = by_name(text)["levothyrox"]
    assert found.prescribed
    assert found.times_per_day == 1


def test_a_resume_offered_for_later_leaves_an_anticoagulant_stopped():
    text = (
        "Médecin : Le Xarelto, on l'arrête avant l'opération.\n"
        "Médecin : Vous pourrez le reprendre quand le chirurgien le dira.\n"
    )
    assert not by_name(text)["xarelto"].prescribed
