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


def test_a_long_name_said_as_common_words_after_an_article():
    # pieces glued one letter from a BDPM name (a consonant voiced, lost or added, a first letter misheard)
    text = "medecin: on passe au carte en ciel cinq milligrammes le matin\n"
    assert "cardensiel" in by_name(text)
    text = "medecin: je vous mets de la jar diane dix milligrammes un comprimé le matin\n"
    assert "jardiance" in by_name(text)
    text = "medecin: je vous mets du céto derme crème une fois par jour pendant trois semaines\n"
    assert "ketoderm" in by_name(text)
    # a piece's silent final e is silent in the name too
    text = "medecin: je vous mets du gavisse con un sachet après chaque repas\n"
    assert "gaviscon" in by_name(text)
    # ordinary words after an article stay words
    text = "Médecin : la carte vitale et le mal au ventre, on en reparle après la tension.\n"
    assert by_name(text) == {}


def test_a_device_or_patch_placed_in_the_office_is_new():
    text = "Médecin : Le Jaydess vous conviendra. On vous le pose tout à l'heure, il tient trois ans.\n"
    assert by_name(text)["jaydess"].status == "new"
    # "ça ne pose pas de problème": no device placed
    text = "Patiente : je mets du Dexeryl sur les mains, ça pose pas de souci ?\nMédecin : Aucun.\n"
    assert by_name(text).get("dexeryl") is None or by_name(text)["dexeryl"].status != "new"
