"""A dossier's index: its pages cut into passages that keep their page, in a search store of its own collection
(``communs.search``: FTS5 BM25 over the French analysis, brute-force cosine over e5 vectors), built once by the job
and kept beside it; the search (score fusion, then the rerank of answers.py) and what the index knows of the
dossier's words (their rarity, the words said beside a person's name, each page's head)."""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from communs.apps.dossier.answers import page_heads, rerank
from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.persons import NOT_SURNAMES, PATTERNS
from communs.apps.dossier.query import WIDENED, Query
from communs.config import ModelType
from communs.documents import Page, ParsedDocument, chunk_document
from communs.errors import CommunsError, InvalidRequestError
from communs.models.embed import embed
from communs.models.registry import Registry
from communs.search import ChunkInput, SearchStore, SqliteSearchStore
from communs.search.analysis import analyze
from communs.search.ranking import score_fusion

PASSAGE_CHARS = 700
SEMANTIC_WEIGHT = 0.4  # of the e5 score in the fusion with BM25
CANDIDATES = 20  # passages kept by each search (lexical, semantic) before fusion
# A word said beside a person's name ("M. Jordan ESCUDIÉ, ..., magasinier"; "le gérant, M. X") names that person in
# a question ("le numéro du magasinier"): the words within these characters of a name, in the name's sentence
DESCRIBED_AFTER, DESCRIBED_BEFORE = 140, 40
# ... when it has the shape of a noun of a person (French agent and origin suffixes: "magasinier", "gérante",
# "chauffeur", "voisine", "étudiant", "Lyonnaise", "bénévole"; a family tie), not of a thing or an act said beside the
# name ("la chambre de M. X", "les cartes saisies chez M. X", "la garde à vue de M. X")
PERSON_NOUN = re.compile(
    r"(?:eur|euse|rice|ier|iere|ière|ant|ante|iste|ien|ienne|ain|aine|in|ine|an|ane|aire|ard|ois|oise|ais|aise|ole"
    r"|at|ate|ent|ente|ite)s?$(?<!ments)(?<!ment)"
    r"|^(?:fils|fille|mère|mere|père|pere|frère|frere|sœur|soeur|mari|femme|épouse|epouse|époux|epoux|oncle|tante"
    r"|cousin|cousine|neveu|nièce|niece|ami|amie|compagne|compagnon|patron|patronne|mule)$"
)
DESCRIBED_SHARE = 0.6  # a word names a person when at least this share of the names it stands by are theirs


@dataclass
class Passage:
    page: int
    text: str


LEGACY_INDEX = "search.sqlite"  # a dossier's own store, in its job folder, before the shared one held it


def collection_name(job_id: str) -> str:
    """The search collection of a dossier: recognisable among the others (``dossier:<job id>``)."""
    return f"dossier:{job_id}"


def owner_id(owner: str) -> int | None:
    """The search store's owner of a dossier's collection: the job's user id (None: the master key's)."""
    return int(owner) if owner.isdigit() else None


def find_collection(store: SearchStore, job_id: str, owner: str) -> int | None:
    """The id of the dossier's collection in the store, if it was indexed."""
    name = collection_name(job_id)
    found = [c.id for c in store.list_collections(owner_id(owner), include_public=False) if c.name == name]
    return found[-1] if found else None


def drop(store: SearchStore, job_id: str, owner: str) -> None:
    """Delete the dossier's collection (and its chunks) from the store."""
    while (collection_id := find_collection(store, job_id, owner)) is not None:
        store.delete_collection(collection_id)


def passages_of(pages: list[PageRecord]) -> list[Passage]:
    """A dossier's pages cut into passages that keep their page (noise and empty pages left out)."""
    passages = []
    for page in pages:
        if "noise" in page.flags or not page.text.strip():
            continue
        doc = ParsedDocument(name="page", media_type="text/plain", pages=[Page(number=page.number, text=page.text)])
        for chunk in chunk_document(doc, max_chars=PASSAGE_CHARS, overlap_chars=120):
            passages.append(Passage(page.number, chunk.content))
    return passages


