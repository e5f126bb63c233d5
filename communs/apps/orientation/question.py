"""The next question: the one slot of the profile whose answer would best split the candidate métiers.

Deterministic. A thin profile is asked what the person likes (nothing to split yet). Otherwise each slot the
profile lacks (and that was not asked already) is tried with each of its quick replies: for every candidate
métier, which answers would keep it (a formation that fits, not out of reach, its sector); the candidates fall
into groups that the answer tells apart; the entropy of those groups (bits), over the most the slot's answers
could give, times the slot's priority is its worth. The level of study gets one more and is asked whenever it
is missing (every formation shown depends on it); a slot whose answer would change nothing for these candidates
is not asked. Apprenticeship reorders formations: its gain is over the candidates' formations.

The question's text is fixed per slot: found in the assistant's previous turn, it tells what a short answer
("oui", "Bac + 2") answers (asked_slots), so the conversation alone carries the state.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from communs.apps.orientation.catalog import Catalog
from communs.apps.orientation.match import Card, fitting_formations, out_of_reach, too_long
from communs.apps.orientation.profile import Level, Profile

CANDIDATES = 15  # the métiers a question should split
SECTOR_OPTIONS = 4
INTEREST_OPTIONS = 6
TEXTS = {
    "interests": (
        "Qu'aimez-vous faire, au lycée, au travail ou pendant vos loisirs (matières, activités, domaines qui vous "
        "attirent) ?"
    ),
    "level": "Où en êtes-vous dans vos études (dernière classe suivie ou dernier diplôme obtenu) ?",
    "max_years": "Combien d'années d'études êtes-vous prêt ou prête à faire après votre niveau actuel ?",
    "apprenticeship": "Aimeriez-vous vous former en alternance (en entreprise et en formation, avec un salaire) ?",
    "sector": "Quel secteur vous attire le plus parmi ceux-ci ?",
    "licence": "Avez-vous le permis de conduire ?",
    "physical": "Un métier physique (porter des charges, rester longtemps debout) vous est-il possible ?",
}
PRIORITY = {"level": 1.0, "max_years": 0.9, "apprenticeship": 0.7, "licence": 0.6, "sector": 0.5, "physical": 0.5}
# quick replies: (label sent as the person's answer, the value it sets)
LEVEL_OPTIONS = [
    ("3e", -3.0),
    ("Seconde ou première", 0.0),
    ("Terminale", 0.0),
    ("CAP", -1.0),
    ("Bac", 0.0),
    ("Bac + 2", 2.0),
    ("Bac + 3", 3.0),
    ("Bac + 5", 5.0),
]
YEARS_OPTIONS = [("2 ans au plus", 2.0), ("3 ans", 3.0), ("5 ans ou plus", 8.0)]
YES_NO: dict[str, list[tuple[str, bool | None]]] = {
    "apprenticeship": [("Oui, en alternance", True), ("Non, plutôt à l'école", False), ("Peu importe", None)],
    "licence": [("Oui, j'ai le permis", True), ("Non, pas de permis", False)],
    "physical": [("Oui", True), ("Non, pas de travail physique", False)],
}
ANY = "Peu importe"


@dataclass
class Question:
    slot: str
    text: str
    options: list[tuple[str, str]]  # (label, value)
    gain: float  # bits the answer would tell apart among the candidates (0 for the first question)

    def to_dict(self) -> dict[str, Any]:
        return {
            "slot": self.slot,
            "text": self.text,
            "options": [{"label": label, "value": value} for label, value in self.options],
            "gain": round(self.gain, 3),
        }


def asked_slots(messages: list[dict[str, str]]) -> list[str | None]:
    """For each user message, the slot of the question the assistant asked just before it (None: none)."""
    asked: list[str | None] = []
    previous = ""
    for message in messages:
        if message["role"] == "user":
            asked.append(next((slot for slot, text in TEXTS.items() if text in previous), None))
        previous = message.get("content") or ""
    return asked


def entropy(groups: Sequence[Hashable]) -> float:
    counts = Counter(groups).values()
    total = sum(counts)
    return -sum(n / total * math.log2(n / total) for n in counts) if total else 0.0


def _missing(profile: Profile) -> list[str]:
    lacks = {
        "level": profile.level is None,
        "max_years": profile.max_years is None and profile.target is None,
        "apprenticeship": profile.apprenticeship is None,
        "sector": not profile.sectors and not profile.named,
        "licence": not profile.no_licence,
        "physical": not profile.no_physical,
    }
    return [slot for slot, lacking in lacks.items() if lacking and slot not in profile.settled]


def _keeps(catalog: Catalog, card: Card, profile: Profile) -> bool:
    """Would this métier still be a good candidate for this profile (a fitting formation, within reach)?"""
    formations, fits = fitting_formations(catalog, card.metier, profile)
    return fits and bool(formations) and not too_long(card.metier, profile) and not out_of_reach(card.metier, profile)


def _signature(catalog: Catalog, profile: Profile, slot: str) -> Callable[[Card], Hashable]:
    """What the answers to ``slot`` would say of a candidate."""
    if slot == "level":
        values = sorted({value for _, value in LEVEL_OPTIONS})
        return lambda card: tuple(_keeps(catalog, card, replace(profile, level=Level("", value))) for value in values)
    if slot == "max_years":
        return lambda card: tuple(
            _keeps(catalog, card, replace(profile, max_years=value)) for _, value in YEARS_OPTIONS
        )
    if slot == "licence":
        return lambda card: out_of_reach(card.metier, replace(profile, no_licence=True))
    if slot == "physical":
        return lambda card: out_of_reach(card.metier, replace(profile, no_physical=True))
    return lambda card: card.metier.domain  # sector


def _options(catalog: Catalog, slot: str, candidates: list[Card]) -> list[tuple[str, str]]:
    if slot == "level":
        return [(label, label) for label, _ in LEVEL_OPTIONS]
    if slot == "max_years":
        return [(label, f"{value:g}") for label, value in YEARS_OPTIONS]
    if slot == "sector":
        common = Counter(c.metier.domain for c in candidates).most_common(SECTOR_OPTIONS)
        return [(catalog.domains[letter], letter) for letter, _ in common] + [(ANY, "")]
    if slot == "interests":
        sizes = Counter(code for m in catalog.metiers for code in m.interests)
        return [(catalog.interests[code], str(code)) for code, _ in sizes.most_common(INTEREST_OPTIONS)]
    return [(label, "" if value is None else str(value).lower()) for label, value in YES_NO[slot]]


def gain(catalog: Catalog, profile: Profile, slot: str, candidates: list[Card]) -> float:
    """Bits the answer on ``slot`` would tell apart: over the candidate métiers, or for apprenticeship (which
    reorders formations) over their formations."""
    if slot == "apprenticeship":
        flags = [f.apprenticeship for c in candidates for f in fitting_formations(catalog, c.metier, profile)[0]]
        return entropy(flags)
    signature = _signature(catalog, profile, slot)
    return entropy([signature(card) for card in candidates])


def worth(slot: str, bits: float, answers: int) -> float:
    """A slot's worth: its priority times how evenly its answers split (bits over the most they could be, so
    that a question with many quick replies does not win by their number alone); the level gets one more
    (every formation shown depends on it)."""
    evenness = bits / math.log2(answers) if answers > 1 else 0.0
    return PRIORITY[slot] * (evenness + (1.0 if slot == "level" else 0.0))


def next_question(catalog: Catalog, profile: Profile, candidates: list[Card]) -> Question | None:
    """The most useful question to ask next, or None when no answer would change the candidates."""
    if profile.is_thin():
        if "interests" in profile.settled and not candidates:
            return None  # asked already: the person may go on in their own words
        return Question("interests", TEXTS["interests"], _options(catalog, "interests", []), 0.0)
    best: tuple[float, Question] | None = None
    for slot in _missing(profile):
        if slot == "sector" and len({c.metier.domain for c in candidates}) < 2:
            continue
        bits = gain(catalog, profile, slot, candidates) if candidates else 0.0
        if bits <= 0 and slot != "level":
            continue
        options = _options(catalog, slot, candidates)
        answers = min(len(options), len(candidates)) if slot != "apprenticeship" else 2
        score = worth(slot, bits, answers)
        if best is None or score > best[0]:
            best = (score, Question(slot, TEXTS[slot], options, bits))
    return best[1] if best else None
