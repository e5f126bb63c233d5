"""Place names as compared: folded words, « St » → « saint », ordinals and arrondissements made plain.

``name_words("Paris 15e Arrondissement") == ["paris", "15"]``, and so are ``name_words("paris XVème")`` and
``name_words("Paris 15")``: a name and the words of a text go through the same steps, so a name is found in a
text by comparing runs of words.
"""

from __future__ import annotations

import re

from communs.nlp.text import fold

WORD = re.compile(r"[^\W_]+")
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
ARTICLES = frozenset({"le", "la", "les", "l"})
DROPPED = frozenset({"arrondissement", "arr", "cedex"})
ORDINAL = re.compile(r"^(\d{1,2})(?:e|eme|er|re|ere)$")
ROMAN = re.compile(r"^([ivxl]+)(?:e|eme|er)$")
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
# the communes whose arrondissements are numbered (and written "Paris XVe")
DIVIDED = frozenset({"paris", "lyon", "marseille"})


def _roman(letters: str) -> int:
    total = 0
    for i, letter in enumerate(letters):
        value = ROMAN_VALUES[letter]
        following = ROMAN_VALUES[letters[i + 1]] if i + 1 < len(letters) else 0
        total += -value if value < following else value
    return total


def word_key(word: str, previous: str | None = None) -> str | None:
    """One folded word as compared (None: a word that does not count, such as « arrondissement »)."""
    if word in DROPPED:
        return None
    word = ABBREVIATIONS.get(word, word)
    ordinal = ORDINAL.match(word)
    if ordinal:
        return str(int(ordinal.group(1)))
    roman = ROMAN.match(word)
    if roman and previous in DIVIDED:
        return str(_roman(roman.group(1)))
    return word


def words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` as compared, each with its span in ``text`` (accents and case ignored)."""
    out: list[tuple[str, int, int]] = []
    for match in WORD.finditer(text):
        key = word_key(fold(match.group()), out[-1][0] if out else None)
        if key:
            out.append((key, match.start(), match.end()))
    return out


def name_key(text: str) -> str:
    """A name as compared: « Saint-Étienne » and « st etienne » → « saint etienne »."""
    out: list[str] = []
    for word in WORD.findall(fold(text)):
        key = word_key(word, out[-1] if out else None)
        if key:
            out.append(key)
    return " ".join(out)


def name_keys(key: str) -> list[str]:
    """The keys a place is found by, from its name's key: whole, and without its article (« le havre » → « havre »)."""
    first, _, rest = key.partition(" ")
    return [key, rest] if first in ARTICLES and rest else [key]
