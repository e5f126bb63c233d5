"""The shared text toolkit (communs.nlp): folding, French numbers in words, validated dates."""

from __future__ import annotations

from datetime import date

import pytest

from communs.nlp.dates import find_dates, parse_date, valid_date
from communs.nlp.numbers import leading_number, parse_number, words_value
from communs.nlp.text import fold, fold_same_length


def test_fold_removes_accents_spells_ligatures_and_lowers():
    assert fold("Œuvre d’ÉTÉ à Noël") == "oeuvre d'ete a noel"
    assert fold("Cæsar, Straße") == "caesar, strasse"
    assert fold("5 µg puis 10 μg") == "5 ug puis 10 ug"  # micro sign and Greek mu: the micro prefix
    assert fold("ﬁche n° 2 m²") == "fiche n° 2 m2"  # compatibility forms unfolded (NFKD)
    assert fold("Écrit À LA MAIN", lower=False) == "Ecrit A LA MAIN"
    assert fold("plain ascii `quote`") == "plain ascii 'quote'"


def test_fold_same_length_keeps_every_offset():
    for text in ("Œuvre d’ÉTÉ à Noël, 5 µg", "l’État", "ﬁn ½ heure", "Çà et là"):
        folded = fold_same_length(text)
        assert len(folded) == len(text)
    assert fold_same_length("l’État Français") == "l'etat francais"
    text = "Le Préfet d’Île-de-France"
    start = fold_same_length(text).index("ile-de-france")
    assert text[start:] == "Île-de-France"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("cinquante", 50),
        ("vingt et un", 21),
        ("vingt-et-un", 21),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("quatre-vingt-dix", 90),
        ("quatre-vingt-dix-neuf", 99),
        ("Quatre-Vingts", 80),
        ("deux cent cinquante", 250),
        ("mille deux cents", 1200),
        ("deux mille vingt-quatre", 2024),
        ("un demi", 0.5),
        ("une demie", 0.5),
        ("trois et demi", 3.5),
        ("deux virgule cinq", 2.5),
        ("zéro virgule zéro cinq", 0.05),
        ("zero virgule cent vingt-cinq", 0.125),
        ("0,125", 0.125),
        ("2.5", 2.5),
        ("1 234,5", 1234.5),
        ("50 000", 50000),
        ("21", 21),
    ],
)
def test_numbers_in_words_and_digits(said, value):
    assert parse_number(said) == value


def test_what_is_not_one_number_is_none():
    for text in ("deux trois", "vingt et", "et un", "bonjour", "", "deux demi", "virgule cinq"):
        assert parse_number(text) is None, text
    assert words_value(["deux", "trois"]) is None and words_value(["soixante", "et", "onze"]) == 71
    assert leading_number("vingt et un jours".split()) == (21, 3)
    assert leading_number("deux trois comprimés".split()) == (2, 1)
    assert leading_number(["et", "un"]) is None


def test_impossible_dates_are_rejected():
    assert not valid_date(2024, 2, 31) and not valid_date(2024, 2, 30) and not valid_date(2023, 2, 29)
    assert valid_date(2024, 2, 29) and not valid_date(2024, 4, 31) and not valid_date(2024, 13, 1)
    for text in ("31 février 2024", "30 février 2024", "le 29 février 2023", "31/04/2024", "29/02/23"):
        assert parse_date(text) is None, text
        assert find_dates(text) == [], text


def test_french_dates_written_in_figures_or_words():
    assert parse_date("le 29 février 2024") == date(2024, 2, 29)
    assert parse_date("le 1er avril", default_year=2025) == date(2025, 4, 1)
    assert parse_date("le trente et un décembre deux mille vingt-trois") == date(2023, 12, 31)
    assert parse_date("le vingt et un mars 2024") == date(2024, 3, 21)
    assert parse_date("03/03/24") == date(2024, 3, 3)
    assert parse_date("du 3 mars 2024 au 4 mars 2024") is None  # two dates: not one
    assert parse_date("le 14 mars") is None  # no year, none given
