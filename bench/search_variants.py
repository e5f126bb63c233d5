"""Prototyped changes to communs.search (variants), measured by bench/search_quality.py.

Nothing in communs/ is edited: :func:`patched` swaps module globals of communs.search in this
process for the time of a variant's ingestion and search, and restores them afterwards.

- ``text_title``: the passage prefix embedded with each chunk is the document's title (metadata,
  else its first line) rather than its file name (``F1341`` or ``article 005`` says nothing);
- ``lexical_title``: the same title's terms are also indexed for BM25 with every chunk;
- ``english``: text with more English than French stop words is analysed in English (English stop
  words, Snowball English stemmer), documents and queries alike; French text as before;
- ``weights`` / ``rrf_k``: weighted reciprocal rank fusion (semantic, lexical) and its constant;
- ``convex``: fuse scores instead of ranks: each method's candidate scores min-max normalised to
  0-1, then ``convex * semantic + (1 - convex) * lexical`` (a chunk missing from a list gets 0);
- ``candidates``: how many of each method's hits hybrid fuses (times k);
- ``chunk_size`` / ``overlap``: the chunker's settings at ingestion.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import snowballstemmer

from communs.search import analysis as analysis_module
from communs.search import base as base_module
from communs.search import service as service_module
from communs.search import store as store_module
from communs.search.analysis import STOP_WORDS, analyze, tokens
from communs.search.service import SearchService

RRF_K = 60  # the usual reciprocal-rank-fusion constant


@dataclass(frozen=True)
class Variant:
    name: str
    about: str
    chunk_size: int = 1200
    overlap: int = 150
    text_title: bool = False  # passage prefix: the document's title (metadata, else first line), not its file name
    lexical_title: bool = False  # the title's terms indexed with every chunk for BM25 too
    english: bool = False  # English stop words and stemmer for text that reads as English (index and query)
    weights: tuple[float, float] = (1.0, 1.0)  # RRF weights (semantic, lexical)
    rrf_k: int = RRF_K
    convex: float | None = None  # semantic weight of a convex score combination
    rrf: bool = False  # reciprocal rank fusion (the hybrid method before score fusion)
    candidates: int = base_module.HYBRID_CANDIDATES

    def ingest_key(self) -> tuple[Any, ...]:
        return self.chunk_size, self.overlap, self.text_title, self.lexical_title, self.english


BASELINE = Variant("baseline", "communs.search as it is (score fusion 0.5/0.5, chunks embedded with the title)")
VARIANTS = [
    BASELINE,
    Variant("rrf", "reciprocal rank fusion (k=60) instead of score fusion", rrf=True),
    Variant("rrf-sem2", "RRF with semantic weighted 2:1", weights=(2.0, 1.0)),
    Variant("rrf-lex2", "RRF with lexical weighted 2:1", weights=(1.0, 2.0)),
    Variant("rrf-k20", "RRF constant k=20 instead of 60: top ranks count more", rrf_k=20),
    Variant("cc", "convex combination of min-max normalised scores, 0.5 each, instead of RRF", convex=0.5),
    Variant("cand-10", "hybrid fuses the top 10*k of each method", candidates=10),
    Variant("chunk-800", "chunks of 800 characters (overlap 100)", chunk_size=800, overlap=100),
    Variant("chunk-2000", "chunks of 2000 characters (overlap 200)", chunk_size=2000, overlap=200),
    Variant("title", "passage prefix: the document's title instead of its file name", text_title=True),
    Variant("title+lex", "title in the passage prefix and in the BM25 terms", text_title=True, lexical_title=True),
    Variant("english", "English analysis (stop words, Snowball English) for English text", english=True),
    Variant("title+sem2", "title prefix, semantic weighted 2:1", text_title=True, weights=(2.0, 1.0)),
    Variant(
        "title+english+sem2",
        "title prefix, English analysis, semantic weighted 2:1",
        text_title=True,
        english=True,
        weights=(2.0, 1.0),
    ),
    Variant("title+cc", "title prefix and convex combination (0.5)", text_title=True, convex=0.5),
]
_TITLE: contextvars.ContextVar[str | None] = contextvars.ContextVar("bench_title", default=None)


def document_title(metadata: dict[str, Any] | None, chunks: list[Any], name: str) -> str:
    """A document's title: its metadata's, else its first line when short enough, else its file name."""
    title = (metadata or {}).get("title")
    if not title and chunks:
        first = (getattr(chunks[0], "content", "") or "").strip().split("\n", 1)[0].lstrip("# ").strip()
        title = first if 0 < len(first) <= 150 else None
    return title or name


EN_STOP_WORDS = frozenset(
    """