def _legacy(folder: Path) -> tuple[list[Passage], list[list[float]] | None] | None:
    """The passages and vectors of an index written before the shared store held it (None: no such index):
    ``search.sqlite`` (a store of its own), or, older, ``passages.json`` and ``vectors.npy``."""
    if (folder / LEGACY_INDEX).exists():
        old = SqliteSearchStore(folder / LEGACY_INDEX)
        try:
            documents = [d for c in old.list_collections(None) for d in old.list_documents(c.id)]
            chunks = [c for d in documents for c in old.get_chunks(d.id)]
            semantic = bool(documents and documents[0].metadata.get("semantic"))
            ids = [c.id for c in chunks]
            vectors = None
            if semantic and ids:
                marks = ", ".join("?" * len(ids))
                rows = dict(old._conn().execute(f"SELECT id, vector FROM chunks WHERE id IN ({marks})", ids).fetchall())
                vectors = [np.frombuffer(rows[i], dtype=np.float32).tolist() for i in ids]
            return [Passage(int(c.metadata["page"]), c.content) for c in chunks], vectors
        finally:
            old.close()
    if (folder / "passages.json").exists():
        rows = json.loads((folder / "passages.json").read_text(encoding="utf-8"))
        vectors = np.load(folder / "vectors.npy").tolist() if (folder / "vectors.npy").exists() else None
        return [Passage(page, text) for page, text in rows], vectors
    return None


