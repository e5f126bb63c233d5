"""Paragraph-level passages of the Act in a hybrid index (a :class:`~communs.search.store.SearchStore`).

Passages: each paragraph with its points, each point with its paragraph's lead, each definition of Art. 3,
each annex point. The index is built once per embeddings model and version of the passages (a few hundred
milliseconds when the package ships the vectors for that model — data/vectors-<model>.npy, made by
``python -m communs.apps.aiact.index`` with the recitals' and the lay profiles' vectors — about a minute on 2
cores otherwise), then reused:

- embedded (``search_backend: sqlite``, the default): a file of its own, ``<home>/aiact/index-<model>-<digest>.sqlite``;
- in a fleet (``search_backend: milvus``): one collection in the search engine, shared by every replica and
  worker, under Milvus collections of its own (prefix ``<search_prefix>_aiact``: its BM25 statistics are the
  Act's alone, as in the embedded file, and users never see it among their collections). No local file. Its
  name carries the model and the passages' digest; whichever process opens it first builds it, as the job
  ``aiact.index`` of the job table (:mod:`communs.jobs`: claimed once, a builder killed midway is taken over
  when its lease runs out), and a new build of the Act deletes the previous versions once it is complete.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from communs.apps.aiact.act import DATA, Act, load_act
from communs.apps.aiact.lay import ship as ship_lay
from communs.apps.aiact.recitals import articles_of_recitals
from communs.config import Settings
from communs.errors import CommunsError
from communs.jobs.runner import JobContext, Resources, execute, job_kind, worker_name
from communs.jobs.store import JobTable
from communs.models.embed import embed, embeddings_model_id
from communs.models.registry import Registry
from communs.search.ingest import open_store
from communs.search.records import ChunkInput, SearchMethod
from communs.search.store import SearchStore, SqliteSearchStore

MAX_CHARS = 1500
SIMILAR_RECITALS = 5


@dataclass(frozen=True)
class Passage:
    id: str  # the citable id (art_6_2, art_5_1_c, anx_III_4_a, art_3_12)
    title: str
    text: str  # what is indexed and shown to the model


# an annex's numbered list in one paragraph (Annex I: twenty Union acts, 5,800 characters): each item is a
# passage under its section's heading, without the Official Journal's boilerplate, instead of the list cut at
# MAX_CHARS (which lost the medical devices, vehicles and civil aviation)
_ITEM = re.compile(r"\s(?=\d{1,2}\. (?:Directive|Regulation)|Section [A-Z] )")
_BOILERPLATE = re.compile(r" of the European Parliament and of the Council of \d{1,2} \w+ \d{4}| \(OJ L [^)]*\)")


def listed_items(text: str) -> list[str]:
    """A long numbered list of Union acts, one "section heading … item" per act; [] for any other text."""
    parts = _ITEM.split(text)
    if len(text) <= MAX_CHARS or len(parts) < 3:
        return []
    out, section = [], ""
    for part in parts:
        if part.startswith("Section "):
            section = part
        else:
            out.append(f"{section} … {_BOILERPLATE.sub('', part)}".strip(" …"))
    return out


def passages(act: Act) -> list[Passage]:
    out: list[Passage] = []
    for item in list(act.articles.values()) + list(act.annexes.values()):
        head = f"{act.label(item['id'])} {item['title']}"
        for paragraph in item["paragraphs"]:
            if item["id"] == "art_3":
                out.append(Passage(paragraph["id"], head, f"Definition: {act.text(paragraph['id'])}"))
                continue
            listed = listed_items(paragraph["text"]) if item["id"].startswith("anx_") else []
            if listed:
                out += [Passage(paragraph["id"], head, text) for text in listed]
                continue
            out.append(Passage(paragraph["id"], head, act.paragraph_text(paragraph)[:MAX_CHARS]))
            for point in paragraph["points"]:
                out.append(Passage(point["id"], head, f"{paragraph['text'][:200]} … {point['text']}"[:MAX_CHARS]))
    return out


def _digest(items: list[Passage]) -> str:
    h = hashlib.sha256()
    for p in items:
        h.update(f"{p.id}\n{p.title}\n{p.text}\n".encode())
    return h.hexdigest()[:12]


def _indexed(p: Passage) -> str:
    return f"{p.title}\n{p.text}"


class ActIndex:
    def __init__(self, act: Act, store: SearchStore, collection_id: int, registry: Registry) -> None:
        self.act = act
        self.store = store
        self.collection_id = collection_id
        self.registry = registry

    async def search(self, query: str, k: int = 5, *, method: SearchMethod = "hybrid") -> list[tuple[str, float]]:
        """(passage id, score) pairs, best first."""
        vector = None
        if method != "lexical":
            vector = (await embed(self.registry, [query], "query"))[0]
        results = await asyncio.to_thread(
            self.store.search,
            [self.collection_id],
            method=method,
            query=query,
            query_vector=vector,
            k=k,
        )
        return [(r.chunk.metadata["aiact_id"], r.score) for r in results]


def _model_id(registry: Registry) -> str:
    return embeddings_model_id(registry)


def shipped_vectors(model_id: str, digest: str) -> np.ndarray | None:
    path = DATA / f"vectors-{model_id}.npy"
    meta = DATA / f"vectors-{model_id}.json"
    if not path.is_file() or not meta.is_file() or json.loads(meta.read_text()).get("digest") != digest:
        return None
    return np.load(path).astype(np.float32)


_OPEN: dict[tuple[str, str], ActIndex] = {}
_LOCK = asyncio.Lock()
INDEX_KIND = "aiact.index"  # the job that builds the shared index (a fleet's)
NAME_PREFIX = "aiact-"


async def open_index(settings: Settings, registry: Registry) -> ActIndex:
    act = load_act()
    items = passages(act)
    digest = _digest(items)
    model_id = _model_id(registry)
    shared = settings.search_backend == "milvus"
    path = settings.home / "aiact" / f"index-{model_id}-{digest}.sqlite"
    where = f"{settings.search_uri}/{settings.search_prefix}/{index_name(model_id, digest)}" if shared else str(path)
    key = (where, str(id(registry)))
    async with _LOCK:
        if key in _OPEN:
            return _OPEN[key]
        if shared:
            store, collection_id = await _open_shared(settings, registry, model_id, digest)
        else:
            if not path.is_file():
                await _build(path, items, registry, model_id, digest)
            store = SqliteSearchStore(path)
            collection_id = store.list_collections(None)[0].id
        _OPEN[key] = ActIndex(act, store, collection_id, registry)
        return _OPEN[key]


def close_indexes(registry: Registry) -> None:
    """Close the indexes opened with ``registry`` (a command line closes what it opened)."""
    for key, opened in list(_OPEN.items()):
        if opened.registry is registry:
            opened.store.close()
            del _OPEN[key]


async def _vectors(registry: Registry, items: list[Passage], model_id: str, digest: str) -> np.ndarray:
    vectors = shipped_vectors(model_id, digest)
    if vectors is None:
        vectors = np.array(await embed(registry, [_indexed(p) for p in items], "passage"), dtype=np.float32)
    return vectors


def _chunks(items: list[Passage], vectors: np.ndarray) -> list[ChunkInput]:
    return [
        ChunkInput(content=p.text, section=p.title, metadata={"aiact_id": p.id}, vector=v)
        for p, v in zip(items, vectors)
    ]


async def _build(path: Path, items: list[Passage], registry: Registry, model_id: str, digest: str) -> None:
    """Build into a temporary file and rename it: a crash never leaves a half-built index."""
    path.parent.mkdir(parents=True, exist_ok=True)
    vectors = await _vectors(registry, items, model_id, digest)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    store = SqliteSearchStore(tmp)
    try:
        collection = store.create_collection("aiact", "EU AI Act passages", "public", None)
        chunks = _chunks(items, vectors)
        await asyncio.to_thread(store.add_document, collection.id, "ai-act", "application/json", 0, 0, {}, chunks)
    finally:
        store.close()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.replace(path)


# -- the fleet's shared index -----------------------------------------------------------------------------------
def index_name(model_id: str, digest: str) -> str:
    """The shared index's collection name: this model's and this version's of the passages."""
    return f"{NAME_PREFIX}{model_id}-{digest}"