a about above after again all also am an and any are as at be been being both but by can could did do does doing
down during each few for from further had has have having he her here hers him his how i if in into is it its itself
just me more most my no nor not of off on once only or other our out over own same she should so some such than that
the their them then there these they this those through to too under until up upon very was we were what when where
which while who whom why will with would you your
""".split()
)
_english = threading.local()


def bilingual_analyze(text: str) -> list[str]:
    """communs.search.analysis.analyze, except for text with more English than French stop words:
    English stop words dropped, Snowball English stemming (numbers kept as they are)."""
    words = tokens(text)
    if sum(w in EN_STOP_WORDS for w in words) <= sum(w in STOP_WORDS for w in words):
        return analyze(text)
    stemmer = getattr(_english, "stemmer", None) or snowballstemmer.stemmer("english")
    _english.stemmer = stemmer  # stemmers keep state: one per thread
    return [
        w if any(c.isdigit() for c in w) else stemmer.stemWord(w)
        for w in words
        if any(c.isdigit() for c in w) or (len(w) > 1 and w not in EN_STOP_WORDS)
    ]


class TitledService(SearchService):
    """Sets the document title (see :func:`document_title`) for the patched passage and analysis."""

    async def ingest_chunks(
        self,
        principal,
        collection_id,
        name,
        media_type,
        page_count,
        ocr_pages,  # type: ignore[no-untyped-def]
        metadata,
        chunks,
    ):
        token = _TITLE.set(document_title(metadata, list(chunks), name))
        try:
            return await super().ingest_chunks(
                principal, collection_id, name, media_type, page_count, ocr_pages, metadata, chunks
            )
        finally:
            _TITLE.reset(token)


def _weighted_rrf(weights: tuple[float, float], rrf_k: int):  # type: ignore[no-untyped-def]
    def fuse(*rankings: list[tuple[int, float]], k: int = rrf_k) -> list[tuple[int, float]]:
        fused: dict[int, float] = {}
        for weight, hits in zip(weights, rankings):
            for rank, (chunk_id, _) in enumerate(hits, start=1):
                fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (k + rank)
        best = sum(weights[: len(rankings)]) / (k + 1)
        return [(c, s / best) for c, s in sorted(fused.items(), key=lambda item: (-item[1], item[0]))]

    return fuse


def _convex(alpha: float):  # type: ignore[no-untyped-def]
    def fuse(*rankings: list[tuple[int, float]], k: int = 0) -> list[tuple[int, float]]:
        fused: dict[int, float] = {}
        for weight, hits in zip((alpha, 1.0 - alpha), rankings):
            scores = [score for _, score in hits]
            low, span = min(scores, default=0.0), max(scores, default=0.0) - min(scores, default=0.0)
            for chunk_id, score in hits:
                fused[chunk_id] = fused.get(chunk_id, 0.0) + weight * ((score - low) / span if span > 0 else 1.0)
        return sorted(fused.items(), key=lambda item: (-item[1], item[0]))

    return fuse


@contextlib.contextmanager
def patched(variant: Variant) -> Iterator[None]:
    """Apply a variant's changes to communs.search's module globals; restore them afterwards."""
    original_passage, original_analyze = service_module._passage, store_module.analyze
    saved = (base_module.score_fusion, base_module.HYBRID_CANDIDATES, analysis_module.analyze)
    base = bilingual_analyze if variant.english else original_analyze
    analysis_module.analyze = base  # what lexical.query_terms calls
    if variant.text_title:
        service_module._passage = lambda title, section, content: original_passage(
            _TITLE.get() or title, section, content
        )
    if variant.lexical_title:  # add_document runs in a worker thread, which copies the context
        store_module.analyze = lambda text: base(f"{_TITLE.get() or ''}\n{text}")
    else:
        store_module.analyze = base
    if variant.rrf or variant.weights != (1.0, 1.0) or variant.rrf_k != RRF_K:
        base_module.score_fusion = _weighted_rrf(variant.weights, variant.rrf_k)
    if variant.convex is not None:
        base_module.score_fusion = _convex(variant.convex)
    base_module.HYBRID_CANDIDATES = variant.candidates
    try:
        yield
    finally:
        service_module._passage, store_module.analyze = original_passage, original_analyze
        base_module.score_fusion, base_module.HYBRID_CANDIDATES, analysis_module.analyze = saved
