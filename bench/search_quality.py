"""Retrieval quality of communs.search on real documents, for bench/search.py.

Two corpora, each in its own collection: the 23 service-public.fr fiches (French plain text, as
they are in tests/data) and the EU AI Act (English), its 113 articles and 13 annexes written
as one Markdown file each (article 3 holds the 68 definitions). Files go through the real
pipeline (``communs.search.ingest.ingest_file``: parse, chunk, e5 passages, SQLite store);
questions (bench/questions_search.json) go through ``SearchService.search``.

A question is answered at rank r when the r-th chunk returned comes from one of its expected
documents; recall@5 counts ranks <= 5, MRR averages 1/r over the top 10 (0 beyond).

Variants (bench/search_variants.py) prototype changes to communs.search; each reports the same metrics.
"""

from __future__ import annotations

import gzip
import json
import pickle
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from search_variants import BASELINE, VARIANTS, TitledService, Variant, patched

from communs.api.deps import MASTER
from communs.models.e5 import E5Provider
from communs.search.ingest import ingest_file
from communs.search.service import SearchService
from communs.search.store import SearchStore, SqliteSearchStore

__all__ = ["BASELINE", "VARIANTS", "Variant", "load_questions", "run_quality"]

FICHES = Path(__file__).resolve().parents[1] / "tests" / "data" / "service_public_fiches" / "txt"
ACT = Path(__file__).resolve().parent / "data" / "ai_act_en"  # the whole English text, gzipped (see its SOURCE.txt)
QUESTIONS = Path(__file__).resolve().parent / "questions_search.json"
METHODS = ("lexical", "semantic", "hybrid")
TOP_K = 10
RECALL_AT = 5


# -- corpus ---------------------------------------------------------------------------------


def _paragraphs(text: str) -> str:
    """The AI Act's flattened "1. ... 2. ..." text, one numbered paragraph per Markdown paragraph."""
    parts, start, number = [], 0, 2
    while number < 200:  # bounded: no article has that many paragraphs
        match = re.compile(rf"\s{number}\.\s+(?=[A-Z(])").search(text, start)
        if match is None:
            break
        parts.append(text[start : match.start()].strip())
        start, number = match.start() + 1, number + 1
    return "\n\n".join([*parts, text[start:].strip()])


