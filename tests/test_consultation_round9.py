"""Starclay's ninth round of error classes (issue 16), each with sentences written for these tests: a use asked about
and denied, another person's treatment, a drug kept in reserve, a start put weeks ahead, a start under the
speaker's own "si", a goal for a later visit, "non, pas le X", permission asked by the patient's side, and a drug
that is the subject of the next clause."""

from __future__ import annotations

from tests.consultation_helpers import by_name


def test_a_use_asked_about_and_denied_is_not_taken():
    text = "— Vous prenez du Plavix en ce moment ?\n— Non, jamais.\n— Bien. Amoxicilline 1 g matin et soir.\n"
    assert not by_name(text)["plavix"].prescribed
    # a "non" that corrects the schedule keeps the use
    text = "Médecin : Vous prenez le Kardégic le matin ?\nPatient : Non, le soir.\nMédecin : On continue.\n"
    assert by_name(text)["kardégic"].prescribed


def test_another_persons_treatment_is_not_kept():
    text = (
        "Patient : Mon frère prend du Tanakan pour la mémoire, ça m'aiderait ?\n"
        "Médecin : Ce n'est pas prouvé, on ne change pas.\n"
    )
    assert not by_name(text)["tanakan"].prescribed


def test_a_drug_kept_in_reserve_is_a_plan():
    text = "Médecin : Le Lyrica, on le garde en réserve si les douleurs reviennent.\n"
    assert not by_name(text)["lyrica"].prescribed


def test_a_start_put_weeks_ahead_is_a_plan():
    text = "Médecin : Ensuite du Prolia, une injection, à commencer dans trois mois après le bilan dentaire.\n"
    assert not by_name(text)["prolia"].prescribed
    # a start in days is part of today's prescription
    text = "Médecin : Je vous prescris du Lévothyrox 25, un comprimé le matin, à commencer dans deux jours.\n"
    assert by_name(text)["lévothyrox"].prescribed


def test_a_start_under_the_speakers_own_if_is_a_plan():
    text = "Médecin : si on commence la Ritaline ce sera après les vacances pas maintenant\n"
    assert not by_name(text)["ritaline"].prescribed


def test_a_goal_for_a_later_visit_decides_nothing():
    text = (
        "Médecin : le Coversyl vous l'arrêtez tant que la tension est basse\n"
        "Médecin : vous revoyez votre médecin dans une semaine pour reprendre le Coversyl\n"
    )
    assert by_name(text)["coversyl"].status == "stopped"


def test_no_not_this_one_refuses_it():
    text = (
        "Patient : mon mari m'a proposé son Stilnox\n"
        "Médecin : non pas le Stilnox de votre mari vous prenez de la mélatonine le soir\n"
    )
    assert not by_name(text)["stilnox"].prescribed


def test_permission_asked_by_the_patients_side_then_granted_is_new():
    text = "Mère : elle peut prendre du Doliprane\nMédecin : oui Doliprane un sachet trois fois par jour si fièvre\n"
    assert by_name(text)["doliprane"].status == "new"


def test_a_drug_that_is_the_subject_of_the_next_clause_keeps_its_own_decision():
    text = (
        "Médecin : je vous mets du Spasfon deux comprimés trois fois par jour\n"
        "Médecin : on arrête le Débridat le Spasfon suffit\n"
    )
    found = by_name(text)
    assert found["spasfon"].status == "new" and found["débridat"].status != "new"


def test_a_refusal_said_with_a_drug_is_about_what_goes_with_it():
    text = (
        "Médecin : on garde l'Eliquis 5 mg matin et soir\n"
        "Patient : et l'Advil pour mon genou\n"
        "Médecin : non surtout pas avec l'Eliquis les anti-inflammatoires c'est à éviter\n"
    )
    found = by_name(text)
    assert found["eliquis"].prescribed and not found["advil"].prescribed


def test_a_stop_verb_after_qui_is_an_effect():
    text = "Médecin : On ajoute un médicament qui retire le sel, le Lasilix 40 mg, un comprimé le matin.\n"
    assert by_name(text)["lasilix"].status == "new"


def test_a_rhythm_is_no_replacement():
    text = "Médecin : Durogesic 25, vous changez le patch tous les trois jours, par la suite une fois par semaine.\n"
    assert by_name(text)["durogesic"].prescribed
    text = "Médecin : Oesclim 25, un patch que vous changez deux fois par semaine.\n"
    assert by_name(text)["oesclim"].prescribed


def test_a_stop_at_the_end_of_a_course_is_no_stop():
    text = (
        "Médecin : Je vous prescris du Solupred 20 mg, un comprimé le matin.\n"
        "Médecin : On arrête le Solupred après dix jours.\n"
    )
    assert by_name(text)["solupred"].status == "new"


def test_pas_sur_with_an_article_is_a_place():
    text = "Médecin : Je vous mets du Diprosone, une application le soir, pas sur le visage.\n"
    assert by_name(text)["diprosone"].prescribed


def test_another_product_takes_the_focus():
    text = (
        "Médecin : On garde le Crestor 10 mg le soir.\n"
        "Patient : J'ai aussi acheté de la levure de riz rouge.\n"
        "Médecin : Alors ça, vous arrêtez, c'est inutile.\n"
    )
    assert by_name(text)["crestor"].status == "continued"


