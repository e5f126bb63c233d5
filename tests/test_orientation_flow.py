"""ZenIA's conversation flow on the real shipped catalogue, without models: the next question chosen from what
the profile lacks and what splits the candidates, the answers that update the profile turn after turn, and the
formation filters."""

from __future__ import annotations

import pytest

from communs.apps.orientation.catalog import load_catalog
from communs.apps.orientation.filters import Filters, make_filters
from communs.apps.orientation.match import Card, fitting_formations, out_of_reach
from communs.apps.orientation.profile import extract_rules
from communs.apps.orientation.question import TEXTS, asked_slots, entropy, gain, next_question
from communs.errors import InvalidRequestError

DRIVING = ["N4101", "N4105"]  # poids lourd, conducteur-livreur
CARE = ["J1506", "K1302", "A1501"]  # infirmier, assistant de vie, auxiliaire vétérinaire


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def cards(catalog, codes):
    return [Card(catalog.metier(code), 0.0, []) for code in codes]


def conversation(*turns: str) -> list[dict[str, str]]:
    """Alternate user and assistant messages, starting with the user."""
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": text} for i, text in enumerate(turns)]


def profile_after(catalog, *turns: str):
    messages = conversation(*turns)
    return extract_rules(catalog, [m["content"] for m in messages if m["role"] == "user"], asked_slots(messages))


def test_entropy_counts_what_an_answer_tells_apart():
    assert entropy(["a", "a", "a"]) == 0 and entropy(["a", "b"]) == 1 and entropy([1, 2, 3, 4]) == 2


def test_a_thin_profile_is_asked_its_interests_with_rome_quick_replies(catalog):
    question = next_question(catalog, extract_rules(catalog, ["Bonjour"]), [])
    assert question.slot == "interests" and question.text.endswith("?")
    assert len(question.options) == 6 and all(label in catalog.interests.values() for label, _ in question.options)
    # the quick reply sent back as the answer sets that centre d'intérêt
    label, code = question.options[3]
    profile = profile_after(catalog, "Bonjour", f"Voici. {question.text}", label)
    assert int(code) in profile.interests and not profile.is_thin() and "interests" in profile.settled


def test_the_level_comes_first_when_missing(catalog):
    profile = extract_rules(catalog, ["j'aime soigner les gens"])
    question = next_question(catalog, profile, cards(catalog, CARE))
    assert question.slot == "level" and [label for label, _ in question.options][:3] == [
        "3e",
        "Seconde ou première",
        "Terminale",
    ]


def test_the_licence_is_asked_when_it_splits_the_candidates_and_only_then(catalog):
    said = "je suis en terminale, j'aime conduire et aider les gens, études courtes, pas en alternance"
    profile = extract_rules(catalog, [said])
    assert profile.level and profile.max_years == 2 and profile.apprenticeship is False
    mixed = cards(catalog, DRIVING + CARE)
    assert gain(catalog, profile, "licence", mixed) > 0.9  # 2 of 5 need a licence
    assert next_question(catalog, profile, mixed).slot == "licence"
    assert gain(catalog, profile, "licence", cards(catalog, CARE)) == 0  # no candidate needs one: not asked
    question = next_question(catalog, profile, cards(catalog, CARE))
    assert question is None or question.slot != "licence"
    # "j'ai le permis" settles it
    assert "licence" in extract_rules(catalog, [said + ", j'ai le permis"]).settled
    assert next_question(catalog, extract_rules(catalog, [said + ", j'ai le permis"]), mixed).slot != "licence"


def test_the_sector_question_offers_the_candidates_sectors(catalog):
    profile = extract_rules(catalog, ["je suis en terminale, j'aime aider, études courtes, alternance oui"])
    profile.settled += ["licence", "physical"]
    question = next_question(catalog, profile, cards(catalog, DRIVING + CARE))
    assert question.slot == "sector"
    letters = {value for _, value in question.options}
    assert {"N", "J", "K", "A"} <= letters and question.options[-1] == ("Peu importe", "")


