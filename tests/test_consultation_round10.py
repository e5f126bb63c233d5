"""Starclay's tenth round of error classes (issue 16), each with sentences written for these tests: a refusal whose
negated modal the parse leaves in the clause before the infinitive ("je ne vais pas | vous mettre de X")."""

from __future__ import annotations

from tests.consultation_helpers import by_name


def test_a_negated_modal_refuses_the_drug_after_its_infinitive():
    text = "Médecin : Je ne vais pas vous mettre de Tramadol, il rend vite dépendant.\n"
    assert not by_name(text)["tramadol"].prescribed
    text = "medecin: non je ne vais pas lui prescrire de tramadol ça rend dépendant\n"
    assert not by_name(text)["tramadol"].prescribed
    # the modal not negated: a prescription
    text = "Médecin : Je vais vous mettre du Tramadol 50 mg, un comprimé matin et soir.\n"
    assert by_name(text)["tramadol"].prescribed


def test_a_drug_left_out_after_et_pas():
    text = "Médecin : Je vous mets l'Augmentin et pas la Pyostacine, un comprimé matin et soir.\n"
    drugs = by_name(text)
    assert drugs["augmentin"].prescribed
    assert not drugs["pyostacine"].prescribed


def test_words_that_are_not_decisions():
    text = "Fils : Le médecin de garde avait parlé de Stilnox.\nMédecin : Non, pas de somnifère.\n"
    assert not by_name(text)["stilnox"].prescribed
    text = "Patiente : J'avais eu du Lyrica, ça m'a fait prendre huit kilos.\nMédecin : D'accord.\n"
    assert not by_name(text)["lyrica"].prescribed


def test_a_use_asked_about_denied_as_over():
    text = (
        "Médecin : Vous prenez toujours le Xarelto ?\n"
        "Patient : Non, c'est fini depuis le mois dernier.\n"
        "Médecin : Bien. Doliprane 1 g, trois fois par jour.\n"
    )
    assert not by_name(text)["xarelto"].prescribed


def test_a_relatives_own_treatment_said_in_the_first_person():
    text = (
        "Mère : Il tousse depuis hier. Moi je prends du Gaviscon pour mes brûlures, ça ne pose pas de souci ?\n"
        "Pédiatre : Non, vous pouvez continuer. Pour lui, Doliprane 150 mg trois fois par jour.\n"
    )
    drugs = by_name(text)
    assert not drugs["gaviscon"].prescribed
    assert drugs["doliprane"].prescribed
    # the patient's own "je prends" stays the patient's treatment
    text = "Patient : Je prends du Gaviscon le soir.\nMédecin : Vous pouvez continuer.\n"
    assert by_name(text)["gaviscon"].prescribed


def test_a_start_put_weeks_ahead_after_an_adverb():
    text = "Médecin : Je vous prescris le Cerazette, mais vous ne le commencerez que dans trois semaines.\n"
    assert not by_name(text)["cerazette"].prescribed
    text = "Médecin : Je vous prescris le Cerazette, vous le commencerez seulement dans un mois.\n"
    assert not by_name(text)["cerazette"].prescribed
    text = "Médecin : Je vous prescris le Cerazette, vous le commencerez dans deux jours.\n"
    assert by_name(text)["cerazette"].prescribed


def test_a_name_heard_as_several_short_words():
    text = "medecin: on continue la ntus vingt unités le soir et le bis so pro lol cinq le matin\n"
    drugs = by_name(text)
    assert drugs["lantus"].prescribed
    assert drugs["bisoprolol"].prescribed
    # ordinary words that glue into a name by chance are no drug
    text = "patiente: j'ai des douleurs et j'ai mal aux jambes\nmedecin: doliprane un gramme trois fois par jour\n"
    assert set(by_name(text)) == {"doliprane"}


def test_a_count_after_a_pronoun_is_not_a_plural():
    text = (
        "Médecin : On avait pensé au Xolair, mais je préfère le Dupixent 300 mg toutes les deux semaines.\n"
        "Patiente : D'accord.\n"
        "Médecin : Et votre inhalateur, vous le gardez, deux bouffées matin et soir.\n"
    )
    drugs = by_name(text)
    assert drugs["dupixent"].prescribed
    assert not drugs["xolair"].prescribed


def test_a_pronoun_does_not_name_a_drug_said_as_company():
    text = (
        "Patiente : Je prends la Cerazette.\n"
        "Médecin : Avec le Rifadine, la pilule ne marche plus, il faut l'arrêter et utiliser des préservatifs.\n"
    )
    assert not by_name(text)["cerazette"].prescribed