def shared_store(settings: Settings) -> SearchStore:
    """The search engine's Milvus collections kept for the Act (prefix ``<search_prefix>_aiact``)."""
    return open_store(settings.model_copy(update={"search_prefix": f"{settings.search_prefix}_aiact"}))


def complete_index(store: SearchStore, name: str) -> int | None:
    """The id of the built collection of that name (its document, written last, exists); the oldest if two."""
    found = [c.id for c in store.list_collections(None) if c.name == name and c.documents > 0]
    return min(found) if found else None


async def _open_shared(settings: Settings, registry: Registry, model_id: str, digest: str) -> tuple[SearchStore, int]:
    """The shared index, built first if no process has built it: the job ``aiact.index``, run here (claimed
    first: a build running elsewhere is waited for, or taken over if its process died)."""
    store = await asyncio.to_thread(shared_store, settings)
    name = index_name(model_id, digest)
    try:
        for _ in range(2):  # a second time: the index a finished job built was deleted since
            found = await asyncio.to_thread(complete_index, store, name)
            if found is not None:
                return store, found
            await build_shared(settings, registry, model_id, digest)
        raise CommunsError(f"the AI Act index {name} could not be found after it was built")
    except BaseException:
        store.close()
        raise


def build_job_id(model_id: str, digest: str) -> str:
    """The id of the job that builds this version's shared index (one job per version, in any process)."""
    return f"aiact-index-{hashlib.sha256(index_name(model_id, digest).encode()).hexdigest()[:24]}"