def test_a_conversation_updates_the_profile_answer_after_answer(catalog):
    turns = [
        "J'aime les animaux.",
        f"Voici des pistes. {TEXTS['level']}",
        "Bac + 2",  # alone, an answer to the level: the present level, not a wish
        f"D'autres pistes. {TEXTS['max_years']}",
        "5 ans ou plus",
        f"Encore. {TEXTS['apprenticeship']}",
        "oui",
        f"Alors. {TEXTS['licence']}",
        "Non, pas de permis",
        f"Et {TEXTS['physical']}",
        "non",
    ]
    messages = conversation(*turns)
    assert asked_slots(messages) == [None, "level", "max_years", "apprenticeship", "licence", "physical"]
    profile = profile_after(catalog, *turns)
    assert profile.level.label == "bac + 2" and profile.target is None
    assert profile.max_years == 8 and profile.apprenticeship is True
    assert profile.no_licence and profile.no_physical
    assert profile.settled == ["level", "max_years", "apprenticeship", "licence", "physical"]
    # the same "Bac + 2" said out of the blue is a wish
    assert extract_rules(catalog, ["J'aime les animaux.", "Bac + 2"]).target.label == "bac + 2"
    # an answer that says nothing clear settles the slot anyway: the question is not asked twice
    vague = profile_after(catalog, "J'aime les animaux.", TEXTS["apprenticeship"], "je ne sais pas trop")
    assert vague.apprenticeship is None and "apprenticeship" in vague.settled
    assert next_question(catalog, vague, cards(catalog, CARE)).slot != "apprenticeship"


def test_schedule_and_answers_in_words(catalog):
    profile = profile_after(catalog, "J'aime cuisiner, je ne suis libre que le soir", TEXTS["max_years"], "trois ans")
    assert profile.evenings_only and profile.max_years == 3
    sector = profile_after(catalog, "J'aime aider", TEXTS["sector"], catalog.domains["J"])
    assert sector.sectors == ["J"]


def test_filters_keep_only_the_formations_asked_for(catalog):
    metier = catalog.metier("G1602")  # commis de cuisine
    profile = extract_rules(catalog, ["j'aime cuisiner"])
    everything, _ = fitting_formations(catalog, metier, profile)
    cap, fits = fitting_formations(catalog, metier, profile, Filters(level="CAP"))
    assert cap and all(f.level == 3 for f in cap) and {f.level for f in everything} != {3}
    apprentice, _ = fitting_formations(catalog, metier, profile, Filters(apprenticeship=True))
    assert apprentice and all(f.apprenticeship for f in apprentice)
    short, _ = fitting_formations(catalog, metier, profile, Filters(max_years=1))
    assert all(f.years is not None and f.years <= 1 for f in short)
    none, fits = fitting_formations(catalog, metier, profile, Filters(level="bac+5", apprenticeship=True))
    assert all(f.level == 7 and f.apprenticeship for f in none) and (none or not fits)
    assert out_of_reach(catalog.metier("N4101"), extract_rules(catalog, ["pas le permis"]))


def test_a_place_is_accepted_checked_and_said_not_applied():
    filters = make_filters({"region": "bretagne", "department": "2a", "level": None})
    assert filters.region == "Bretagne" and filters.department == "2A"
    assert filters.not_applied == ["region", "department"] and "onisep.fr" in filters.notes()[0]
    assert make_filters(None).to_dict()["not_applied"] == [] and make_filters({}).is_empty()
    for bad, param in (
        ({"level": "bac+4"}, "filters.level"),
        ({"region": "Atlantide"}, "filters.region"),
        ({"department": "99"}, "filters.department"),
        ({"max_years": 0}, "filters.max_years"),
    ):
        with pytest.raises(InvalidRequestError) as error:
            make_filters(bad)
        assert error.value.param == param


def test_the_result_with_a_question_and_filters_matches_its_schema(catalog):
    from communs.apps.orientation import Orientation
    from communs.apps.orientation.schemas import OrientationResult

    profile = extract_rules(catalog, ["j'aime conduire, je ne suis libre que le soir"])
    filters = make_filters({"apprenticeship": True, "region": "Occitanie"})
    candidates = []
    for card in cards(catalog, DRIVING + CARE):
        card.formations, card.formations_fit = fitting_formations(catalog, card.metier, profile, filters)
        candidates.append(card)
    question = next_question(catalog, profile, candidates)
    data = Orientation("Bonjour.", "template", profile, candidates, question, filters).to_dict()
    checked = OrientationResult.model_validate(data).model_dump(mode="json")
    assert checked["question"]["slot"] == question.slot and checked["filters"]["not_applied"] == ["region"]
    assert checked["profile"]["evenings_only"] and checked["recommendations"][0]["formations"][0]["apprenticeship"]
