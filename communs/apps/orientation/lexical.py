"""Lexical closeness of a profile to the métiers: BM25 over each ROME fiche's own words (names, definition,
savoir-faire, savoirs), French analysis of communs.search.analysis (folding, stop words, Snowball stems).

It finds what the person does in the words of the fiche: "je fais de la soudure" meets "Techniques de soudage",
"je fais les tresses" meets "Techniques de tressage", where a sentence embedding of the whole profile drifts to
what the rest of the story says. Words of an orientation talk that name no activity ("aimer", "métier", "ans")
are not searched.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from communs.apps.orientation import lexicon
from communs.apps.orientation.catalog import Catalog, masculine
from communs.search.analysis import analyze, normalize, query_terms

K1, B = 1.2, 0.75
# words that name no activity (lexicon.TALK_WORDS, SCHOOLING_WORDS), compared as stems
TALK = frozenset(query_terms(f"{lexicon.TALK_WORDS} {lexicon.SCHOOLING_WORDS}"))


# prepositional phrases whose noun names no place nor activity: "en dehors des compétitions" (apart from) is not
# "dehors" (outdoors); blanked in the fiches before analysis
LOCUTIONS = re.compile(r"\ben dehors (de|des|du|d')", re.IGNORECASE)


Index = tuple[dict[str, np.ndarray], dict[str, np.ndarray], np.ndarray]
_INDEX: dict[int, Index] = {}


def _index(catalog: Catalog) -> Index:
    """term → métier indices and term frequencies, and each fiche's length in terms (built once a catalogue)."""
    if id(catalog) not in _INDEX:
        _INDEX.clear()
        _INDEX[id(catalog)] = _build(catalog)
    return _INDEX[id(catalog)]


def _build(catalog: Catalog) -> Index:
    postings: dict[str, list[tuple[int, int]]] = {}
    lengths = np.zeros(len(catalog.metiers), dtype=np.float32)
    analysed: dict[str, list[str]] = {}
    for i, metier in enumerate(catalog.metiers):
        names = [masculine(metier.title), *(masculine(label) for label in metier.labels)]
        counts: Counter[str] = Counter()
        for piece in [*names, metier.definition, *metier.skills, *metier.knowledge]:
            if piece not in analysed:  # skills and savoirs recur across fiches: each analysed once
                analysed[piece] = analyze(LOCUTIONS.sub(" ", piece))
            counts.update(analysed[piece])
        lengths[i] = sum(counts.values())
        for term, n in counts.items():
            postings.setdefault(term, []).append((i, n))
    docs = {t: np.asarray([i for i, _ in p], dtype=np.int32) for t, p in postings.items()}
    freqs = {t: np.asarray([n for _, n in p], dtype=np.float32) for t, p in postings.items()}
    return docs, freqs, lengths


def scores(catalog: Catalog, clauses: list[str], weights: list[float] | None = None) -> np.ndarray:
    """BM25 of the person's clauses (as one query, each term once) against every fiche, in catalogue order; a term
    counts with the largest weight of the clauses that hold it (``weights``, 1 each by default: a past job's words
    weigh less than a wish's, clauses.py)."""
    docs, freqs, lengths = _index(catalog)
    out = np.zeros(len(catalog.metiers), dtype=np.float32)
    weight: dict[str, float] = {}
    for clause, w in zip(clauses, weights or [1.0] * len(clauses), strict=True):
        folded = normalize(clause)
        text = clause + " . " + " ".join(n for verb, n in lexicon.ACTIVITY_NOUNS.items() if re.search(verb, folded))
        for term in query_terms(text):
            if term not in TALK and not term.isdigit() and term in docs:
                weight[term] = max(weight.get(term, 0.0), w)
    if not weight:
        return out
    count, average = len(lengths), float(lengths.mean())
    for term, w in weight.items():
        where, tf = docs[term], freqs[term]
        idf = math.log(1 + (count - len(where) + 0.5) / (len(where) + 0.5))
        out[where] += w * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[where] / average))
    return out
