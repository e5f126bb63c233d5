"""Sentences and words with their character spans, for French administrative text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.nlp.abbreviations import FRENCH_ABBREVIATIONS
from communs.nlp.text import fold

# Abbreviations whose final dot does not end a sentence.
_ABBREVIATIONS = FRENCH_ABBREVIATIONS
PART_CHARS = 700  # a paragraph longer than this is cut at sentence ends (one model call each)
_SENTENCE_END = re.compile(r"[.!?…]+[»\"')\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-•*]\s)|:\s*\n")
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


__all__ = ["WORD", "Span", "count_words", "fold", "sentences", "split_parts", "words"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """Split into sentences (and list items / paragraphs), keeping offsets into ``text``."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        candidate = text[start:end]
        if match.group().startswith(".") and _ends_with_abbreviation(text[start : match.start()]):
            continue
        if candidate.strip():
            spans.append(_strip(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _ends_with_abbreviation(before: str) -> bool:
    last = re.search(r"([^\W\d_]+)$", before)
    if last is None:
        return bool(re.search(r"\d$", before)) and False
    word = last.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def words(text: str, offset: int = 0) -> list[Span]:
    """Words (with elisions and hyphens kept inside: "l'État", "peut-être"), offsets shifted by ``offset``."""
    return [Span(m.start() + offset, m.end() + offset, m.group()) for m in WORD.finditer(text)]


def count_words(text: str) -> int:
    """Words as a reader counts them: "l'administration" is two words, "peut-être" one."""
    return sum(1 + m.group().count("'") + m.group().count("’") for m in WORD.finditer(text))


def split_parts(text: str, limit: int = PART_CHARS) -> list[str]:
    """Paragraphs, and long paragraphs cut at sentence ends into parts of at most ``limit`` characters."""
    parts: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        paragraph = paragraph.strip()
        if len(paragraph) <= limit:
            if paragraph:
                parts.append(paragraph)
            continue
        current = ""
        for sentence in sentences(paragraph):
            if current and len(current) + len(sentence.text) + 1 > limit:
                parts.append(current)
                current = ""
            current = f"{current} {sentence.text}".strip()
        if current:
            parts.append(current)
    return parts
