"""Starclay's eleventh round of error classes, each with sentences written for these tests: a drug the patient takes
on their own that the clinician stops stays stopped when a read-back repeats it as a refusal; a stop verb followed
only by an adverb ("vous arrêtez tout de suite") is said of the drug named before."""

from __future__ import annotations

from tests.consultation_helpers import by_name


def test_a_self_medication_stopped_then_repeated_as_a_refusal_stays_stopped():
    text = (
        "Patient : Mon voisin m'a donné du Stilnox, j'en prends un le soir.\n"
        "Médecin : Le Stilnox de votre voisin, vous l'arrêtez.\n"
        "Patient : D'accord, donc plus de Stilnox.\n"
    )
    assert by_name(text)["stilnox"].status == "stopped"
    # a plain refusal of a drug the patient never took stays a refusal
    text = "Patient : Je pourrais avoir du Stilnox ?\nMédecin : Non, pas de Stilnox.\n"
    assert by_name(text)["stilnox"].status != "stopped"


def test_a_stop_verb_with_only_an_adverb_after_it():
    text = "Patient : J'achète de l'Imodium en pharmacie.\nMédecin : L'Imodium, vous arrêtez immédiatement.\n"
    assert by_name(text)["imodium"].status == "stopped"
    text = "Patient : J'achète de l'Imodium en pharmacie.\nMédecin : L'Imodium, vous arrêtez tout de suite.\n"
    assert by_name(text)["imodium"].status == "stopped"