def test_the_answer_to_an_if_question_holds_under_it():
    text = (
        "Médecin : Colchicine 1 mg, un comprimé par jour pendant une semaine.\n"
        "Patient : Et si j'ai la diarrhée ?\n"
        "Médecin : Alors vous arrêtez la colchicine et vous m'appelez.\n"
    )
    assert by_name(text)["colchicine"].status == "new"


def test_own_use_stopped_in_words_is_stopped_a_past_course_over_is_not():
    text = "Patient : je prends de l'Advil que j'ai acheté\nMédecin : on arrête l'Advil avec vos reins\n"
    assert by_name(text)["advil"].status == "stopped"
    text = "Patient : j'avais pris du Monuril le mois dernier\nMédecin : c'est terminé ça\n"
    assert by_name(text)["monuril"].status == "discussed"


def test_a_name_cut_in_words_said_with_its_strength():
    text = "Médecin : je vous mets du rêne vela huit cents un comprimé à chaque repas\n"
    assert "renvela" in by_name(text)
    # no strength of that drug, no name
    text = "Médecin : je vous mets du rêne vela trois un comprimé à chaque repas\n"
    assert "renvela" not in by_name(text)


def test_a_change_then_the_new_posology_is_a_change():
    text = "Médecin : il faut adapter le Xarelto vous prenez quinze milligrammes le soir\n"
    assert by_name(text)["xarelto"].status == "modified"


def test_an_analgesic_advised_with_no_posology_is_not_prescribed():
    text = "Médecin : pour la douleur prenez plutôt du paracétamol\n"
    assert not by_name(text)["paracétamol"].prescribed
    text = "Médecin : paracétamol 1 g jusqu'à trois fois par jour si douleur\n"
    assert by_name(text)["paracétamol"].status == "new"


def test_keeping_said_in_other_words_is_continued():
    text = "Patient : je prends le Crestor 10 mg.\nMédecin : Crestor 10 mg le soir, aucun changement.\n"
    assert by_name(text)["crestor"].status == "continued"
    text = "Médecin : Le Zyrtec, oui, tu continues, un comprimé le soir.\n"
    assert by_name(text)["zyrtec"].status == "continued"
    text = "Fille : et son Inexium\nMédecin : l'Inexium vingt le matin elle continue\n"
    assert by_name(text)["inexium"].status == "continued"


def test_a_moment_said_before_a_list_is_each_drugs_schedule():
    text = "Fils : le soir il a le Crestor dix et le Seroplex dix\nMédecin : on garde tout\n"
    found = by_name(text)
    assert found["crestor"].times_per_day == 1 and found["seroplex"].times_per_day == 1


def test_what_is_taken_told_then_changed_is_modified():
    text = "médecin : vous prenez le Deroxat vingt le matin\nmédecin : on va monter à trente milligrammes le matin\n"
    assert by_name(text)["deroxat"].status == "modified"
    # prescribed with a verb of prescribing, then corrected, it stays new
    text = "Médecin : Je vous mets du Deroxat 20 mg le matin.\nMédecin : Non, finalement on passe à 10 mg le matin.\n"
    assert by_name(text)["deroxat"].status == "new"


def test_an_infinitive_in_re_changes_a_dose():
    text = "Médecin : On peut réduire le Crestor de 20 à 10 mg, un comprimé le soir.\n"
    assert by_name(text)["crestor"].status == "modified"


def test_starting_to_lower_is_a_change():
    text = "Patient : je prends le Lexomil trois fois par jour\nMédecin : on commence à diminuer le Lexomil\n"
    assert by_name(text)["lexomil"].status == "modified"


def test_a_dose_switch_then_kept_stays_a_change():
    text = (
        "Médecin : vous êtes toujours à vingt milligrammes de Subutex\n"
        "Médecin : on passe à seize milligrammes de Subutex le matin\n"
        "Médecin : pour le reste on reste sur le Subutex\n"
    )
    assert by_name(text)["subutex"].status == "modified"


def test_a_decimal_said_without_its_comma():
    from communs.apps.consultation.normalize import tokens
    from communs.apps.consultation.numbers import read_number

    assert read_number(tokens("zéro cinq milligramme"), 0) == (0.5, 2)
    assert read_number(tokens("zéro vingt-cinq"), 0) == (0.25, 3)
    assert read_number(tokens("zéro un comprimé"), 0) == (0.0, 1)  # "un" is the article of what follows


def test_the_scorer_reads_a_patchs_rate_as_its_strength():
    from communs.apps.consultation.evaluate import _gold_dose

    assert _gold_dose("75 µg/h") == [(75.0, "µg")]
    assert _gold_dose("14 mg/24 h") == [(14.0, "mg")]
    assert _gold_dose("49 mg/51 mg") == [(49.0, "mg"), (51.0, "mg")]


def test_an_as_needed_single_dose_counts_one_intake():
    from communs.apps.consultation.evaluate import times_per_day

    text = "Médecin : si vous avez une mycose vous prenez une gélule de Triflucan 150 en une fois\n"
    found = by_name(text)["triflucan"]
    assert found.as_needed and found.single_dose and times_per_day(found, ceilings=True) == 1
