"""Search at scale, both backends side by side, for bench/search.py: ingest chunks/s, hybrid p50/p95, RSS.

What is synthesised (embedding 1M chunks with e5 on two cores would take days):

- **texts**: French sentences of the documents shipped in tests/data (the 23 Service-Public fiches, the plain-
  language letters, the French AI Act excerpt). A pool of ``POOL`` real chunks (about 150 words of consecutive
  sentences each, from random places of that text) is cut once. Each synthetic chunk starts from one pool chunk:
  half of its sentences are replaced by random sentences of the whole text, then each word of more than three
  letters is, with probability ``SUBSTITUTE``, replaced by a word drawn from wordfreq's French list by its Zipf
  frequency, so that vocabulary keeps growing with the store as in a real corpus (sentences alone, repeated a
  million times, would put every query word in a large share of all chunks);
- **vectors**: the pool chunks are embedded with e5 (real passages, cached in ``--embed-cache``); a synthetic
  chunk's vector is its pool chunk's, plus Gaussian noise (cosine about 0.92 to it), normalised: clustered like
  real embeddings (random vectors spread evenly, which no real corpus does).

Both stores are fed the same documents in the same loop (20 chunks a document, ``add_document`` as an API replica
calls it; the time of each store's own calls is counted apart), then queried in turn, query by query (the
question set and the fiches' titles, their e5 query vectors computed once), so that the machine's other load
weighs on both alike. RSS: this process (the communs process: the embedded store's vectors and SQLite pages live
here; Milvus's client only) and the Milvus Lite server's processes, read from /proc.
"""

from __future__ import annotations

import itertools
import os
import pickle
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from search_speed import METHODS, WORDFREQ_WORDS, _stats
from wordfreq import iter_wordlist, zipf_frequency

from communs.models.e5 import E5Provider
from communs.search.analysis import analyze
from communs.search.milvus import MilvusSearchStore
from communs.search.milvus_support import encoded_terms
from communs.search.records import ChunkInput
from communs.search.store import SearchStore, SqliteSearchStore

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SOURCES = ["service_public_fiches/txt/*.txt", "plain/letters/*.txt", "ai_act_fr_excerpt/*.md"]
POOL = 200  # real chunks embedded with e5
WORDS = 150
SUBSTITUTE = 0.2
NOISE = 0.0217  # per dimension: cosine ~0.92 to the pool vector at 384 dimensions
CHUNKS_PER_DOCUMENT = 20


def sentences() -> list[str]:
    text = " ".join(path.read_text(encoding="utf-8") for pattern in SOURCES for path in sorted(DATA.glob(pattern)))
    parts = re.split(r"(?<=[.!?:])\s+|\n+", text)
    return [" ".join(p.split()) for p in parts if len(p.split()) >= 4]


