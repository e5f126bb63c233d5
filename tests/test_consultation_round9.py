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
