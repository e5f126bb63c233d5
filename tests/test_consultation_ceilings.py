"""Starclay's daily counts (issue 16, round 8), with sentences written for these tests: a ceiling said in any of
French's ways is an as-needed maximum, a read-back that counts nothing keeps the count said before, and a
strength, a meal or a single intake said with a moment give the day's count.
"""

from __future__ import annotations

import pytest

from communs.apps.consultation.mentions import sentences
from communs.apps.consultation.posology import read_posology
from tests.consultation_helpers import by_name


def posology(text: str):
    sentence = sentences(text)[0]
    return read_posology(sentence.tokens, 0, len(sentence.tokens), sentence.text, sentence.start)


@pytest.mark.parametrize(
    ("said", "ceiling"),
    [("si besoin, quatre fois maximum", 4), ("deux par jour au maximum", 2), ("jusqu'à cinq sachets par jour", 5),
     ("si ça gratte, trois pastilles maximum par jour", 3), ("une gomme quand l'envie vient, jusqu'à huit gommes par "
     "jour maximum", 8), ("un comprimé si brûlures, pas plus de deux par jour", 2), ("jamais plus d'un par nuit", 1)],
)  # fmt: skip
def test_a_ceiling_is_an_as_needed_maximum(said, ceiling):
    p = posology(f"Médecin : {said}.")
    assert p.as_needed and p.max_per_day == ceiling and p.times_per_day is None


@pytest.mark.parametrize(
    ("said", "count"),
    [("un le matin un le soir", 2), ("un comprimé matin midi et soir", 3), ("toutes les six heures", 4),
     ("deux fois dans la journée", 2), ("cent milligrammes par jour", 1), ("quarante milligrammes en une prise le soir",
     1), ("un sachet vingt minutes avant les trois repas", 3), ("trente milligrammes par jour en trois prises", 3),
     ("deux gélules de deux cent cinquante deux fois par jour", 2)],
)  # fmt: skip
def test_a_daily_count_said_in_any_form(said, count):
    p = posology(f"Médecin : {said}.")
    assert p.times_per_day == count and not p.as_needed


def test_every_other_day_and_a_daily_total_count_no_intakes():
    assert posology("Médecin : un comprimé un jour sur deux.").times_per_day is None
    assert posology("Médecin : deux comprimés le matin, soit un gramme par jour.").times_per_day == 1


def test_a_read_back_that_counts_nothing_keeps_the_ceiling():
    found = by_name(
        "Médecin : Pour les crampes je vous mets du Débridat, un comprimé si douleur, jusqu'à trois fois par jour.\n"
        "Patiente : Donc le Débridat si j'ai mal.\n"
    )
    assert found["débridat"].as_needed and found["débridat"].max_per_day == 3


def test_a_read_back_that_counts_nothing_keeps_the_schedule():
    found = by_name(
        "Médecin : Je vous prescris du Motilium, un comprimé trois fois par jour avant les repas.\n"
        "Patient : Le Motilium trois fois, d'accord.\n"
    )
    assert found["motilium"].times_per_day == 3 and not found["motilium"].as_needed


def test_a_new_schedule_said_later_still_replaces_the_old_one():
    found = by_name(
        "Médecin : Vous prenez le Mopral deux fois par jour ?\n"
        "Patient : Oui matin et soir.\n"
        "Médecin : On passe à une fois par jour, le matin.\n"
    )
    assert found["mopral"].times_per_day == 1


def test_a_count_said_next_in_the_same_turn_is_the_drug_just_decided():
    found = by_name("Médecin : Le Plavix 75 mg, vous le continuez, c'est à vie. Un comprimé par jour, au dîner.\n")
    assert found["plavix"].times_per_day == 1 and found["plavix"].status == "continued"


def test_a_condition_of_another_verb_leaves_the_schedule():
    found = by_name(
        "Médecin : on continue le Uvedose une ampoule par jour pendant trois jours vous rappelez si la fièvre monte\n"
    )
    assert not found["uvedose"].as_needed
    found = by_name("Médecin : je vous mets du Spasfon un comprimé si besoin, et vous m'appelez si ça ne passe pas\n")
    assert found["spasfon"].as_needed
