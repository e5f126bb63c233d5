"""A local measurement of search latency on synthetic data (not a test): ``python -m communs.search.bench``.

Chunks hold 150 random words and a random unit 384-dimension vector; queries are the titles of the
service-public.fr fiches in ``../shared/data``. Two corpora:

- ``realistic``: words from the French word frequencies of ``wordfreq_fr`` (100k words, Zipf), a
  quarter of each chunk drawn from its document's topic (80 words, some from the fiches), as in
  real text where a word clusters in the documents about it;
- ``worst``: every word drawn independently from the fiches' own word frequencies (~4k words), so
  that each query word is in a large share of all chunks: the worst case for lexical search.

Times exclude the query embedding (the caller's, ~10 ms with e5); they are wall-clock times on
whatever else the machine is running, so the process's CPU time (all threads) is shown too: on
an idle machine, a query takes about that long, or less where hybrid's two searches overlap.
Run with ``OPENBLAS_NUM_THREADS=1`` on a busy machine: BLAS threads waiting for a core skew both.
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

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
FICHES = DATA / "service_public_fiches" / "txt"
WORDFREQ = DATA / "wordfreq_fr" / "wordfreq_fr_large_top100k_zipf.tsv"
WORDS_PER_CHUNK = 150
CHUNKS_PER_DOCUMENT = 20


def fiches() -> tuple[list[str], np.ndarray, list[str]]:
    """The fiches' words, their frequencies, and the fiche titles (the queries)."""
    counts: Counter[str] = Counter()
    titles: list[str] = []
    for path in sorted(FICHES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        titles.append(text.splitlines()[0])
        counts.update(re.findall(r"[\w'’-]+", text.lower()))
    words = list(counts)
    weights = np.array([counts[word] for word in words], dtype=np.float64)
    return words, weights / weights.sum(), titles


class Generator:
    def __init__(self, mode: str, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.mode = mode
        self.fiche_words, fiche_p, self.queries = fiches()
        if mode == "worst":
            self.words, p = self.fiche_words, fiche_p
        else:
            rows = [line.split("\t") for line in WORDFREQ.read_text(encoding="utf-8").splitlines()[1:]]
            self.words = [word for word, _ in rows]
            p = 10 ** np.array([float(zipf) for _, zipf in rows])
            p /= p.sum()
            self.mid = np.flatnonzero((p > 1e-7) & (p < 1e-4))
        self.cdf = np.cumsum(p)

    def chunks(self, count: int) -> list[str]:
        """The texts of one document's chunks."""
        picks = np.searchsorted(self.cdf, self.rng.random((count, WORDS_PER_CHUNK)) * self.cdf[-1])
        texts = [[self.words[i] for i in row] for row in picks]
        if self.mode != "worst":
            topic = [self.fiche_words[i] for i in self.rng.integers(0, len(self.fiche_words), 40)]
            topic += [self.words[i] for i in self.rng.choice(self.mid, 40)]
            for text in texts:
                for slot in self.rng.integers(0, WORDS_PER_CHUNK, WORDS_PER_CHUNK // 4):
                    text[slot] = topic[self.rng.integers(0, len(topic))]
        return [" ".join(text) for text in texts]


def build(store: SqliteSearchStore, collection_id: int, chunks: int, dims: int, mode: str) -> float:
    generator = Generator(mode)
    started = time.perf_counter()
    for start in range(0, chunks, CHUNKS_PER_DOCUMENT):
        count = min(CHUNKS_PER_DOCUMENT, chunks - start)
        vectors = generator.rng.normal(size=(count, dims)).astype(np.float32)
        inputs = [
            ChunkInput(content=text, pages=[1 + n // 4], section=None, metadata={}, vector=vector)
            for n, (text, vector) in enumerate(zip(generator.chunks(count), vectors))
        ]
        store.add_document(collection_id, f"doc-{start // CHUNKS_PER_DOCUMENT}.txt", "text/plain", 5, 0, {}, inputs)
    return time.perf_counter() - started


def p95(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(0.95 * len(values)))]


def summary(wall: list[float], cpu: list[float]) -> str:
    return (
        f"wall p50 {statistics.median(wall) * 1e3:5.1f} ms, p95 {p95(wall) * 1e3:5.1f} ms, "
        f"max {max(wall) * 1e3:5.1f} ms; CPU (all threads) p50 {statistics.median(cpu) * 1e3:5.1f} ms, "
        f"p95 {p95(cpu) * 1e3:5.1f} ms"
    )


def measure(store: SqliteSearchStore, collection_id: int, queries: list[str], dims: int, k: int, rounds: int) -> None:
    rng = np.random.default_rng(1)
    started = time.perf_counter()
    store.search([collection_id], method="semantic", query="", query_vector=rng.normal(size=dims).tolist(), k=k)
    print(f"  first semantic search (loads the vector matrix): {(time.perf_counter() - started) * 1e3:.0f} ms")
    for query in queries:  # warm the term statistics, as a running server has them
        store.search([collection_id], method="lexical", query=query, k=k)
    for method in ("lexical", "semantic", "hybrid"):
        wall: list[float] = []
        cpu: list[float] = []
        for _ in range(rounds):
            for query in queries:
                vector = rng.normal(size=dims).tolist()
                started, cpu_started = time.perf_counter(), time.process_time()
                store.search([collection_id], method=method, query=query, query_vector=vector, k=k)
                wall.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
        print(f"  {method:8} k={k}: {summary(wall, cpu)} ({len(wall)} queries)")
    started = time.perf_counter()
    store.add_document(
        collection_id,
        "one more",
        None,
        1,
        0,
        {},
        [ChunkInput("une phrase de plus", [1], None, {}, rng.normal(size=dims).tolist())],
    )
    store.search([collection_id], method="hybrid", query="phrase", query_vector=rng.normal(size=dims).tolist(), k=k)
    print(f"  add a 1-chunk document, then a hybrid search: {(time.perf_counter() - started) * 1e3:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description="search latency on synthetic data")
    parser.add_argument("--chunks", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--mode", choices=["realistic", "worst"], nargs="+", default=["realistic", "worst"])
    parser.add_argument("--dims", type=int, default=384)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None, help="keep the stores here (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        for mode in args.mode:
            queries = Generator(mode).queries
            for size in args.chunks:
                path = folder / f"bench-{mode}-{size}.sqlite"
                store = SqliteSearchStore(path)
                collections = store.list_collections(None)
                if collections:
                    collection_id = collections[0].id
                    print(f"{mode}, {size} chunks: reusing {path}")
                else:
                    collection_id = store.create_collection(f"bench {size}", None, "private", None).id
                    seconds = build(store, collection_id, size, args.dims, mode)
                    print(
                        f"{mode}, {size} chunks: ingested in {seconds:.0f} s ({size / seconds:.0f} chunks/s), "
                        f"file {path.stat().st_size / 1e6:.0f} MB"
                    )
                measure(store, collection_id, queries, args.dims, args.k, args.rounds)
                store.close()


if __name__ == "__main__":
    main()