def write_corpus(folder: Path) -> dict[str, list[Path]]:
    """The fiches (copied as they are) and the AI Act as Markdown files, in ``folder``."""
    fiches = folder / "fiches"
    act = folder / "ai_act"
    fiches.mkdir(parents=True)
    act.mkdir(parents=True)
    for path in sorted(FICHES.glob("*.txt")):
        shutil.copy(path, fiches / path.name)
    definitions, articles, annexes = (
        json.loads(gzip.decompress((ACT / f"{name}.json.gz").read_bytes()))
        for name in ("definitions", "articles", "annexes")
    )
    for key, item in [*articles.items(), *annexes.items()]:
        context = [item.get(name) for name in ("chapter_title", "section_title")]
        lines = [f"# {item['title'].strip()}", "", *[c for c in context if c and c != "None"], ""]
        if key == "article_003":
            lines.append("For the purposes of this Regulation, the following definitions apply:\n")
            lines += [f"({i}) '{d['title']}': {d['text_content']}\n" for i, d in enumerate(definitions.values(), 1)]
        else:
            lines.append(_paragraphs(item["text_content"]))
        (act / f"{key}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"fiches": sorted(fiches.iterdir()), "ai_act": sorted(act.iterdir())}


def load_questions(path: Path = QUESTIONS) -> list[dict[str, Any]]:
    questions = json.loads(path.read_text(encoding="utf-8"))["questions"]
    assert all({"id", "corpus", "lang", "question", "expected"} <= set(q) for q in questions)
    return questions


# -- embeddings -------------------------------------------------------------------------------


class CachedEmbedder:
    """e5 (``E5Provider(threads=2)``), remembering vectors by (kind, text) and timing real calls."""

    def __init__(self, threads: int = 2, cache: Path | None = None) -> None:
        self.provider = E5Provider(threads=threads)
        self.path = cache
        self.vectors: dict[tuple[str, str], list[float]] = {}
        if cache is not None and cache.exists():
            self.vectors = pickle.loads(cache.read_bytes())
        self.seconds = 0.0
        self.embedded = 0

    async def __call__(self, texts: list[str], kind: str) -> list[list[float]]:
        missing = list(dict.fromkeys(t for t in texts if (kind, t) not in self.vectors))
        if missing:
            started = time.perf_counter()
            result = await self.provider.embed(missing, kind)  # type: ignore[arg-type]
            self.seconds += time.perf_counter() - started
            self.embedded += len(missing)
            self.vectors.update(((kind, t), v) for t, v in zip(missing, result.vectors))
        return [self.vectors[(kind, t)] for t in texts]

    def save(self) -> None:
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(pickle.dumps(self.vectors))


# -- ingestion and evaluation -------------------------------------------------------------------


@dataclass
class Index:
    service: SearchService
    collections: dict[str, int]
    chunks: int
    seconds: float


async def build_index(
    variant: Variant,
    corpus: dict[str, list[Path]],
    embed: CachedEmbedder,
    path: Path,
    open_store: Callable[[Path], SearchStore] = SqliteSearchStore,
) -> Index:
    started = time.perf_counter()
    service = TitledService(open_store(path), embed)
    collections: dict[str, int] = {}
    chunks = 0
    with patched(variant):
        for name, files in corpus.items():
            collections[name] = (await service.create_collection(MASTER, name)).id
            for file in files:
                report = await ingest_file(
                    service,
                    MASTER,
                    collections[name],
                    file.read_bytes(),
                    file.name,
                    chunk_size=variant.chunk_size,
                    chunk_overlap=variant.overlap,
                )
                chunks += report.chunks
    return Index(service, collections, chunks, time.perf_counter() - started)


async def evaluate(index: Index, variant: Variant, questions: list[dict[str, Any]]) -> dict[str, Any]:
    """Ranks, recall@5 and MRR per method, per corpus and language, and the misses."""
    ranks: dict[str, dict[str, int | None]] = {method: {} for method in METHODS}
    tops: dict[str, dict[str, list[str]]] = {method: {} for method in METHODS}
    with patched(variant):
        for question in questions:
            collection = index.collections[question["corpus"]]
            for method in METHODS:
                results = await index.service.search(MASTER, question["question"], [collection], k=TOP_K, method=method)  # type: ignore[arg-type]
                names = [result.chunk.metadata["document_name"] for result in results]
                hit = next((i for i, name in enumerate(names, 1) if name in question["expected"]), None)
                ranks[method][question["id"]] = hit
                tops[method][question["id"]] = list(dict.fromkeys(names))[:3]
    groups = {
        "all": questions,
        "fiches": [q for q in questions if q["corpus"] == "fiches"],
        "ai_act": [q for q in questions if q["corpus"] == "ai_act"],
        "ai_act_en": [q for q in questions if q["corpus"] == "ai_act" and q["lang"] == "en"],
        "ai_act_fr": [q for q in questions if q["corpus"] == "ai_act" and q["lang"] == "fr"],
    }
    metrics = {
        method: {
            group: _metrics([ranks[method][q["id"]] for q in members]) for group, members in groups.items() if members
        }
        for method in METHODS
    }
    misses = {
        method: [
            {
                "id": q["id"],
                "question": q["question"],
                "expected": q["expected"],
                "rank": ranks[method][q["id"]],
                "top_documents": tops[method][q["id"]],
            }
            for q in questions
            if not (ranks[method][q["id"]] or TOP_K + 1) <= RECALL_AT
        ]
        for method in METHODS
    }
    return {
        "variant": variant.name,
        "about": variant.about,
        "chunks": index.chunks,
        "metrics": metrics,
        "misses": misses,
        "ranks": ranks,
    }


def _metrics(ranks: list[int | None]) -> dict[str, float]:
    found = sum(1 for r in ranks if r and r <= RECALL_AT)
    return {
        "n": len(ranks),
        f"recall@{RECALL_AT}": round(found / len(ranks), 3),
        "mrr": round(sum(1 / r for r in ranks if r) / len(ranks), 3),
    }


async def run_quality(
    folder: Path,
    variants: list[Variant],
    embed: CachedEmbedder,
    log: Any = print,
    open_store: Callable[[Path], SearchStore] = SqliteSearchStore,
) -> list[dict[str, Any]]:
    """Every variant's evaluation; variants that ingest alike share one index (in the store ``open_store`` opens:
    the embedded one, or Milvus)."""
    corpus = write_corpus(folder / "corpus")
    questions = load_questions()
    indexes: dict[tuple[Any, ...], Index] = {}
    out = []
    for variant in variants:
        key = variant.ingest_key()
        if key not in indexes:
            embedded, seconds = embed.embedded, embed.seconds
            indexes[key] = await build_index(
                variant, corpus, embed, folder / f"quality-{len(indexes)}.sqlite", open_store
            )
            log(
                f"  indexed for {variant.name}: {indexes[key].chunks} chunks in {indexes[key].seconds:.0f} s "
                f"({embed.embedded - embedded} passages embedded in {embed.seconds - seconds:.0f} s)"
            )
            embed.save()
        out.append(await evaluate(indexes[key], variant, questions))
        embed.save()
    for index in indexes.values():
        index.service.store.close()
    return out
