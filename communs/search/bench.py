"""A local measurement of search latency on synthetic data (not a test): ``python -m communs.search.bench``.

Chunks are ~150 words drawn from the word frequencies of the service-public.fr fiches in
``../shared/data`` (or a small built-in vocabulary), with random unit 384-dimension vectors;
queries are fiche titles. Times exclude the query embedding (the caller's, ~10 ms with e5).
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

from communs.search.records import ChunkInput
from communs.search.store import SqliteSearchStore

FICHES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "service_public_fiches" / "txt"
FALLBACK = ("demande allocation carte identité famille enfant logement impôt revenu travail salarié mairie "
            "justificatif domicile retraite pension handicap aide droit délai formulaire dossier").split()
QUERIES_FALLBACK = ["carte d'identité", "allocations familiales", "aide au logement", "impôt sur le revenu"]


def corpus() -> tuple[list[str], np.ndarray, list[str]]:
    if FICHES.is_dir():
        counts: Counter[str] = Counter()
        titles: list[str] = []
        for path in sorted(FICHES.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            titles.append(text.splitlines()[0])
            counts.update(re.findall(r"[\w'’-]+", text.lower()))
        words = list(counts)
        weights = np.array([counts[word] for word in words], dtype=np.float64)
        return words, weights / weights.sum(), titles
    return FALLBACK, np.full(len(FALLBACK), 1 / len(FALLBACK)), QUERIES_FALLBACK


def build(store: SqliteSearchStore, collection_id: int, chunks: int, dims: int, per_document: int = 100) -> float:
    words, weights, _ = corpus()
    rng = np.random.default_rng(0)
    started = time.perf_counter()
    for start in range(0, chunks, per_document):
        count = min(per_document, chunks - start)
        sampled = rng.choice(len(words), size=(count, 150), p=weights)
        vectors = rng.normal(size=(count, dims)).astype(np.float32)
        inputs = [ChunkInput(content=" ".join(words[i] for i in row), pages=[1 + n // 3], section=None,
                             metadata={"n": start + n}, vector=vector)
                  for n, (row, vector) in enumerate(zip(sampled, vectors))]
        store.add_document(collection_id, f"doc-{start // per_document}.txt", "text/plain", 1, 0, {}, inputs)
    return time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(store: SqliteSearchStore, collection_id: int, queries: list[str], dims: int, k: int) -> dict:
    rng = np.random.default_rng(1)
    started = time.perf_counter()
    store.search([collection_id], method="semantic", query="x", query_vector=rng.normal(size=dims).tolist(), k=k)
    load = time.perf_counter() - started
    report = {"first semantic search (loads the matrix)": f"{load * 1000:.0f} ms"}
    for method in ("lexical", "semantic", "hybrid"):
        times: list[float] = []
        for _ in range(3):
            for query in queries:
                vector = rng.normal(size=dims).tolist()
                started = time.perf_counter()
                store.search([collection_id], method=method, query=query, query_vector=vector, k=k)
                times.append(time.perf_counter() - started)
        report[method] = (f"p50 {statistics.median(times) * 1000:.1f} ms, p95 {percentile(times, 0.95) * 1000:.1f} ms, "
                          f"max {max(times) * 1000:.1f} ms over {len(times)}")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--dims", type=int, default=384)
    parser.add_argument("--k", type=int, default=10)
    args = parser.parse_args()
    _, _, titles = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.chunks:
            store = SqliteSearchStore(Path(tmp) / f"bench-{size}.sqlite")
            collection = store.create_collection(f"bench {size}", None, "private", None)
            seconds = build(store, collection.id, size, args.dims)
            mb = (Path(tmp) / f"bench-{size}.sqlite").stat().st_size / 1e6
            print(f"{size} chunks: ingested in {seconds:.0f} s ({size / seconds:.0f} chunks/s), file {mb:.0f} MB")
            for name, value in measure(store, collection.id, titles, args.dims, args.k).items():
                print(f"  {name}: {value}")
            store.close()


if __name__ == "__main__":
    main()
