"""Readability: Kandel–Moles reading ease (Flesch adapted to French) and its parts."""

from __future__ import annotations

import re

from communs.clarity.text import WORD, count_words, fold, sentences

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """French syllables, by vowel groups with a silent final -e / -es / -ent (verbs) not counted."""
    w = fold(word)
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return 0
    count = len(_VOWEL_GROUPS.findall(w))
    plain_ending = word.lower()  # the silent ending is a plain e, never é
    if count > 1 and re.search(r"[^aeiouyéèêëàâîïôûù](e|es)$", plain_ending):
        count -= 1
    elif count > 1 and w.endswith("ent") and len(w) > 4 and not w.endswith(("ment", "ient")):
        count -= 1  # "ils parlent": a verb ending, not a syllable
    return max(1, count)


def kandel_moles(text: str) -> float:
    """207 − 1.015 × words per sentence − 73.6 × syllables per word (higher is easier; ~60+ is plain)."""
    n_sentences = max(1, len(sentences(text)))
    tokens = [p for m in WORD.finditer(text) for p in re.split(r"['’]", m.group()) if p]
    n_words = max(1, len(tokens))
    n_syllables = sum(syllables(t) for t in tokens)
    return round(207 - 1.015 * (n_words / n_sentences) - 73.6 * (n_syllables / n_words), 1)


def words_per_sentence(text: str) -> float:
    spans = sentences(text)
    if not spans:
        return 0.0
    return round(sum(count_words(s.text) for s in spans) / len(spans), 1)