class Corpus:
    """The pool of real chunks, their e5 vectors, and the synthetic chunks made from them (seeded)."""

    def __init__(self, provider: E5Provider, cache: Path | None, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.provider = provider
        self.sentences = sentences()
        self.pool: list[list[int]] = []  # sentence indexes of each pool chunk
        for _ in range(POOL):
            start, words, chunk = int(self.rng.integers(0, len(self.sentences))), 0, []
            while words < WORDS:
                index = (start + len(chunk)) % len(self.sentences)
                chunk.append(index)
                words += len(self.sentences[index].split())
            self.pool.append(chunk)
        texts = [" ".join(self.sentences[i] for i in chunk) for chunk in self.pool]
        self.vectors, self.embed_s = _pool_vectors(provider, texts, cache)
        words = list(itertools.islice(iter_wordlist("fr", "large"), WORDFREQ_WORDS))
        self.words = [w for w in words if len(w) > 3]
        p = 10 ** np.array([zipf_frequency(w, "fr", wordlist="large") for w in self.words])
        self.cdf = np.cumsum(p / p.sum())

    def about(self) -> dict[str, Any]:
        return {
            "sources": SOURCES,
            "sentences": len(self.sentences),
            "pool_chunks_embedded_with_e5": POOL,
            "pool_embed_s": round(self.embed_s, 1),
            "sentence_replaced": 0.5,
            "word_substituted": SUBSTITUTE,
            "vector_noise_per_dim": NOISE,
            "words_per_chunk": WORDS,
            "chunks_per_document": CHUNKS_PER_DOCUMENT,
        }

    def chunks(self, count: int) -> list[ChunkInput]:
        bases = self.rng.integers(0, POOL, count)
        noise = self.rng.normal(scale=NOISE, size=(count, self.vectors.shape[1])).astype(np.float32)
        vectors = self.vectors[bases] + noise
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        out = []
        for n, (base, vector) in enumerate(zip(bases, vectors)):
            chosen = [
                i if self.rng.random() >= 0.5 else int(self.rng.integers(0, len(self.sentences)))
                for i in self.pool[base]
            ]
            words = " ".join(self.sentences[i] for i in chosen).split()
            slots = [i for i, w in enumerate(words) if len(w) > 3 and self.rng.random() < SUBSTITUTE]
            picks = np.searchsorted(self.cdf, self.rng.random(len(slots)))
            for slot, pick in zip(slots, picks):
                words[slot] = self.words[min(int(pick), len(self.words) - 1)]
            out.append(ChunkInput(content=" ".join(words), pages=[1 + n // 4], vector=vector))
        return out


def _pool_vectors(provider: E5Provider, texts: list[str], cache: Path | None) -> tuple[np.ndarray, float]:
    known: dict[str, list[float]] = {}
    if cache is not None and cache.exists():
        known = pickle.loads(cache.read_bytes())
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    started = time.perf_counter()
    for start in range(0, len(missing), 64):
        batch = missing[start : start + 64]
        known.update(zip(batch, provider.embed_sync(batch, "passage").vectors))
    spent = time.perf_counter() - started
    if cache is not None and missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(known))
    return np.array([known[t] for t in texts], dtype=np.float32), spent


# -- memory ---------------------------------------------------------------------------------------


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in kB."""
    out = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1])
    return out


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(children.get(child, []))
    return found


def memory() -> dict[str, float]:
    """RSS in MB: this process (now, and its peak), and its child processes (the Milvus Lite server) together."""
    own = _status(os.getpid())
    children = 0
    for pid in _descendants(os.getpid()):
        try:
            children += _status(pid).get("VmRSS", 0)
        except OSError:
            continue
    return {
        "communs_rss_mb": round(own["VmRSS"] / 1024),
        "communs_peak_rss_mb": round(own["VmHWM"] / 1024),
        "milvus_server_rss_mb": round(children / 1024),
    }


def _size_mb(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 1e6, 1)
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1) if path.exists() else 0.0


# -- the run ----------------------------------------------------------------------------------


def replicate(store: SqliteSearchStore, collection_id: int, chunks: int, seed: int = 1) -> float:
    """Grow an embedded store to ``chunks`` chunks by copying its chunks in SQL (``--grow-from``): each copy keeps
    its chunk's document, text and analysed terms; its vector gets fresh noise (as :class:`Corpus`). Seconds spent.
    Building 1M chunks through ``add_document`` takes over an hour on this machine; this takes minutes, and the
    searched structures (the vector matrix, the FTS5 index and its document frequencies) are what 1M chunks make."""
    rng = np.random.default_rng(seed)

    def perturb(blob: bytes) -> bytes:
        vector = np.frombuffer(blob, dtype=np.float32) + rng.normal(scale=NOISE, size=len(blob) // 4).astype(np.float32)
        return (vector / np.linalg.norm(vector)).astype(np.float32).tobytes()

    started = time.perf_counter()
    conn = store._conn()
    conn.create_function("perturb", 1, perturb, deterministic=False)
    base, top = conn.execute(
        "SELECT count(*), max(id) FROM chunks WHERE collection_id = ?", (collection_id,)
    ).fetchone()
    columns = "document_id, collection_id, idx, section, pages, metadata, meta, doc_name, content"
    copy = 1
    while base * (copy + 1) <= chunks:
        offset = top * copy
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            f"INSERT INTO chunks (id, {columns}, vector) SELECT id + ?, {columns}, perturb(vector) FROM chunks "
            "WHERE collection_id = ? AND id <= ?",
            (offset, collection_id, top),
        )
        conn.execute(
            "INSERT INTO chunks_fts (rowid, collection_id, terms) SELECT rowid + ?, collection_id, terms "
            "FROM chunks_fts WHERE collection_id = ? AND rowid <= ?",
            (offset, collection_id, top),
        )
        store._bump(conn, collection_id)
        conn.execute("COMMIT")
        copy += 1
    store._invalidate(collection_id)
    return time.perf_counter() - started


def build(
    stores: dict[str, tuple[SearchStore, int]],
    corpus: Corpus,
    chunks: int,
    log: Callable[[str], None],
    keep: list[tuple[dict[str, int], list[ChunkInput]]] | None = None,
) -> dict[str, float]:
    """The same documents into every store; seconds spent in each store's ``add_document``. ``keep``: gets each
    document's ids (per store) and chunks."""
    spent = dict.fromkeys(stores, 0.0)
    started = time.perf_counter()
    for number, start in enumerate(range(0, chunks, CHUNKS_PER_DOCUMENT)):
        inputs = corpus.chunks(min(CHUNKS_PER_DOCUMENT, chunks - start))
        ids = {}
        for name, (store, collection_id) in stores.items():
            began = time.perf_counter()
            ids[name] = store.add_document(collection_id, f"doc-{number}.txt", "text/plain", 5, 0, {}, inputs)
            spent[name] += time.perf_counter() - began
        if keep is not None:
            keep.append((ids, inputs))
        if number and number % 1000 == 0:
            log(
                f"  {start} chunks in {time.perf_counter() - started:.0f} s ("
                + ", ".join(f"{name} {start / s:.0f} chunks/s" for name, s in spent.items())
                + ")"
            )
    return spent


def replicate_milvus(
    store: MilvusSearchStore, documents: list[tuple[dict[str, int], list[ChunkInput]]], chunks: int, seed: int = 1
) -> float:
    """Grow a Milvus store to ``chunks`` chunks with copies of the documents built (as :func:`replicate`: same
    document, text and terms, fresh noise on the vector), inserted 1,000 rows a call. Seconds spent."""
    rng = np.random.default_rng(seed)
    started = time.perf_counter()
    collection = store._chunk_collection(len(documents[0][1][0].vector), create=False)  # type: ignore[arg-type]
    assert collection is not None
    base = []
    for ids, inputs in documents:
        document = store.get_document(ids["milvus"])
        assert document is not None
        for index, chunk in enumerate(inputs):
            base.append(
                {
                    "collection_id": document.collection_id,
                    "document_id": document.id,
                    "idx": index,
                    "content": chunk.content,
                    "terms": encoded_terms(analyze(chunk.content)),
                    "info": {
                        "pages": chunk.pages,
                        "page": chunk.pages[0],
                        "section": None,
                        "document_name": document.name,
                        "metadata": {},
                    },
                    "meta": {},
                    "vector": np.asarray(chunk.vector, dtype=np.float32),
                }
            )
    total = len(base)
    while total + len(base) <= chunks:
        for start in range(0, len(base), 1000):
            rows = []
            for row in base[start : start + 1000]:
                vector = row["vector"] + rng.normal(scale=NOISE, size=row["vector"].shape[0]).astype(np.float32)
                rows.append({**row, "vector": (vector / np.linalg.norm(vector)).tolist()})
            store.client.insert(collection, rows)
        total += len(base)
    return time.perf_counter() - started


def measure(
    stores: dict[str, tuple[SearchStore, int]],
    queries: list[str],
    vectors: list[list[float]],
    rounds: int,
    methods: tuple[str, ...] = METHODS,
    k: int = 10,
) -> dict[str, dict[str, Any]]:
    """Store-only latency per backend and method (precomputed query vectors), backends in turn query by query."""
    wall: dict[str, dict[str, list[float]]] = {name: {m: [] for m in methods} for name in stores}
    cpu: dict[str, list[float]] = {name: [] for name in stores}
    for _ in range(rounds):
        for method in methods:
            for query, vector in zip(queries, vectors):
                for name, (store, collection_id) in stores.items():
                    started, cpu_started = time.perf_counter(), time.process_time()
                    store.search([collection_id], method=method, query=query, query_vector=vector, k=k)  # type: ignore[arg-type]
                    wall[name][method].append(time.perf_counter() - started)
                    if method == "hybrid":
                        cpu[name].append(time.process_time() - cpu_started)
    out: dict[str, dict[str, Any]] = {}
    for name in stores:
        out[name] = {method: _stats(wall[name][method]) for method in methods}
        if cpu[name]:
            out[name]["hybrid"]["cpu_p50_ms"] = round(float(np.median(cpu[name])) * 1e3, 2)
    return out


def run_scale(
    folder: Path,
    chunks: int,
    openers: dict[str, Callable[[Path], SearchStore]],
    corpus: Corpus,
    queries: list[str],
    query_vectors: list[list[float]],
    *,
    rounds: int,
    methods: tuple[str, ...] = METHODS,
    milvus_data: Path | None,
    grow_from: int | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """One store size: build every backend's store with the same chunks, then latency side by side. ``grow_from``:
    build that many chunks, then copy them (:func:`replicate`; the embedded store only) up to ``chunks``."""
    row: dict[str, Any] = {
        "chunks": chunks,
        "backends": list(openers),
        "memory_before": memory(),
        "loadavg_before": _load(),
    }
    stores: dict[str, tuple[SearchStore, int]] = {}
    for name, opener in openers.items():
        store = opener(folder / f"scale-{name}-{chunks}.sqlite")
        stores[name] = (store, store.create_collection(f"scale {chunks}", None, "private", None).id)
    log(f"scale: {chunks} chunks into {', '.join(stores)} (same documents, in turn)...")
    started = time.perf_counter()
    built = min(chunks, grow_from or chunks)
    kept: list[tuple[dict[str, int], list[ChunkInput]]] = []
    spent = build(stores, corpus, built, log, kept if "milvus" in stores and built < chunks else None)
    if built < chunks:
        row["built_by_add_document"] = built
        row["grown_by_copies_s"] = {}
        for name, (store, collection_id) in stores.items():
            if isinstance(store, SqliteSearchStore):
                row["grown_by_copies_s"][name] = round(replicate(store, collection_id, chunks), 1)
            else:
                assert isinstance(store, MilvusSearchStore)
                row["grown_by_copies_s"][name] = round(replicate_milvus(store, kept, chunks), 1)
            log(f"  {name} grown to {chunks} chunks by copies in {row['grown_by_copies_s'][name]:.0f} s")
    for store, _ in stores.values():
        if hasattr(store, "flush"):  # Milvus: seal the segments, as a server does as they fill
            store.flush()
    row["build_s"] = round(time.perf_counter() - started, 1)
    row["ingest_chunks_per_s"] = {name: round(built / s, 1) for name, s in spent.items()}
    row["memory_after_build"] = memory()
    row["disk_mb"] = {
        name: _size_mb(milvus_data if name == "milvus" and milvus_data else folder / f"scale-{name}-{chunks}.sqlite")
        for name in stores
    }
    first: dict[str, float] = {}
    for name, (store, collection_id) in stores.items():  # the embedded store loads its vectors here
        began = time.perf_counter()
        store.search([collection_id], method="hybrid", query=queries[0], query_vector=query_vectors[0], k=10)
        first[name] = round((time.perf_counter() - began) * 1e3, 1)
    row["first_search_ms"] = first
    row["memory_after_first_search"] = memory()
    row["latency"] = measure(stores, queries, query_vectors, rounds, methods)
    row["memory_after_searches"] = memory()
    row["loadavg_after"] = _load()
    if "milvus" in stores and "sqlite" in stores:
        row["ratio_milvus_over_sqlite"] = {
            "hybrid_p50": _ratio(
                row["latency"]["milvus"]["hybrid"]["p50_ms"], row["latency"]["sqlite"]["hybrid"]["p50_ms"]
            ),
            "hybrid_p95": _ratio(
                row["latency"]["milvus"]["hybrid"]["p95_ms"], row["latency"]["sqlite"]["hybrid"]["p95_ms"]
            ),
            "ingest_chunks_per_s": _ratio(row["ingest_chunks_per_s"]["milvus"], row["ingest_chunks_per_s"]["sqlite"]),
        }
    for name, (store, collection_id) in stores.items():
        store.delete_collection(collection_id)
        store.close()
        (folder / f"scale-{name}-{chunks}.sqlite").unlink(missing_ok=True)
    return row


def _ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def print_scale(rows: list[dict[str, Any]]) -> None:
    print("\n== Search at scale: store-only latency k=10, p50 / p95 ms; ingest chunks/s; RSS MB ==")
    for row in rows:
        print(
            f"{row['chunks']} chunks (built in {row['build_s']:.0f} s; "
            f"load {row['loadavg_before']} -> {row['loadavg_after']})"
        )
        for name, latency in row["latency"].items():
            cells = "  ".join(
                f"{m} {stats['p50_ms']:.1f}/{stats['p95_ms']:.1f}" for m, stats in latency.items() if m in METHODS
            )
            print(
                f"  {name:7} {cells}  ingest {row['ingest_chunks_per_s'][name]:.0f} chunks/s, "
                f"disk {row['disk_mb'][name]:.0f} MB, first search {row['first_search_ms'][name]:.0f} ms"
            )
        print(f"  RSS after searches: {row['memory_after_searches']} (before build: {row['memory_before']})")
        if "ratio_milvus_over_sqlite" in row:
            print(f"  Milvus / embedded: {row['ratio_milvus_over_sqlite']}")
