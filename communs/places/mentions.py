"""A place in free French text: « près de Lille », « au Havre », « 59000 », « dans le 59 », « en Bretagne ».

Rules, no model. A commune's name counts after a word that introduces a place (« à », « près de », « vers »,
« j'habite »…) when it is capitalised, holds several words (not « l'hôpital ») or names a town of 10,000 or more
(« à vue d'œil » names no commune); capitalised within a sentence without such a word, only for a town of
20,000 or more. A postal code counts when it exists; a département by its number or name after « dans le »,
« en », « du »; a région by its name. After a bare « de », a city of 100,000 or more counts in lower case.
The most precise mention wins: commune, then département, then région.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communs.nlp.text import fold_same_length
from communs.places.gazetteer import Gazetteer, Place
from communs.places.names import ARTICLES, words

MAX_NAME_WORDS = 8
CUES = frozenset(
    {
        "a",
        "au",
        "aux",
        "vers",
        "sur",
        "habite",
        "habitons",
        "habitent",
        "vis",
        "vit",
        "vivons",
        "reste",
        "rester",
        "bouger",
        "demenager",
        "installer",
        "de",  # only after the words of PRECEDED_BY_DE
    }
)
PRECEDED_BY_DE = frozenset({"pres", "autour", "cote", "originaire", "region", "ville", "environs", "proche", "loin"})
CUE_POPULATION = 10_000
BARE_POPULATION = 20_000
# after a bare « de » (« je suis de lille »): a city this big even when not capitalised
DE_POPULATION = 100_000
UNITS = r"(?!\s*(?:€|\$|%|euros?\b|eur\b|ans?\b|km\b|m2\b|m²|habitants?\b|personnes\b|h\b|heures?\b))"
POSTAL = re.compile(r"(?<![\d,.€$])(\d{5})(?![\d,.]\d)" + UNITS, re.IGNORECASE)
DEPARTEMENT_NUMBER = re.compile(
    r"\b(?:dans le|dans l'|en|du|departement|departement du|departement de la)\s*\(?\s*(\d{2}|2a|2b|97[1-6])\b"
    r"(?!\s*(?:ans?|%|€|h\b|euros?|km))|\((\d{2}|2a|2b|97[1-6])\)",
    re.IGNORECASE,
)
DEPARTEMENT_CUES = frozenset({"dans", "en", "du", "departement", "le", "la", "les", "l", "de"})


@dataclass
class Mention:
    """The place a text names: a commune (with its homonyms), a département or a région."""

    kind: str  # "commune", "departement" or "region"
    text: str  # the words of the text that name it
    start: int
    end: int
    place: Place | None = None
    departement: str | None = None  # code
    region: str | None = None  # code
    alternatives: list[Place] = field(default_factory=list)  # homonyms, likeliest first


def find_mention(gazetteer: Gazetteer, text: str) -> Mention | None:
    """The most precise place ``text`` names, or None."""
    mentions = find_mentions(gazetteer, text)
    order = {"commune": 0, "departement": 1, "region": 2}
    return min(mentions, key=lambda m: (order[m.kind], m.start)) if mentions else None


def find_mentions(gazetteer: Gazetteer, text: str) -> list[Mention]:
    """Every place ``text`` names, in the order of the text."""
    found = _postal_codes(gazetteer, text) + _departement_numbers(gazetteer, text)
    taken = [(m.start, m.end) for m in found]
    items = words(text)
    i = 0
    while i < len(items):
        mention = _named_at(gazetteer, text, items, i)
        if mention is None or any(s < mention.end and mention.start < e for s, e in taken):
            i += 1
            continue
        found.append(mention)
        i += len(words(mention.text))
    return sorted(found, key=lambda m: m.start)


def _postal_codes(gazetteer: Gazetteer, text: str) -> list[Mention]:
    out = []
    for match in POSTAL.finditer(text):
        places = gazetteer.postal(match.group(1))
        if places:
            out.append(_commune(places, match.group(1), match.start(), match.end()))
    return out


def _departement_numbers(gazetteer: Gazetteer, text: str) -> list[Mention]:
    out = []
    for match in DEPARTEMENT_NUMBER.finditer(fold_same_length(text)):  # « département » as « departement »
        code = (match.group(1) or match.group(2)).upper()
        if code in gazetteer.departements:
            region = gazetteer.departements[code][1]
            said = text[match.start() : match.end()]
            out.append(Mention("departement", said, match.start(), match.end(), None, code, region))
    return out


def _commune(places: list[Place], said: str, start: int, end: int) -> Mention:
    first = places[0]
    return Mention("commune", said, start, end, first, first.departement, first.region, places[1:])


def _named_at(gazetteer: Gazetteer, text: str, items: list[tuple[str, int, int]], i: int) -> Mention | None:
    """The longest name starting at word ``i`` that the rules accept, or None."""
    before = items[i - 1][0] if i else None
    cue = before in CUES and (before != "de" or (i > 1 and items[i - 2][0] in PRECEDED_BY_DE))
    for size in range(min(MAX_NAME_WORDS, len(items) - i), 0, -1):
        key = " ".join(word for word, _, _ in items[i : i + size])
        start, end = items[i][1], items[i + size - 1][2]
        said = text[start:end]
        if key in gazetteer.region_keys and (size > 1 or said[:1].isupper() or before in DEPARTEMENT_CUES):
            code = gazetteer.region_keys[key]
            return Mention("region", said, start, end, None, None, code)
        if key in gazetteer.departement_keys and before in DEPARTEMENT_CUES and key not in gazetteer.by_name:
            code = gazetteer.departement_keys[key]
            return Mention("departement", said, start, end, None, code, gazetteer.departements[code][1])
        places = gazetteer.by_key(key)
        several = size > 1 and items[i][0] not in ARTICLES  # « à saint malo », not « à l'hôpital »
        if places and _accepted(places[0], said, several, cue, start, text, weak=before in ("de", "d", "du")):
            return _commune(places, said, start, end)
        if key in gazetteer.departement_keys and before in DEPARTEMENT_CUES:
            code = gazetteer.departement_keys[key]
            return Mention("departement", said, start, end, None, code, gazetteer.departements[code][1])
    return None


def _accepted(place: Place, said: str, several: bool, cue: bool, start: int, text: str, *, weak: bool) -> bool:
    population = place.population or 0
    capital = said[:1].isupper()
    if cue:
        return capital or several or population >= CUE_POPULATION
    if weak and population >= DE_POPULATION:
        return True
    sentence_start = not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?:\n"
    return capital and not sentence_start and population >= BARE_POPULATION
