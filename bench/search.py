"""Search benchmark: retrieval quality, ingest throughput, OCR speed, search latency at scale and freshness.

    .venv/bin/python bench/search.py [--quick] [--only quality ingest latency scale freshness] [--embed-cache FILE]
    .venv/bin/python bench/search.py --only scale --chunks 100000 1000000 --backend both

1. Quality (bench/search_quality.py): recall@5 and MRR of lexical, semantic and hybrid search over
   the service-public.fr fiches and the EU AI Act, on bench/questions_search.json, for the code
   as it is (``baseline``) and for prototyped changes (variants); target: hybrid recall@5 >= 0.9.
   Milvus runs the baseline; target: within 0.02 of the embedded store.
2. Ingestion (bench/search_speed.py): pages/s of a ~20-page text PDF and ~6 scanned A4 pages,
   split into parse, chunk, embed and store time; OCR s/page with both cores (target <= 0.5).
3. Latency (bench/search_speed.py): p50/p95 at 10k random-word chunks with random vectors, per method, store
   only and end to end (e5 embedding each query), and hybrid throughput with 1 and 4 client threads.
4. Scale (bench/search_scale.py): stores of ``--chunks`` chunks (default 100k) of French sentences with vectors
   derived from real e5 embeddings, the same chunks into both backends: ingest chunks/s, store-only p50/p95 per
   method with both backends queried in turn, RSS of this process and of the Milvus Lite server, Milvus/embedded
   ratios; target: hybrid p95 <= 50 ms at 100k on both.
5. Freshness (bench/search_freshness.py): two ``communs serve`` replicas per backend (one Milvus server and one
   PostgreSQL; or one shared data home), time from a document's 201 on A to its first hit on B; target <= 1 s.

``--backend both`` (the default): the embedded store and Milvus in the same run (a Milvus Lite server started for
the run, or ``--milvus-uri``); Milvus runs the baseline's quality.
``--quick``: only the variants that need no re-ingestion.
``--embed-cache``: keep e5 vectors of the quality corpus and the scale pool between runs (never used for timings).
Timings are wall-clock on whatever else runs on the machine: the load average is recorded.
Results: bench/results/search.json (``--out``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_quality as quality  # noqa: E402
import search_speed as speed  # noqa: E402
from search_freshness import run_freshness  # noqa: E402
from search_scale import Corpus, print_scale, run_scale  # noqa: E402

from communs.models.e5 import E5Provider  # noqa: E402
from communs.search.catalog import Catalog  # noqa: E402
from communs.search.milvus import MilvusSearchStore  # noqa: E402
from communs.search.milvus_support import lite_server  # noqa: E402
from communs.search.store import SearchStore, SqliteSearchStore  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "search.json"
RECALL_TARGET = 0.9
OCR_TARGET_S = 0.5
HYBRID_P95_TARGET_MS = 50.0


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def print_quality(results: list[dict[str, Any]]) -> None:
    groups = ("all", "fiches", "ai_act", "ai_act_en", "ai_act_fr")
    sizes = {g: results[0]["metrics"]["hybrid"][g]["n"] for g in groups}
    print(
        "\n== Retrieval quality: recall@5 / MRR@10 (questions: "
        + ", ".join(f"{g} {n}" for g, n in sizes.items())
        + ") =="
    )
    print(f"{'variant':20} {'method':9}" + "".join(f"{g:>15}" for g in groups))
    for result in results:
        methods = quality.METHODS if result["variant"] == "baseline" else ("hybrid",)
        for method in methods:
            cells = "".join(
                f"{m['recall@5']:>8.3f}/{m['mrr']:.3f}" for m in (result["metrics"][method][g] for g in groups)
            )
            print(f"{result['variant']:20} {method:9}{cells}")
    baseline = results[0]
    for method in quality.METHODS:
        misses = baseline["misses"][method]
        print(
            f"baseline {method} misses ({len(misses)}): "
            + ", ".join(f"{m['id']}(rank {m['rank'] or '>10'})" for m in misses)
        )
    print("variants: " + "; ".join(f"{r['variant']} = {r['about']}" for r in results[1:]))
    best = max(results, key=lambda r: (r["metrics"]["hybrid"]["all"]["recall@5"], r["metrics"]["hybrid"]["all"]["mrr"]))
    shipped = baseline["metrics"]["hybrid"]["all"]["recall@5"]
    value = best["metrics"]["hybrid"]["all"]["recall@5"]
    print(
        f"hybrid recall@5 (target >= {RECALL_TARGET}): baseline {shipped:.3f} "
        f"({'met' if shipped >= RECALL_TARGET else 'not met'}); best prototype {best['variant']} {value:.3f}, "
        f"MRR {best['metrics']['hybrid']['all']['mrr']:.3f}, misses: "
        + ", ".join(m["id"] for m in best["misses"]["hybrid"])
    )


def print_ingest(result: dict[str, Any]) -> None:
    print("\n== Ingestion (parse -> chunk -> e5 embed -> store) ==")
    for name, row in result.items():
        print(
            f"{name:12} {row['pages']:3} pages, {row['chunks']:4} chunks: {row['pages_per_s']:6.2f} pages/s overall "
            f"({row['total_s']:.1f} s = parse {row['parse_s']:.1f} + chunk {row['chunk_s']:.2f} + embed "
            f"{row['embed_s']:.1f} + store {row['store_s']:.2f}); parse alone {row['parse_pages_per_s']:.1f} pages/s"
        )
        if "ocr_s_per_page" in row:
            print(
                f"{'':12} OCR {row['ocr_s_per_page']:.2f} s per A4 page with {row['ocr_workers']} workers "
                f"(target <= {OCR_TARGET_S}: {'met' if row['ocr_s_per_page'] <= OCR_TARGET_S else 'not met'}), "
                f"word recall {row['ocr_word_recall']:.3f}, confidence {row['ocr_confidence']}"
            )
            print(
                f"{'':12} OCR CPU {row['ocr_cpu_s_per_page']:.2f} s per page (all processes): about "
                f"{row['ocr_cpu_s_per_page'] / row['ocr_workers']:.2f} s per page on {row['ocr_workers']} idle cores"
            )


def print_latency(rows: list[dict[str, Any]]) -> None:
    print("\n== Search latency, k=10: p50 / p95 ms (store: precomputed query vector; e2e: SearchService with e5) ==")
    for row in rows:
        print(
            f"{row['backend']} {row['mode']} {row['chunks']} chunks (built in {row['build_s']:.0f} s, "
            f"{row['file_mb']:.0f} MB; first search loads vectors in {row['first_search_loads_vectors_ms']:.0f} ms)"
        )
        for method in speed.METHODS:
            store, e2e = row[f"store_{method}"], row[f"end_to_end_{method}"]
            print(
                f"  {method:8} store {store['p50_ms']:6.1f} / {store['p95_ms']:6.1f} "
                f"(CPU p50 {store['cpu_p50_ms']:5.1f})   e2e {e2e['p50_ms']:6.1f} / {e2e['p95_ms']:6.1f}"
            )
        if row["chunks"] >= 100_000:
            p95 = row["store_hybrid"]["p95_ms"]
            print(
                f"  hybrid p95 {p95:.1f} ms at {row['chunks']} (target <= {HYBRID_P95_TARGET_MS:.0f}: "
                f"{'met' if p95 <= HYBRID_P95_TARGET_MS else 'not met'})"
            )


def print_backends(results: dict[str, Any]) -> None:
    quality_rows = results.get("quality_by_backend", {})
    if quality_rows:
        print("\n== Backends side by side: recall@5 / MRR@10 of the baseline (all questions) ==")
        for backend, rows in quality_rows.items():
            metrics = rows[0]["metrics"]
            print(
                f"{backend:8}"
                + "".join(
                    f"  {m} {metrics[m]['all']['recall@5']:.3f}/{metrics[m]['all']['mrr']:.3f}" for m in quality.METHODS
                )
            )
    for row in results.get("latency", []):
        print(
            f"{row['backend']:8} {row['chunks']} chunks: built in {row['build_s']:.0f} s; hybrid p50/p95 "
            f"{row['store_hybrid']['p50_ms']:.1f}/{row['store_hybrid']['p95_ms']:.1f} ms; "
            + ", ".join(f"{key} {value}" for key, value in row["throughput_qps"].items())
        )


def store_opener(backend: str, uri: str | None) -> Callable[[Path], SearchStore]:
    """Opens a fresh store: a SQLite file, or Milvus collections of a prefix of their own."""
    if backend == "sqlite":
        return SqliteSearchStore

    def open_milvus(path: Path) -> SearchStore:
        assert uri is not None
        return MilvusSearchStore(uri, catalog=Catalog.private(path), prefix="bench" + uuid.uuid4().hex[:8])

    return open_milvus


async def run(args: argparse.Namespace, folder: Path, milvus_uri: str | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {
        "backends": args.backends,
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "cpus": os.cpu_count(),
        "loadavg_start": _load(),
        "quick": args.quick,
        "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS"),
    }
    if "quality" in args.only:
        variants = [v for v in quality.VARIANTS if not args.quick or v.ingest_key() == quality.BASELINE.ingest_key()]
        embed = quality.CachedEmbedder(cache=args.embed_cache)
        print(f"quality: {len(quality.load_questions())} questions from {quality.QUESTIONS}, {len(variants)} variants")
        results["quality_by_backend"] = {}
        for backend in args.backends:
            chosen = variants if backend == "sqlite" else [quality.BASELINE]
            results["quality_by_backend"][backend] = await quality.run_quality(
                folder / f"quality-{backend}", chosen, embed, open_store=store_opener(backend, milvus_uri)
            )
            print_backends({"quality_by_backend": {backend: results["quality_by_backend"][backend]}})
        results["quality"] = results["quality_by_backend"][args.backends[0]]
        results["loadavg_after_quality"] = _load()
        print_quality(results["quality"])
    if "ingest" in args.only:
        (folder / "ingest").mkdir()
        results["ingest"] = await speed.ingest_throughput(folder / "ingest", args.text_pages, args.scan_pages)
        results["loadavg_after_ingest"] = _load()
        print_ingest(results["ingest"])
    if "latency" in args.only:
        provider = E5Provider(threads=2)
        queries = speed.latency_queries(quality.load_questions())
        rows = []
        for backend in args.backends:
            for mode in args.modes:
                for size in args.latency_chunks:
                    print(f"latency: building a {mode} {backend} store of {size} chunks...", flush=True)
                    (folder / "latency").mkdir(exist_ok=True)
                    rows.append(
                        await speed.latency(
                            folder / "latency",
                            size,
                            mode,
                            queries,
                            provider,
                            open_store=store_opener(backend, milvus_uri),
                            backend=backend,
                        )
                    )
                    (folder / "latency" / f"latency-{mode}-{size}.sqlite").unlink(missing_ok=True)
        results["latency"] = rows
        print_latency(rows)
    if "scale" in args.only:
        corpus = Corpus(E5Provider(threads=2), args.embed_cache and args.embed_cache.with_suffix(".scale.pkl"))
        queries = speed.latency_queries(quality.load_questions())
        vectors = (await corpus.provider.embed(queries, "query")).vectors
        results["scale_corpus"] = corpus.about()
        results["scale"] = []
        for size in args.chunks:
            backends = [b for b in args.backends if b != "milvus" or size <= args.milvus_max_chunks]
            openers = {backend: store_opener(backend, milvus_uri) for backend in backends}
            results["scale"].append(
                run_scale(
                    folder,
                    size,
                    openers,
                    corpus,
                    queries,
                    vectors,
                    rounds=args.rounds,
                    methods=tuple(args.scale_methods),
                    milvus_data=folder / "milvus",
                    grow_from=args.grow_from,
                )
            )
            print_scale(results["scale"][-1:])
    if "freshness" in args.only:
        results["freshness"] = run_freshness(folder, args.backends, milvus_uri, args.freshness_rounds)
    print_backends(results)
    results["loadavg_end"] = _load()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="no re-ingesting variants")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["quality", "ingest", "latency", "scale", "freshness"],
        default=["quality", "ingest", "latency", "scale", "freshness"],
    )
    parser.add_argument(
        "--modes",
        nargs="+",
        choices=["realistic", "worst"],
        default=["realistic"],
        help="synthetic corpora for latency (worst: every query word is common)",
    )
    parser.add_argument("--backend", choices=["both", "sqlite", "milvus"], default="both")
    parser.add_argument("--latency-chunks", type=int, nargs="+", default=[10_000], help="store sizes for latency")
    parser.add_argument("--chunks", type=int, nargs="+", default=[100_000], help="store sizes for scale")
    parser.add_argument("--rounds", type=int, default=3, help="scale: times each query is asked, per method")
    parser.add_argument("--scale-methods", nargs="+", choices=speed.METHODS, default=list(speed.METHODS))
    parser.add_argument(
        "--grow-from", type=int, default=None, help="scale: build this many chunks, copy them up to --chunks (embedded)"
    )
    parser.add_argument(
        "--milvus-max-chunks", type=int, default=10**9, help="scale: larger stores on the embedded store only"
    )
    parser.add_argument("--freshness-rounds", type=int, default=20, help="documents per backend for freshness")
    parser.add_argument("--milvus-uri", default=None, help="a Milvus server (default: a Milvus Lite server)")
    parser.add_argument("--text-pages", type=int, default=20)
    parser.add_argument("--scan-pages", type=int, default=6)
    parser.add_argument("--embed-cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    args.backends = ["sqlite", "milvus"] if args.backend == "both" else [args.backend]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="communs-bench-search-") as tmp, contextlib.ExitStack() as stack:
        uri = args.milvus_uri
        if "milvus" in args.backends and uri is None:
            uri = stack.enter_context(lite_server(Path(tmp) / "milvus"))
        results = asyncio.run(run(args, Path(tmp), uri))
    results["seconds"] = round(time.perf_counter() - started)
    print(
        f"\nload average (1, 5, 15 min): start {results['loadavg_start']}, end {results['loadavg_end']}; "
        f"{results['seconds']} s in all"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
