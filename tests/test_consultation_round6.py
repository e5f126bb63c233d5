"""Starclay's sixth round of error classes (issue 16), each with sentences written for these tests: a run-on
unpunctuated transcript cut into utterances, the last intake and a stop said as a noun, a past wish to switch, a
recap, a trial put off, a change said with its dose, and a clinician's stop the patient says back."""

from __future__ import annotations

from communs.apps.consultation.mentions import sentences
from tests.consultation_helpers import by_name

FILLER = "on en a parlé la semaine dernière et vous dormez mieux je crois et le moral tient le coup "


def test_a_run_on_line_is_cut_into_utterances():
    line = "bonjour monsieur " + FILLER * 8 + "d'accord alors on continue comme ça"
    said = sentences(line)
    assert len(said) > 1
    assert said[-1].text.startswith("alors") or said[-1].text.startswith("d'accord")
    assert len(sentences("bonjour monsieur d'accord alors on continue")) == 1  # short: one utterance


def test_a_run_on_line_keeps_a_continued_drug_and_a_stopped_one_apart():
    line = (
        "bonjour madame "
        + FILLER * 6
        + "bon vous prenez toujours le bisoprolol cinq milligrammes le matin oui le matin "
        "très bien le bisoprolol on le garde cinq milligrammes le matin "
        "et le stilnox vous le prenez toujours oui un le soir "
        "alors le stilnox on l'arrête complètement il fait tomber la nuit "
        "d'accord donc plus de stilnox"
    )
    found = by_name(line)
    assert found["bisoprolol"].prescribed and found["bisoprolol"].status == "continued"
    assert not found["stilnox"].prescribed and found["stilnox"].status == "stopped"


def test_a_pronoun_does_not_reach_the_object_of_another_verb():
    text = (
        "Médecin : le Plavix, c'est fini depuis un an.\n"
        "Médecin : on peut l'arrêter vous gardez seulement le Kardégic 75 le matin\n"
    )
    assert by_name(text)["kardégic"].prescribed


def test_the_last_intake_ends_the_drug_named_after_it():
    text = (
        "Médecin : on change d'anticoagulant.\n"
        "Médecin : vous prenez la dernière Coumadine ce soir et vous commencez le Xarelto 20 mg demain soir.\n"
    )
    found = by_name(text)
    assert not found["coumadine"].prescribed
    assert found["xarelto"].prescribed
    # "la dernière fois" is about no drug
    text = "Médecin : vous continuez le Xarelto 20 mg le soir.\nPatient : la dernière fois j'ai saigné du nez.\n"
    assert by_name(text)["xarelto"].prescribed


def test_a_stop_said_as_a_noun_in_a_recap():
    text = (
        "Médecin : on arrête le Januvia et on passe au Trulicity 1,5 mg une fois par semaine.\n"
        "Infirmière : je reprends : arrêt du Januvia, Trulicity 1,5 mg une fois par semaine.\n"
    )
    found = by_name(text)
    assert found["januvia"].status == "stopped"
    assert found["trulicity"].prescribed
    # "un arrêt de travail" stops no drug
    text = "Médecin : Doliprane 1 g trois fois par jour.\nMédecin : je vous fais un arrêt de cinq jours.\n"
    assert by_name(text)["doliprane"].prescribed


def test_a_past_wish_to_switch_is_not_a_prescription():
    text = (
        "Patient : le cardiologue voulait me passer au Xarelto.\n"
        "Médecin : vous êtes bien équilibré, on garde le Sintrom un comprimé le soir.\n"
    )
    found = by_name(text)
    assert not found["xarelto"].prescribed
    assert found["sintrom"].prescribed


def test_a_trial_put_off_is_a_plan():
    text = (
        "Médecin : je vous prescris l'amlodipine 5 mg le matin.\n"
        "Médecin : si elle vous fait gonfler les chevilles, on pourrait alors essayer le Loxen par exemple.\n"
    )
    found = by_name(text)
    assert found["amlodipine"].prescribed
    assert not found["loxen"].prescribed


def test_a_change_said_with_its_new_dose():
    text = "Médecin : le Deroxat vous êtes à vingt milligrammes on va monter à trente milligrammes le matin\n"
    found = by_name(text)
    assert found["deroxat"].status == "modified"
    # "ça fait baisser la tension" is the drug's effect, not a change
    text = "Médecin : je vous prescris le ramipril 5 mg le matin. Ça fait baisser la tension.\n"
    assert by_name(text)["ramipril"].status == "new"


def test_the_patient_saying_back_a_stop_does_not_make_it_a_refusal():
    text = (
        "Médecin : on remplace le Stilnox par la mélatonine 2 mg le soir.\nPatient : d'accord, le Stilnox j'arrête.\n"
    )
    assert by_name(text)["stilnox"].status == "stopped"
    text = "Médecin : je vous propose le Stilnox le soir.\nPatient : non, je n'en veux pas.\n"
    assert by_name(text)["stilnox"].status == "refused"
