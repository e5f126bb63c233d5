"""Starclay's seventh round of error classes (issue 16), each with sentences written for these tests: a drug the
patient stopped before today, a taper that ends in a stop, a question put off to a later visit, a clinician's stop
said back as "plus de …", a stop shared over a list, a self-correction, and recogniser names cut in short pieces."""

from __future__ import annotations

from communs.apps.consultation.evaluate import dose_matches
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
    text = "Médecin : On arrête le Seroplex aujourd'hui.\nPatient : Donc plus de Seroplex, c'est noté.\n"
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


def test_a_strength_said_before_a_count_of_units_is_one_unit_s():
    found = by_name("Médecin : le Zélitrex 500 mg, vous prendrez deux comprimés à la fois, matin et soir.\n")
    valtrex = found["zélitrex"]
    # the strength stays one unit's (the BDPM product, the daily checks), the amount at once is worked out
    assert valtrex.dose_value == (500.0, "mg") and valtrex.intake_value == (1000.0, "mg") and valtrex.cis
    found = by_name("Médecin : Efferalgan 500, deux comprimés trois fois par jour, on continue.\n")
    assert found["efferalgan"].intake_value == (1000.0, "mg") and found["efferalgan"].times_per_day == 3
    assert dose_matches(found["efferalgan"], "1 g", totals=True) and dose_matches(found["efferalgan"], "500 mg")
    # a strength then "donc" or "c'est" and the count: the strength is already the total
    found = by_name("Médecin : On monte le Furosémide à 80 mg le matin, donc deux comprimés de 40 mg.\n")
    assert found["furosémide"].dose == "80 mg" and found["furosémide"].intake_value is None
    found = by_name("Médecin : la prednisolone 40 mg le matin c'est deux comprimés d'un coup.\n")
    assert found["prednisolone"].dose == "40 mg" and found["prednisolone"].intake_value is None


def test_an_earlier_prescription_is_history_only_with_a_time_gone_by():
    text = (
        "Patient : l'hiver dernier mon médecin m'a donné de l'Orelox pour une angine.\n"
        "Médecin : D'accord, c'est terminé depuis.\n"
    )
    assert not by_name(text)["orelox"].prescribed and by_name(text)["orelox"].status != "stopped"
    text = (
        "Patient : mon médecin m'a donné de l'Orelox, je suis au deuxième jour.\n"
        "Médecin : On arrête l'Orelox, ce sont des plaques allergiques.\n"
    )
    assert by_name(text)["orelox"].status == "stopped"


def test_a_dose_instead_of_another_is_a_change_not_a_stop():
    text = "Médecin : On diminue le Thyrozol à 10 mg le matin.\nPatiente : 10 au lieu de 20, d'accord.\n"
    assert by_name(text)["thyrozol"].status == "modified"


def test_a_stop_asked_and_refused_keeps_the_drug():
    text = (
        "Patient : Le Zyloric 100 mg, un le matin. Je me demandais s'il fallait l'arrêter pendant la crise.\n"
        "Médecin : Non, surtout pas : on ne touche pas au Zyloric, vous continuez le matin.\n"
    )
    found = by_name(text)
    assert found["zyloric"].prescribed and found["zyloric"].status == "continued"


def test_a_stop_reaches_a_brand_named_with_its_form():
    found = by_name("Médecin : On arrête la Doxycycline et le gel Cutacnyl, et on commence la Curacné 20 mg le soir.\n")
    assert found["cutacnyl"].status == "stopped"
