"""Shared helpers for Starclay's consultation tests: the medications of a text by name, and the lexicon keys of the
drug names found in it."""

from __future__ import annotations

from communs.apps.consultation.extract import medications
from communs.apps.consultation.lexicon import lexicon
from communs.apps.consultation.mentions import find_mentions, sentences


def by_name(text: str) -> dict:
    return {m.name.lower(): m for m in medications(text)}


def keys(text: str) -> list[str]:
    lex = lexicon()
    return [m.drug.key for s in sentences(text) for m in find_mentions(s, lex)]