class DossierIndex:
    """A dossier's passages in the search store (``SearchStore``: SQLite by default, Milvus for a fleet), one
    private collection of the dossier's owner, ``dossier:<job id>``: one document whose chunks are the passages,
    their page in metadata. Lexical candidates come from the store's BM25 over the question's weighted terms,
    semantic ones from its e5 vectors; they are fused here (``score_fusion``, 0.4 semantic). Without an embedder
    the passages carry a one-dimension placeholder vector (the store wants one) and the search is lexical only."""

    def __init__(self, store: SearchStore, collection_id: int, semantic: bool, *, owned: bool = False) -> None:
        self.store, self.collection_id, self.semantic, self.owned = store, collection_id, semantic, owned
        documents = store.list_documents(collection_id)
        chunks = sorted(
            (c for d in documents for c in store.get_chunks(d.id)),
            key=lambda c: (int(c.metadata.get("index", 0)), c.id),
        )
        self.ids = {chunk.id: i for i, chunk in enumerate(chunks)}
        self.notes: list[int] = []  # the handwritten notes' pages (the job's analysis tells them: noted by the store)
        self.notes_unread = False  # no note recognised: ``notes`` are the pages read as noise, perhaps handwriting
        self.passages = [Passage(int(c.metadata["page"]), c.content) for c in chunks]
        # each passage's terms, and how many passages hold each term: what the coverage of a question weighs
        self.terms = [frozenset(analyze(p.text)) for p in self.passages]
        self.df: Counter = Counter(t for terms in self.terms for t in terms)

    @classmethod
    def build(
        cls,
        store: SearchStore,
        job_id: str,
        owner: str,
        passages: list[Passage],
        vectors: list[list[float]] | None,
        *,
        owned: bool = False,
    ) -> DossierIndex:
        """The index of ``passages`` as the dossier's collection (any former one replaced; whole or not at all)."""
        drop(store, job_id, owner)
        collection = store.create_collection(collection_name(job_id), "De Facto", "private", owner_id(owner))
        semantic = vectors is not None and len(vectors) == len(passages)
        chunks = [
            ChunkInput(p.text, pages=[p.page], vector=vectors[i] if semantic else [1.0])  # type: ignore[index]
            for i, p in enumerate(passages)
        ]
        try:
            store.add_document(collection.id, job_id, "text/plain", 0, 0, {"semantic": semantic}, chunks)
        except BaseException:
            store.delete_collection(collection.id)
            raise
        return cls(store, collection.id, semantic, owned=owned)

    @classmethod
    def from_pages(
        cls, pages: list[PageRecord], store: SearchStore | Path, job_id: str = "dossier", owner: str = "master"
    ) -> DossierIndex:
        """The lexical index of the pages (no vectors); ``store`` a folder: a SQLite store of its own there."""
        if isinstance(store, Path):
            own = SqliteSearchStore(store / "search.sqlite")
            return cls.build(own, job_id, owner, passages_of(pages), None, owned=True)
        return cls.build(store, job_id, owner, passages_of(pages), None)

    @classmethod
    async def index_pages(
        cls, store: SearchStore, job_id: str, owner: str, pages: list[PageRecord], registry: Registry | None
    ) -> DossierIndex:
        """The pages' passages embedded (lexical only when there is no embedder) and stored as the dossier's
        collection."""
        passages = await asyncio.to_thread(passages_of, pages)
        vectors = None
        if registry is not None and passages:
            try:
                vectors = await embed(registry, [p.text for p in passages], "passage")
            except CommunsError:
                vectors = None  # lexical search only
        return await asyncio.to_thread(cls.build, store, job_id, owner, passages, vectors)

    @classmethod
    def open(cls, store: SearchStore, job_id: str, owner: str, folder: Path | None = None) -> DossierIndex:
        """The dossier's index. One written before the shared store held it (``folder``: the job's ``index``
        folder, its ``search.sqlite`` or ``passages.json``/``vectors.npy``) is copied into the store on first use,
        vectors as stored (no re-embedding), then its files are deleted."""
        collection_id = find_collection(store, job_id, owner)
        if collection_id is not None:
            documents = store.list_documents(collection_id)
            return cls(store, collection_id, bool(documents and documents[0].metadata.get("semantic")))
        old = _legacy(folder) if folder is not None else None
        if old is None:
            raise InvalidRequestError("this dossier is not indexed yet: wait for the job to finish")
        index = cls.build(store, job_id, owner, *old)
        assert folder is not None
        for name in (LEGACY_INDEX, LEGACY_INDEX + "-wal", LEGACY_INDEX + "-shm", "passages.json", "vectors.npy"):
            (folder / name).unlink(missing_ok=True)
        return index

    def close(self) -> None:
        if self.owned:
            self.store.close()

    def __enter__(self) -> DossierIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def lexical_hits(self, weights: dict[str, float]) -> list[tuple[int, float]]:
        """Passages by the store's BM25 over weighted terms, best first (the first ``CANDIDATES``): one search per
        weight (the question's own terms, their widened forms), added up with their weights."""
        scores: defaultdict[int, float] = defaultdict(float)
        for weight in set(weights.values()):
            terms = [t for t, w in weights.items() if w == weight]
            for chunk_id, score in self.store.lexical_scores([self.collection_id], terms, CANDIDATES):
                if chunk_id in self.ids:  # a chunk of the collection written after this index was opened: skipped
                    scores[self.ids[chunk_id]] += weight * score
        return sorted(scores.items(), key=lambda s: (-s[1], s[0]))[:CANDIDATES]

    def idf(self, term: str) -> float:
        return math.log(1 + (len(self.passages) - self.df[term] + 0.5) / (self.df[term] + 0.5))

    def rarity(self, forms: set[str]) -> float:
        """The IDF of a term in any of its forms: a question's word that the dossier never uses ("policiers") is as
        common as the dossier's form of it ("police")."""
        held = sum(1 for terms in self.terms if forms & terms)
        return math.log(1 + (len(self.passages) - held + 0.5) / (held + 0.5))

    def coverage(self, index: int, query: Query) -> float:
        """Share of the question's terms (weighed by their rarity in the dossier) found in a passage, a term
        being found in any of its forms; a term the dossier never uses weighs the most."""
        total = sum(self.idf(t) for t in query.terms)
        found = sum(self.idf(t) for t, forms in query.variants.items() if forms & self.terms[index])
        return found / total if total else 0.0

    async def search(self, query: Query, registry: Registry | None) -> tuple[list[tuple[int, float]], float | None]:
        """Passages best first (fused scores, plus a bonus for holding the kind of answer asked for), and the
        best semantic similarity (None without vectors)."""
        query.rarity = {t: self.idf(t) if self.df[t] else self.rarity(query.variants.get(t, {t})) for t in query.terms}
        lexical = await asyncio.to_thread(self.lexical_hits, query.weights)
        semantic: list[tuple[int, float]] = []
        if self.semantic and registry is not None:
            try:
                model = registry.get(None, ModelType.TEXT_EMBEDDINGS)
                result = await model.call(lambda provider: provider.embed([query.text], "query"))
                vector = result.vectors[0]
                found = await asyncio.to_thread(
                    self.store.search,
                    [self.collection_id],
                    method="semantic",
                    query=query.text,
                    query_vector=vector,
                    k=CANDIDATES,
                )
                semantic = [(self.ids[hit.chunk.id], hit.score) for hit in found if hit.chunk.id in self.ids]
            except CommunsError:
                semantic = []
        best = semantic[0][1] if semantic else None
        fused = score_fusion(semantic, lexical, semantic_weight=SEMANTIC_WEIGHT) if semantic else _scaled(lexical)
        heads = self.heads()
        return rerank(fused, [p.text for p in self.passages], query, [heads[p.page] for p in self.passages]), best

    def described(self) -> dict[str, Counter]:
        """Each word of the dossier said beside a person's name (an apposition, a role before the name): the
        surnames it stands by (stems), counted; read once."""
        if not hasattr(self, "_described"):
            beside: defaultdict[str, Counter] = defaultdict(Counter)
            for passage in self.passages:
                taken: list[tuple[int, int]] = []
                for pattern in PATTERNS:
                    for match in pattern.finditer(passage.text):
                        surname = match.groupdict().get("surname")
                        if (
                            not surname
                            or surname in NOT_SURNAMES
                            or any(a < match.end() and match.start() < b for a, b in taken)
                        ):
                            continue
                        taken.append(match.span())
                        stems = analyze(surname)
                        if not stems:
                            continue
                        after = re.split(r"[.;:»\n]", passage.text[match.end() : match.end() + DESCRIBED_AFTER])[0]
                        before = re.split(
                            r"[.;:«\n]", passage.text[max(0, match.start() - DESCRIBED_BEFORE) : match.start()]
                        )[-1]
                        words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", f"{before} {after}")
                        for term in {t for w in words if PERSON_NOUN.search(w.lower()) for t in analyze(w)}:
                            if len(term) >= 4:
                                beside[term][stems[0]] += 1
            self._described = dict(beside)
        return self._described

    def widen_to_persons(self, query: Query) -> None:
        """A question's word that the dossier says beside one person's name ("le magasinier", "la gérante") is
        widened to that person's surname, the way a reader knows who is meant."""
        described = self.described()
        for term in query.terms:
            counts = described.get(term)
            if not counts or term in {s for c in described.values() for s in c if s == term}:
                continue
            surname, count = counts.most_common(1)[0]
            if count / sum(counts.values()) >= DESCRIBED_SHARE and surname not in query.terms:
                query.variants.setdefault(term, {term}).add(surname)
                query.weights.setdefault(surname, WIDENED)

    def heads(self) -> dict[int, str]:
        """Each page's head (answers.py: what the piece is, who is heard in it), read once."""
        if not hasattr(self, "_heads"):
            self._heads = page_heads([(p.page, p.text) for p in self.passages])
        return self._heads


def _scaled(scored: list[tuple[int, float]]) -> list[tuple[int, float]]:
    top = scored[0][1] if scored and scored[0][1] > 0 else 1.0
    return [(i, s / top) for i, s in scored]
