"""The lexicons shipped with the clarity engine (written by the communs authors, MIT):
administrative jargon with plain equivalents, acronyms, abstract words, nominalisations.

Matching ignores case and accents and keeps character offsets: the text is folded one character
for one character, so a match's span in the folded text is its span in the original.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communs.nlp.text import fold_same_length


@dataclass(frozen=True)
class Entry:
    term: str
    plain: str
    category: str = "autre"
    note: str | None = None


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: Entry


def _load(name: str):
    return json.loads(resources.files("communs.clarity").joinpath("data", name).read_text(encoding="utf-8"))


class PhraseIndex:
    """Finds the longest lexicon phrases in a text (plural -s/-x tolerated), without overlaps."""

    def __init__(self, phrases: dict[str, Entry]) -> None:
        self._entries = {fold_same_length(k): v for k, v in phrases.items()}
        keys = sorted(self._entries, key=len, reverse=True)
        body = "|".join(re.escape(k).replace(r"\ ", r"\s+").replace("'", r"'\s?") for k in keys)
        # a form ending with an apostrophe ("à compter d'") is glued to the next word
        self._pattern = re.compile(rf"(?<![\w])({body})(?:(?<=')|(?:s|x)?(?![\w]))") if keys else None

    def find(self, text: str) -> list[Match]:
        if self._pattern is None:
            return []
        folded = fold_same_length(text)
        found = []
        for m in self._pattern.finditer(folded):
            key = re.sub(r"\s+", " ", m.group(1)).replace("' ", "'")
            entry = self._entries.get(key)
            if entry is not None:
                found.append(Match(m.start(), m.end(), entry))
        return found


@lru_cache(maxsize=1)
def glossary() -> list[Entry]:
    return [
        Entry(item["term"], item["plain"], item.get("category", "autre"), item.get("note"))
        for item in _load("glossary_fr.json")
    ]


@lru_cache(maxsize=1)
def jargon_index() -> PhraseIndex:
    phrases: dict[str, Entry] = {}
    for item, entry in zip(_load("glossary_fr.json"), glossary(), strict=True):
        for form in [item["term"], *item.get("variants", [])]:
            phrases.setdefault(form, entry)
    return PhraseIndex(phrases)


@lru_cache(maxsize=1)
def acronyms() -> dict[str, str]:
    return dict(_load("acronyms_fr.json"))


@lru_cache(maxsize=1)
def abstract_index() -> PhraseIndex:
    return PhraseIndex(
        {w: Entry(w, "un mot concret (qui, quoi, quand)", "abstrait") for w in _load("abstract_words_fr.json")}
    )


@lru_cache(maxsize=1)
def nominalisation_index() -> PhraseIndex:
    return PhraseIndex(
        {noun: Entry(noun, verb, "nominalisation") for noun, verb in _load("nominalisations_fr.json").items()}
    )
