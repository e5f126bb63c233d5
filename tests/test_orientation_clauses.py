"""ZenIA's clauses (rules, no model): what a list, a parenthesis or « ni » denies, and the clauses that tell the
person's situation (home, hours free, licence, own family) rather than what they like, left out of e5 and BM25."""

from __future__ import annotations

import pytest

from communs.apps.orientation.catalog import load_catalog
from communs.apps.orientation.profile import extract_rules

COMMERCE, CONTACT, BUILDING, DRIVING, CARE = 3, 4, 1, 19, 22


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def profile_of(catalog, *texts: str):
    return extract_rules(catalog, list(texts))


def test_a_denied_list_goes_on_after_its_commas_and_ni(catalog):
    """« pas de X, de Y ni de Z » denies all three; « ni » denies alone."""
    profile = profile_of(catalog, "Pas de bureau, de clients ni de vente. J'aime trier.")
    assert COMMERCE not in profile.interests and COMMERCE in profile.disliked
    assert CONTACT not in profile.interests
    assert COMMERCE in profile_of(catalog, "Ni la vente ni la compta.").disliked


def test_a_parenthesis_stays_one_clause(catalog):
    """A list in brackets refused after it (« (…, …) c'est pas possible ») is refused whole."""
    profile = profile_of(catalog, "Les métiers de la route (conduire, livrer, attendre) c'est non pour moi.")
    assert DRIVING not in profile.interests and DRIVING in profile.disliked


def test_a_home_is_no_building(catalog):
    """« depuis la maison », « ma maison »: where the person is, not a wish to build."""
    assert BUILDING not in profile_of(catalog, "Je voudrais travailler depuis la maison.").interests
    assert BUILDING not in profile_of(catalog, "Je range ma maison tous les jours.").interests
    assert BUILDING in profile_of(catalog, "J'ai refait toute ma maison moi-même.").interests


def test_staying_in_a_field_is_a_wish_not_a_place(catalog):
    """« rester dans le social » says the field wished; « rester dans ma région » is a place."""
    assert "je voudrais rester dans le social" in profile_of(catalog, "Mais je voudrais rester dans le social.").said
    assert not profile_of(catalog, "J'aime la mer. Je veux rester dans ma région.").said[1:]


def test_hours_licence_and_family_are_situation_not_likings(catalog):
    """The hours the person is free, their licence and their own children are no words to match a métier on."""
    profile = profile_of(
        catalog, "Je suis papa de trois enfants. Je suis libre le soir uniquement. J'ai le permis B. J'aime le bois."
    )
    assert not any("enfant" in clause or "soir" in clause or "permis" in clause for clause in profile.said)
    kept = profile_of(catalog, "Je garde mes deux enfants et je répare des vélos")
    assert kept.said and "vélos" in kept.said[0] and "enfants" not in kept.said[0]


def test_hours_are_kept_when_the_person_says_nothing_else(catalog):
    """A message that only tells the hours wished still gives something to match on."""
    assert profile_of(catalog, "Je voudrais travailler la nuit, ça me va très bien.").said


def test_school_hours_also_say_where_such_hours_are_worked(catalog):
    """« pendant les heures d'école » is a limit of hours that also points to the jobs of a school: kept for e5."""
    profile = profile_of(catalog, "Je ne peux travailler que pendant les heures d'école. J'aime le bois.")
    assert any("école" in clause for clause in profile.said) and profile.days_only
