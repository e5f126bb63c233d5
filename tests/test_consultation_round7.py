"""Starclay's seventh round of error classes (issue 16), each with sentences written for these tests: a drug the
patient stopped before today, a taper that ends in a stop, a question put off to a later visit, a clinician's stop
said back as "plus de …", a stop shared over a list, a self-correction, and recogniser names cut in short pieces."""

from __future__ import annotations

from tests.consultation_helpers import by_name, keys


def test_a_drug_stopped_before_today_is_not_taken():
    text = (
        "Fille : et pour le dos elle prend du tramadol que son ancien médecin lui avait donné\n"
        "Médecin : elle en prend encore\n"
        "Fille : non elle l'a arrêté d'elle-même il y a trois mois\n"
        "Médecin : bien on ne le remet pas\n"
    )
    found = by_name(text)
    assert not found["tramadol"].prescribed and found["tramadol"].status == "discussed"


def test_a_drug_stopped_by_someone_else_is_history():
    text = "Patient : le Lexomil, le psychiatre me l'a arrêté l'an dernier.\nMédecin : Très bien, on n'y touche plus.\n"
    assert not by_name(text)["lexomil"].prescribed
    # taken up again by the clinician today, it is prescribed
    text = "Patient : le Lexomil, on me l'a arrêté en mars.\nMédecin : On le reprend, un demi le soir.\n"
    assert by_name(text)["lexomil"].prescribed


def test_a_taper_that_ends_in_a_stop_is_a_stop():
    text = (
        "Médecin : L'Avlocardyl 40, on l'arrête : un comprimé par jour pendant une semaine, puis plus rien.\n"
        "Patient : Entendu, je baisse puis j'arrête l'Avlocardyl.\n"
    )
    assert by_name(text)["avlocardyl"].status == "stopped"
    # the end of a course after a duration is no stop
    text = "Médecin : Amoxicilline 1 g, matin et soir pendant sept jours, puis on arrête.\n"
    assert by_name(text)["amoxicilline"].status == "new"


def test_a_question_for_a_later_visit_decides_nothing():
    text = (
        "Mère : et le sirop Hélicidine qu'on a à la maison je lui en donne\n"
        "Médecin : on en reparle au prochain rendez-vous pour voir si on peut baisser les doses\n"
    )
    assert not by_name(text)["hélicidine"].prescribed


def test_a_clinician_stop_said_back_as_no_more_stays_a_stop():
    text = (
        "Médecin : On arrête le Seroplex aujourd'hui.\n"
        "Patient : Donc plus de Seroplex, c'est noté.\n"
    )
    found = by_name(text)
    assert found["seroplex"].status == "stopped" and not found["seroplex"].prescribed


def test_a_stop_is_shared_over_a_list_that_the_pronoun_refuses_again():
    text = "Médecin : on arrête le Bactrim et le Rovalcyte vous n'en prenez plus dès ce soir\n"
    found = by_name(text)
    assert found["bactrim"].status == "stopped" and found["rovalcyte"].status == "stopped"
    # a stop said as a noun reaches "du A et du B", not the next item of a read-back
    text = "Médecin : je note : arrêt du Crestor, Kardégic 75 le midi inchangé.\n"
    found = by_name(text)
    assert found["crestor"].status == "stopped" and found["kardégic"].prescribed


def test_a_self_correction_takes_the_earlier_decision_back():
    text = "Médecin : Le Glucophage 1000, on l'arrête… non, pardon, on le diminue : 500 mg matin et soir.\n"
    found = by_name(text)
    assert found["glucophage"].status == "modified" and found["glucophage"].prescribed


def test_a_past_intake_with_its_own_object_is_not_the_drug_s():
    text = (
        "Médecin : la Cortancyl on l'arrête maintenant donc plus de Cortancyl à partir de demain\n"
        "Patient : tant mieux j'ai pris du poids avec\n"
    )
    assert by_name(text)["cortancyl"].status == "stopped"


def test_five_letter_names_cut_in_two_after_an_article():
    assert "fiasp" in keys("Médecin : je vous mets la fi asp avant chaque repas")
    assert "zymad" in keys("Médecin : une ampoule de zy mad aujourd'hui")
    # a short name's first piece glued to the next word spells another name
    assert "solupred" in keys("Médecin : une cure de solu prède vingt milligrammes pendant cinq jours")
