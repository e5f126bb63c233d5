"""The French clarity engine shared by Simplifier and L'IANE.

``analyze(text)`` gives a 0–100 clarity score, the Kandel–Moles reading ease, words per sentence,
and located issues ``{kind, start, end, text, message, suggestion}``.

How the score is computed (documented here and in the README):

- readability ``R`` = Kandel–Moles reading ease clipped to 0–100;
- issue load ``L`` = weighted issues per 100 words, with weights long_sentence 2, double_negation 2,
  jargon 1.5, passive_voice 1, acronym_unexplained 1, nominalisation 1, rare_word 0.5,
  abstract_word 0.5; ``I = 100 × max(0, 1 − L / 15)`` (15 weighted issues per 100 words → 0);
- ``score = round(0.5 × R + 0.5 × I)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communs.clarity import detectors
from communs.clarity.detectors import Issue
from communs.clarity.readability import kandel_moles, words_per_sentence
from communs.clarity.text import count_words, sentences
from communs.errors import InvalidRequestError, PayloadTooLargeError

KINDS = (
    "long_sentence",
    "jargon",
    "rare_word",
    "passive_voice",
    "double_negation",
    "acronym_unexplained",
    "nominalisation",
    "abstract_word",
)
WEIGHTS = {
    "long_sentence": 2.0,
    "double_negation": 2.0,
    "jargon": 1.5,
    "passive_voice": 1.0,
    "acronym_unexplained": 1.0,
    "nominalisation": 1.0,
    "rare_word": 0.5,
    "abstract_word": 0.5,
}
MAX_CHARS = 200_000

__all__ = ["KINDS", "Analysis", "Issue", "analyze", "score_of"]


@dataclass
class Analysis:
    score: int
    kandel_moles: float
    words: int
    sentences: int
    words_per_sentence: float
    issues: list[Issue] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for i in self.issues if i.kind == kind) for kind in KINDS}

    def to_dict(self) -> dict:
        return {
            "score": self.score,
            "kandel_moles": self.kandel_moles,
            "words": self.words,
            "sentences": self.sentences,
            "words_per_sentence": self.words_per_sentence,
            "counts": self.counts(),
            "issues": [i.to_dict() for i in self.issues],
        }


def score_of(readability: float, issues: list[Issue], n_words: int) -> int:
    load = sum(WEIGHTS.get(i.kind, 1.0) for i in issues) * 100 / max(n_words, 1)
    return round(0.5 * max(0.0, min(100.0, readability)) + 0.5 * 100 * max(0.0, 1 - load / 15))


def analyze(text: str, *, level: str = "clair", nlp: bool = True) -> Analysis:
    """Analyse ``text``; ``nlp=False`` skips the spaCy parse (no passive-voice detection)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidRequestError("the text is empty", param="text")
    if len(text) > MAX_CHARS:
        raise PayloadTooLargeError(f"text over {MAX_CHARS} characters: split it into parts", param="text")
    issues = [
        *detectors.long_sentences(text, level),
        *detectors.jargon(text),
        *detectors.double_negations(text),
        *detectors.unexplained_acronyms(text),
        *detectors.nominalisations(text),
        *detectors.abstract_words(text),
    ]
    covered = [(i.start, i.end) for i in issues if i.kind in ("jargon", "acronym_unexplained", "nominalisation")]
    issues += detectors.rare_words(text, covered)
    if nlp:
        issues += detectors.passive_voice(text)
    issues.sort(key=lambda i: (i.start, i.kind))
    n_words = count_words(text)
    km = kandel_moles(text)
    return Analysis(
        score=score_of(km, issues, n_words),
        kandel_moles=km,
        words=n_words,
        sentences=len(sentences(text)),
        words_per_sentence=words_per_sentence(text),
        issues=issues,
    )
