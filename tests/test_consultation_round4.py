"""Starclay's fourth round of error classes (issue 16), each with sentences written for these tests: BDPM names that
carry a number, names cut into short words after an article, vaccines the ATC lexicon lacks, as-needed daily
maxima and single doses, the posology said with a stopped drug, and stop verbs that stop no drug (a goal, sick
leave, a condition for later, a past stop of something unnamed, « pas les deux »)."""

from __future__ import annotations

import pytest

from communs.apps.consultation.evaluate import counts_ceilings, lists_stopped, score, times_per_day
from communs.apps.consultation.extract import medications
from communs.apps.consultation.lexicon import lexicon
from tests.consultation_helpers import by_name, keys


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("Médecin : on fait le Gardasil 9 aujourd'hui.", "gardasil 9"),
        ("Médecin : on lui fait le prévenar treize dans la cuisse.", "prevenar 13"),  # the number said in words
    ],
)
def test_a_number_that_is_part_of_a_bdpm_name_is_the_product(said, key):
    assert keys(said) == [key]


def test_a_strength_in_a_name_stays_a_dose():
    # BDPM's "MODOPAR 125 (100 mg/25 mg)": the number is the strength, read by the posology
    assert keys("Médecin : le Modopar 125 matin midi et soir.") == ["modopar"]
    # a number of intakes after a name is no part of it
    assert keys("Médecin : le Prevenar vingt gouttes") == ["prevenar"]


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("Médecin : vous gardez la vento line au besoin.", "ventoline"),
        ("Médecin : je vous prescris du bucco lam si la crise dure.", "buccolam"),
        ("Médecin : et du spas fon lyoc si douleur.", "spasfon lyoc"),
    ],
)
def test_a_name_cut_into_short_words_after_an_article_is_one_drug(said, key):
    assert keys(said) == [key]


def test_ordinary_words_after_an_article_are_not_glued_into_a_drug():
    assert keys("Médecin : il faut voir le ciel la nuit, et la mine de crayon.") == []


def test_a_vaccine_the_atc_lexicon_lacks_is_known_from_bdpm_and_given_today():
    lex = lexicon()
    assert lex.drug("shingrix").vaccine and lex.drug("efluelda").vaccine and not lex.drug("doliprane").vaccine
    meds = by_name("Médecin : Aujourd'hui je vous fais le Shingrix dans le bras gauche.")
    assert meds["shingrix"].status == "new" and meds["shingrix"].single_dose


@pytest.mark.parametrize(
    ("said", "ceiling"),
    [
        ("Médecin : Doliprane 1 g si douleur, jusqu'à 4 fois par jour.", 4),
        ("Médecin : du Doliprane 1 g si douleur, pas plus de trois par jour.", 3),
        ("Médecin : Doliprane 1 g si fièvre, maximum trois fois par jour.", 3),
        ("Médecin : Doliprane 1 g, un comprimé le soir si besoin.", 1),
    ],
)
def test_an_as_needed_drug_keeps_its_daily_maximum_not_a_schedule(said, ceiling):
    doliprane = by_name(said)["doliprane"]
    assert doliprane.as_needed and doliprane.times_per_day is None and doliprane.max_per_day == ceiling
    assert times_per_day(doliprane, ceilings=True) == ceiling


def test_a_single_dose_is_one_intake_where_a_set_counts_it():
    monuril = by_name("Médecin : je vous prescris le Monuril 3 g, un sachet en une seule prise ce soir.")["monuril"]
    assert monuril.single_dose and monuril.times_per_day is None
    assert times_per_day(monuril, ceilings=False) is None and times_per_day(monuril, ceilings=True) == 1


def test_the_old_strength_said_instead_is_skipped():
    amlodipine = by_name("Médecin : on passe l'amlodipine à 5 mg, au lieu de 10 mg, un comprimé le matin.")[
        "amlodipine"
    ]
    assert amlodipine.dose == "5 mg" and amlodipine.times_per_day == 1


def test_a_check_every_six_months_is_not_the_schedule():
    text = "Médecin : la Cordarone 200 mg un comprimé par jour, on surveillera la thyroïde tous les six mois."
    assert by_name(text)["cordarone"].times_per_day == 1


def test_a_stopped_drug_keeps_the_strength_said_with_it():
    meds = by_name("Médecin : on arrête le furosémide 40 mg et vous continuez le ramipril 5 mg le matin.")
    assert meds["furosémide"].status == "stopped" and meds["furosémide"].dose == "40 mg"
    assert meds["ramipril"].status == "continued"


@pytest.mark.parametrize(
    "said",
    [
        # a goal
        "Médecin : je lui donne de l'ondansétron 4 mg maintenant pour arrêter les vomissements.",
        # sick leave: the patient is the object
        "Médecin : je vous mets de l'ondansétron 4 mg matin et soir. Et je vous arrête trois jours.",
        # a condition for later
        "Médecin : ondansétron 4 mg matin et soir. Il faudra avoir arrêté l'ondansétron avant l'examen.",
        # a past stop that names nothing (tobacco)
        "Médecin : je vous mets de l'ondansétron 4 mg matin et soir. Et le tabac ? Vous avez arrêté depuis un mois.",
        # not both together
        "Médecin : on arrête le Mopral et on prend l'ondansétron 4 mg le soir, il ne faut pas prendre les deux.",
        # a refusal about the noun after it
        "Médecin : je vous mets l'ondansétron 4 mg matin et soir, pas besoin de prise de sang.",
    ],
)
def test_stop_words_that_stop_no_drug(said):
    assert by_name(said)["ondansétron"].prescribed


def test_the_scorer_reads_each_sets_conventions():
    stopped_listed = {"x": {"medications": [{"names": ["a"], "status": "stopped", "times_per_day": None}]}}
    as_needed_max = {"x": {"medications": [{"names": ["a"], "status": "new", "as_needed": True, "times_per_day": 3}]}}
    assert lists_stopped(stopped_listed) and not lists_stopped(as_needed_max)
    assert counts_ceilings(as_needed_max) and not counts_ceilings(stopped_listed)
    meds = medications("Médecin : on arrête le furosémide 40 mg.")
    gold = {"medications": [{"names": ["furosémide"], "dose": "40 mg", "times_per_day": None, "status": "stopped"}]}
    assert score(meds, gold, stopped=True).tp == 1 and score(meds, gold).fn == 1
