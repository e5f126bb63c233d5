"""Lexical search: FTS5 MATCH over analysed terms, ranked by FTS5's bm25(), within a cost budget.

FTS5 has no top-k pruning: an OR query computes bm25() for every chunk that holds any query
term, about 1.4 microseconds per chunk (merely counting the matches is 10x cheaper). A query
made of common words ("demande", "droit") would rank most of a 100k-chunk store. So the query
is planned from document frequencies (df, read from an fts5vocab table and cached):

- terms in no chunk are dropped;
- terms in half the chunks or more are dropped when rarer ones remain: FTS5's bm25 clamps their
  IDF to ~0, so they change no score (this is exact);
- the remaining terms, rarest first, are kept while their estimated matches (df scaled by the share
  of the store being searched) fit a budget of ``MATCH_BUDGET`` chunks; the rarest term is always
  kept. Terms beyond the budget are the most common, lowest-IDF ones: ignoring them is the one
  approximation, and it only happens for queries that would otherwise scan most of the store.

Scores are FTS5's bm25 over the kept terms, negated so that higher is better; IDF statistics are
store-wide (FTS5 keeps one set), not per collection.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence

import numpy as np

from communs.search.analysis import query_terms

MATCH_BUDGET = 15_000  # ~20 ms of bm25() on one core
_STALE = 0.1  # cached document frequencies are dropped when the store's size moved by 10%


def plan(terms: Sequence[str], df: dict[str, int], total: int, scope: int, budget: int = MATCH_BUDGET) -> list[str]:
    """The terms worth matching (see the module docstring), rarest first."""
    present = sorted((t for t in dict.fromkeys(terms) if df.get(t, 0) > 0), key=lambda t: (df[t], t))
    informative = [t for t in present if 2 * df[t] < total]
    present = informative or present[:1]
    share = scope / total if total else 1.0
    kept: list[str] = []
    estimated = 0.0
    for term in present:
        estimated += df[term] * share
        if kept and estimated > budget:
            break
        kept.append(term)
    return kept


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 query matching any of ``terms``, each quoted (quotes doubled)."""
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


class TermStats:
    """Cached chunk counts and document frequencies; thread-safe. Writers call :meth:`invalidate`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._df: dict[str, int] = {}
        self._df_total = 0
        self._counts: dict[int, int] = {}
        self._total: int | None = None

    def invalidate(self, collection_id: int) -> None:
        with self._lock:
            self._counts.pop(collection_id, None)
            self._total = None

    def total(self, conn: sqlite3.Connection) -> int:
        with self._lock:
            if self._total is not None:
                return self._total
        total = conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
        with self._lock:
            self._total = total
            if abs(total - self._df_total) > _STALE * max(self._df_total, 1):
                self._df.clear()
                self._df_total = total
        return total

    def scope(self, conn: sqlite3.Connection, collection_ids: Sequence[int]) -> int:
        with self._lock:
            missing = [c for c in collection_ids if c not in self._counts]
        found = {
            c: conn.execute("SELECT count(*) FROM chunks WHERE collection_id = ?", (c,)).fetchone()[0] for c in missing
        }
        with self._lock:
            self._counts.update(found)
            return sum(self._counts.get(c, found.get(c, 0)) for c in collection_ids)

    def document_frequencies(self, conn: sqlite3.Connection, terms: Sequence[str]) -> dict[str, int]:
        with self._lock:
            known = {t: self._df[t] for t in terms if t in self._df}
        missing = [t for t in terms if t not in known]
        if missing:
            rows = conn.execute(
                f"SELECT term, doc FROM chunks_vocab WHERE term IN ({', '.join('?' * len(missing))})", missing
            ).fetchall()
            found = {t: 0 for t in missing} | {term: int(doc) for term, doc in rows}
            with self._lock:
                if len(self._df) > 100_000:
                    self._df.clear()
                self._df.update(found)
            known |= found
        return known


def search(
    conn: sqlite3.Connection,
    stats: TermStats,
    collection_ids: Sequence[int],
    query: str,
    limit: int,
    allowed: np.ndarray | None = None,
) -> list[tuple[int, float]]:
    """(chunk id, BM25 score, higher is better), best first; ``allowed``: chunk ids to restrict to."""
    return search_terms(conn, stats, collection_ids, query_terms(query), limit, allowed)


def search_terms(
    conn: sqlite3.Connection,
    stats: TermStats,
    collection_ids: Sequence[int],
    terms: Sequence[str],
    limit: int,
    allowed: np.ndarray | None = None,
) -> list[tuple[int, float]]:
    """:func:`search` over terms already analysed (see :func:`communs.search.analysis.analyze`)."""
    terms = list(dict.fromkeys(terms))
    if not terms or not collection_ids or limit <= 0:
        return []
    total = stats.total(conn)
    terms = plan(terms, stats.document_frequencies(conn, terms), total, stats.scope(conn, collection_ids))
    if not terms:
        return []
    marks = ", ".join("?" * len(collection_ids))
    sql = f"SELECT rowid, bm25(chunks_fts) FROM chunks_fts WHERE chunks_fts MATCH ? AND collection_id IN ({marks})"
    params: list[object] = [match_expression(terms), *collection_ids]
    if allowed is not None:
        # "rowid + 0": a plain rowid IN (...) makes FTS5 re-run the query once per listed id
        sql += " AND (rowid + 0) IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(allowed.tolist()))
    rows = conn.execute(sql + " ORDER BY rank LIMIT ?", (*params, limit)).fetchall()
    return [(int(chunk_id), -float(score)) for chunk_id, score in rows]