async def build_shared(settings: Settings, registry: Registry | None, model_id: str, digest: str) -> dict[str, Any]:
    """Run the job that builds the shared index (once in the fleet: a finished one is run again only when it
    failed or its index is gone); its result, ``{"collection": id}``."""
    table = JobTable(settings.database_url or "")
    job_id = build_job_id(model_id, digest)
    try:
        await asyncio.to_thread(table.create, INDEX_KIND, "system", {"model": model_id, "digest": digest}, job_id)
        await asyncio.to_thread(table.reopen, job_id)
        job = await execute(
            table, job_id, worker_name(), Resources(settings, registry), lease=settings.queue_stalled_seconds
        )
    finally:
        table.close()
    if job is None or job.status != "done" or not job.result:
        message = (job.error or {}).get("message", "") if job else ""
        raise CommunsError(f"the AI Act index could not be built: {message or 'unknown error'}")
    return job.result


@job_kind(INDEX_KIND)
async def _index_job(ctx: JobContext) -> dict[str, Any]:
    """Fill the shared index (nothing to do if it is complete), then delete the other versions of the Act that
    this embeddings model indexed."""
    settings, registry = ctx.resources.settings, ctx.resources.registry
    items = passages(load_act())
    model_id, digest = _model_id(registry), _digest(items)
    if (model_id, digest) != (ctx.payload["model"], ctx.payload["digest"]):
        raise CommunsError(f"this process indexes {index_name(model_id, digest)}, not the job's version")
    name = index_name(model_id, digest)
    store = await asyncio.to_thread(shared_store, settings)
    try:
        collection_id = await asyncio.to_thread(complete_index, store, name)
        if collection_id is None:
            for left in await asyncio.to_thread(store.list_collections, None):
                if left.name == name:  # a build cut short (its process killed): its chunks go
                    await asyncio.to_thread(store.delete_collection, left.id)
            ctx.report(stage="index", total=len(items))
            chunks = _chunks(items, await _vectors(registry, items, model_id, digest))
            collection = await asyncio.to_thread(store.create_collection, name, "EU AI Act passages", "private", None)
            await asyncio.to_thread(
                store.add_document, collection.id, "ai-act", "application/json", 0, 0, {"digest": digest}, chunks
            )
            collection_id = collection.id
        for other in await asyncio.to_thread(store.list_collections, None):  # older builds of the Act
            if other.name.startswith(f"{NAME_PREFIX}{model_id}-") and other.name != name:
                await asyncio.to_thread(store.delete_collection, other.id)
    finally:
        store.close()
    return {"collection": collection_id, "name": name}


async def _ship(settings: Settings) -> None:
    registry = Registry(settings)
    items = passages(load_act())
    model_id = _model_id(registry)
    vectors = shipped_vectors(model_id, _digest(items))  # the passages did not change: reuse their vectors
    if vectors is None:
        vectors = np.array(await embed(registry, [_indexed(p) for p in items], "passage"), dtype=np.float32)
        np.save(DATA / f"vectors-{model_id}.npy", vectors.astype(np.float16))
    await _ship_similar_recitals(registry, items, vectors, model_id)
    (DATA / f"vectors-{model_id}.json").write_text(json.dumps({"digest": _digest(items), "count": len(items)}) + "\n")
    print(f"wrote {len(items)} vectors for {model_id}")
    await ship_lay(registry)  # the lay profiles' phrases (lay.py)


async def _ship_similar_recitals(registry: Registry, items: list[Passage], vectors: np.ndarray, model_id: str) -> None:
    """data/recitals_similar.json: for each article and annex, the recitals closest to it (cosine of the mean
    of its passages' embeddings and the recital's), since no official article↔recital map exists."""
    act = load_act()
    recitals = list(act.recitals.values())
    texts = [f"{act.label(r['id'])}\n{r['text'][:MAX_CHARS]}" for r in recitals]
    rec = np.array(await embed(registry, texts, "passage"), dtype=np.float32)
    rec /= np.linalg.norm(rec, axis=1, keepdims=True)
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    related: dict[str, list[list[Any]]] = {}
    centres: dict[str, np.ndarray] = {}
    for top in list(act.articles) + list(act.annexes):
        rows = [i for i, p in enumerate(items) if act.top(p.id) == top]
        if not rows:
            continue
        centre = vectors[rows].mean(axis=0)
        centres[top] = centre
        scores = rec @ (centre / np.linalg.norm(centre))
        best = np.argsort(-scores)[:SIMILAR_RECITALS]
        related[top] = [[recitals[i]["id"], round(float(scores[i]), 4)] for i in best]
    (DATA / "recitals_similar.json").write_text(
        json.dumps({"model": model_id, "related": related}, sort_keys=True) + "\n"
    )
    # the recitals' votes at question time (recitals.py): their vectors and the articles each explains
    np.save(DATA / f"recitals-{model_id}.npy", rec.astype(np.float16))
    explained = articles_of_recitals(act, rec, centres)
    (DATA / "recitals_articles.json").write_text(
        json.dumps({"model": model_id, "ids": [r["id"] for r in recitals], "articles": explained}) + "\n"
    )


if __name__ == "__main__":
    from communs.config import get_settings

    asyncio.run(_ship(get_settings()))
