"""ZenIA: the role of each clause by its grammar (a wish, the past job, neither) and what it weighs in the match:
a job told in order to leave it must not pull the métiers its words describe above those the person wishes."""

from __future__ import annotations

import numpy as np
import pytest

from communs.apps.orientation import lexical
from communs.apps.orientation.catalog import load_catalog
from communs.apps.orientation.clauses import OTHER, PAST, WISH, role, roles, wishes_to_transmit
from communs.apps.orientation.match import PAST_WORDS, query_text
from communs.apps.orientation.profile import Profile


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_tense_and_years_tell_the_past_a_wish_verb_the_future(catalog):
    assert role(catalog, "Charcutier pendant vingt ans") == PAST
    assert role(catalog, "J'ai été infirmière de nuit") == PAST
    assert role(catalog, "Je quitte la banque") == PAST
    assert role(catalog, "poissonnier depuis douze ans") == PAST
    assert role(catalog, "je tricote depuis douze ans") == OTHER  # a hobby: no métier named
    assert role(catalog, "je voudrais quitter la banque") == OTHER  # leaving says not where to go
    assert role(catalog, "je cherche un métier dehors") == WISH
    assert role(catalog, "ce que je préfère c'est réparer") == WISH
    assert role(catalog, "j'ai été caissière et j'aimerais devenir fleuriste") == WISH  # the wish wins
    assert role(catalog, "mes épaules lâchent") == OTHER
    assert roles(catalog, ["Je suis patiente", "je lis un plan"]) == [OTHER, OTHER]


def test_a_bare_wish_passes_to_what_follows(catalog):
    """« ce qui me plaît, c'est … »: the comma cuts the wish from its object."""
    assert roles(catalog, ["Ce qui me plaît", "c'est réparer des vélos"]) == [WISH, WISH]
    assert roles(catalog, ["le dimanche je restaure des meubles", "j'adore ça"]) == [WISH, WISH]


def test_spoken_negation_is_no_wish(catalog):
    """« je veux plus faire de vente » (no « ne »): a refusal."""
    assert role(catalog, "je veux plus faire de vente") == OTHER


def test_a_past_job_is_left_behind_only_for_a_wish(catalog):
    """With no wish said, the job told is what the person knows and may be where they go on."""
    assert roles(catalog, ["Charcutier pendant vingt ans", "je connais les viandes"]) == [OTHER, OTHER]
    assert roles(catalog, ["Charcutier pendant vingt ans", "je voudrais enseigner"]) == [PAST, WISH]
    going_on = roles(catalog, ["J'ai été serveur", "je voudrais rester dans la restauration"])
    assert going_on == [OTHER, WISH]  # a wish to go on in the same field keeps the past job in
    assert roles(catalog, ["Plâtrier pendant vingt ans", "je voudrais que mon expérience serve"])[0] == OTHER


def test_a_past_job_is_left_out_of_the_whole_query_when_something_else_is_said(catalog):
    said = ["Charcutier pendant vingt ans", "je voudrais travailler avec des chevaux"]
    profile = Profile(said=said)
    assert "Charcutier" not in query_text(catalog, profile, roles(catalog, said))
    alone = Profile(said=["Charcutier pendant vingt ans"])
    assert "Charcutier" in query_text(catalog, alone, roles(catalog, alone.said))


def test_a_past_jobs_words_weigh_less_in_bm25(catalog):
    said = ["Charcutier pendant vingt ans", "je voudrais soigner des chevaux"]
    even = lexical.scores(catalog, said)
    weighed = lexical.scores(catalog, said, [PAST_WORDS, 1.0])
    butcher = next(i for i, m in enumerate(catalog.metiers) if m.code == "D1101")  # Boucher / Bouchère
    assert weighed[butcher] < even[butcher]
    assert 17 in catalog.metiers[int(np.argmax(weighed))].interests  # a fiche of animals leads


def test_a_wish_to_pass_a_trade_on(catalog):
    assert wishes_to_transmit(["j'aimerais former des apprentis"])
    assert wishes_to_transmit(["je voudrais apprendre mon métier à des jeunes"])
    assert wishes_to_transmit(["transmettre ce que je sais"])
    assert not wishes_to_transmit(["j'aime les formes et les couleurs", "je me suis formé seul"])
