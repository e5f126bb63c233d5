"""Questions on a dossier: find the pages (the search store's BM25 and e5 vectors, score fusion),
then let the chat model answer from those passages only, citing pages; "pas dans le dossier" otherwise.

The index is per dossier: its pages cut into passages that keep their page, in a search store of its own
(``communs.search``: FTS5 BM25 over the French analysis, brute-force cosine over e5 vectors), built once by
the job and kept beside it. The question is analysed first (query.py: the kind of answer it wants, a figure
or a name; its subject; its terms widened to the dossier's words); the passages found are reranked by their
best sentence (answers.py: the subject held, the figure asked for near it). Without the model, the answer is
that sentence, its figure quoted first, with every retrieved page holding the same figure. The model sees,
of the best three passages, the window around each one's best sentence (a short prompt: on 2 cores the
prompt is most of an answer's time), and its answer's length is bounded by the schema. The pages of an
answer are the retrieved passages' pages that hold the answer's words (those it cites first): the model
may choose among them, never add one. An answer whose words are on none of them, or without the form
asked (no hour to "à quelle heure"), gives way to the extract. When the question's words are (almost)
absent from the dossier and no passage holds the figure asked for with some of them, or when none of the
passages found holds a figure of the kind asked for at all, no model is asked.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from communs.apps.dossier.answers import (
    Sentence,
    best_sentence,
    coverage,
    enumerated,
    figure,
    head_value,
    is_synthesis,
    page_heads,
    rerank,
    split,
    value,
)
from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.persons import NOT_SURNAMES, PATTERNS
from communs.apps.dossier.query import WIDENED, Query, analyse_question
from communs.apps.dossier.synthesis import MIN_SUPPORT, significant_words, support
from communs.config import ModelType
from communs.documents import Page, ParsedDocument, chunk_document
from communs.errors import CommunsError, InvalidRequestError
from communs.models.chat import complete_json
from communs.models.embed import embed
from communs.models.registry import Registry
from communs.search import ChunkInput, SearchStore, SqliteSearchStore
from communs.search.analysis import analyze
from communs.search.ranking import score_fusion

NOT_FOUND = "Pas dans le dossier : aucune pièce ne traite de cette question."
PASSAGE_CHARS = 700
TOP = 3  # passages shown to the model
WINDOW_CHARS = 420  # of each passage, the part around its best sentence
SEMANTIC_WEIGHT = 0.4  # of the e5 score in the fusion with BM25
CANDIDATES = 20  # passages kept by each search (lexical, semantic) before fusion
RANK_STEP = 0.05  # a sentence of a lower-ranked passage must answer this much better to be chosen
EXTRACT_CHARS = 400
# A word said beside a person's name ("M. Jordan ESCUDIÉ, ..., magasinier"; "le gérant, M. X") names that person in
# a question ("le numéro du magasinier"): the words within these characters of a name, in the name's sentence
DESCRIBED_AFTER, DESCRIBED_BEFORE = 140, 40
DESCRIBED_SHARE = 0.6  # a word names a person when at least this share of the names it stands by are theirs
MAX_PAGES = 3  # pages given with an answer
MAX_TOKENS = 120  # the answer is short (its length is bounded by the schema): no retry for a cut answer
# Not in the dossier, without asking the model: the best passage holds under half the question's terms, and
# no passage is semantically close (e5 cosine; on the gold dossier, answerable questions score 0.84-0.90; on the
# held-out ones, answerable questions asked in other words than the pieces score from 0.83)
MIN_COVERAGE = 0.5
MIN_SEMANTIC = 0.83
# ... unless a passage holds the figure asked for (an amount to "quelle somme") and some of the question's terms
MIN_FIGURE_COVERAGE = 0.3
# Not in the dossier either when the best sentence and the two around it hold none of the question's subject (a
# "somme" found, but none of "l'assurance ... remboursée"): on the dev dossiers answerable questions hold ≥ 0.08.
MIN_HELD = 0.05
# The model's "not found" is believed unless the search is sure of its passage (then the best sentence is
# given): the best passage holds three quarters of the question's terms, or is semantically very close (on the
# gold dossier, the questions it cannot answer score 0.83-0.84; the model wrongly said "not found" at 0.86).
SURE_COVERAGE = 0.75
SURE_SEMANTIC = 0.85
SCHEMA = {
    "type": "object",
    "properties": {
        "trouve": {"type": "boolean"},
        "reponse": {"type": "string", "maxLength": 200},
        "pages": {"type": "array", "items": {"type": "integer"}, "maxItems": 3},
    },
    "required": ["trouve", "reponse", "pages"],
    "additionalProperties": False,
}
SYSTEM = (
    "Tu réponds aux questions d'un magistrat sur un dossier pénal, uniquement à partir des extraits fournis, "
    "chacun précédé de sa page. Réponds en une ou deux phrases courtes et donne les pages utilisées. Si les "
    "extraits ne contiennent pas la réponse, mets trouve à false. Réponds en JSON."
)


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
                        for term in set(analyze(f"{before} {after}")):
                            if len(term) >= 4 and not any(c.isdigit() for c in term):
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


def _sentences(text: str) -> list[str]:
    return [s for s in split(text) if len(s) > 15]


def _value(sentence: str, query: Query) -> float:
    return value(Sentence(sentence, "", ""), query)


def window(text: str, query: Query, chars: int = WINDOW_CHARS) -> str:
    """The part of a passage shown to the model: its best sentence and the sentences around it, within
    ``chars`` (a shorter prompt answers sooner: on 2 cores the prompt is most of an answer's time)."""
    sentences = _sentences(text)
    if len(text) <= chars or not sentences:
        return text[:chars]
    best = max(range(len(sentences)), key=lambda i: _value(sentences[i], query))
    first, last = best, best
    size = len(sentences[best])
    while True:
        grown = False
        for candidate in (last + 1, first - 1):
            if 0 <= candidate < len(sentences) and size + len(sentences[candidate]) + 1 <= chars:
                size += len(sentences[candidate]) + 1
                first, last = min(first, candidate), max(last, candidate)
                grown = True
        if not grown:
            break
    return " ".join(sentences[first : last + 1])[:chars]


def _extract(
    passages: list[Passage], query: Query, heads: dict[int, str] | None = None
) -> tuple[str, list[int], str | None, float]:
    """The answer built around the sentence of the passages that best answers (answers.py: the question's
    subject, the kind of answer asked for, then the best ranked passage), its figure quoted first; its pages
    (the sentence's, then those of the other passages holding the same figure); the figure asked for that it
    quotes (an hour to "à quelle heure"; None if none); the share of the question's subject that the sentence and
    the two around it hold."""
    best, best_passage, score = None, passages[0], -1.0
    for rank, passage in enumerate(passages):
        sentence, found = best_sentence(passage.text, query)
        found += head_value(heads[passage.page], query) if heads else 0.0
        if sentence is not None and found - RANK_STEP * rank > score:
            best, best_passage, score = sentence, passage, found - RANK_STEP * rank
    page = best_passage.page
    if best is None:
        return f"Extrait : « {passages[0].text[:200]} »", [page], None, 0.0
    listed = enumerated(best_passage.text, query)
    if listed:  # a count given by a numbered list of the counted thing
        held = coverage(f"{best.before} {best.text} {best.after} {listed[1]}", query)
        return f"{listed[0]} — extrait : « {listed[1][:EXTRACT_CHARS]} »", [page], listed[0], held
    quoted, carrier = best.text, best.text
    if query.strict and not query.answer_spans(best.text, figures_only=True):  # the figure in a sentence nearby
        parts = list(split(best_passage.text))
        at = parts.index(best.text) if best.text in parts else -1
        for step in (-1, 1, -2) if at >= 0 else ():
            if 0 <= at + step < len(parts) and query.answer_spans(parts[at + step], figures_only=True):
                carrier = parts[at + step]
                quoted = " ".join(parts[min(at, at + step) : max(at, at + step) + 1])
                break
    if re.match(r"(?:Réponse|R)\s*:", quoted) and re.match(r"(?:Question|Q|D)\s*:", best.before):
        quoted = f"{best.before} {quoted}"  # a hearing's answer with its question
    if len(quoted) > EXTRACT_CHARS:
        quoted = quoted[: EXTRACT_CHARS - 1].rsplit(" ", 1)[0] + "…"
    held = coverage(" ".join((best.before, best.text, best.after)), query)
    asked = figure(carrier, query)
    if not asked or asked not in quoted:
        return f"Extrait : « {quoted} »", [page], None, held
    pages = [page] + [p.page for p in passages if _holds(p.text, asked)]
    return f"{asked} — extrait : « {quoted} »", list(dict.fromkeys(pages))[:MAX_PAGES], asked, held


def _holds(text: str, figure: str) -> bool:
    """Whether a text holds a figure, whatever the spaces and line breaks inside it ("06 12 34" / "0612\n34")."""
    return "".join(figure.split()) in "".join(text.split())


def with_source(pages: list[int], quoted: str | None, candidates: list[Passage], heads: dict[int, str]) -> list[int]:
    """An extract's pages, a synthesis report's sentence cited with the piece it sums up: the synthesis relates what
    the pieces (a hearing, a requisition's answer) hold, and the magistrate reads the piece. The piece is the best
    ranked candidate on another page (the one holding the figure quoted, when one is), unless one is cited already."""
    if not pages or not is_synthesis(heads[pages[0]]) or any(not is_synthesis(heads[p]) for p in pages):
        return pages
    others = [p for p in candidates if not is_synthesis(heads[p.page])]
    source = ([p for p in others if _holds(p.text, quoted)] if quoted else others)[:1]
    return list(dict.fromkeys(pages + [p.page for p in source]))[:MAX_PAGES]


def far_from(best_coverage: float, semantic: float | None, figure_found: bool) -> bool:
    """Whether the passages found are too far from the question to answer it: the best holds under half of its
    terms, none is semantically close, and none holds the figure asked for with some of its terms."""
    close = semantic is not None and semantic >= MIN_SEMANTIC
    return best_coverage < MIN_COVERAGE and not close and not figure_found


def held_enough(held: float, with_figure: bool, semantic: float | None) -> bool:
    """Whether the extract holds enough of the question to be an answer: its sentence and those around it hold
    some of what the question names, or the search is sure of its passage (semantically very close) and the
    figure asked for is there (the question says in other words what the piece says: "convertie en
    cryptomonnaies", "virement vers la plateforme d'échange")."""
    return held >= MIN_HELD or with_figure and (semantic or 0.0) >= SURE_SEMANTIC


def with_notes(result: dict, notes: list[int], unread: bool = False) -> dict:
    """An answer to a question that reads a seized handwritten paper, the dossier's handwritten notes first: the
    reading machine does not read handwriting reliably, so the magistrate is sent to the original."""
    pages = list(dict.fromkeys(notes[:MAX_PAGES] + result["pages"]))[:MAX_PAGES]
    where = ", ".join(f"p. {n}" for n in notes[:MAX_PAGES])
    one = len(notes) == 1
    said = "note manuscrite" if one else "notes manuscrites"
    if unread:
        said = "page illisible, peut-être manuscrite," if one else "pages illisibles, peut-être manuscrites,"
    lead = f"À lire sur l'original : {said} ({where}), que la lecture automatique ne déchiffre pas de façon fiable."
    rest = f" Ailleurs dans le dossier : {result['answer']}" if result["found"] else ""
    return result | {"answer": lead + rest, "pages": pages, "found": True}


def answer_pages(text: str, passages: list[Passage], cited: list[int], question: str = "") -> list[int]:
    """The pages an answer rests on: those it cites, then the retrieved passages (best first) that hold its
    words (``MIN_SUPPORT``; the question's own words do not count), at most ``MAX_PAGES``; ``[]`` when no
    page holds them (an answer that only echoes the question, "groupe sanguin A", rests on nothing)."""
    known = significant_words(question)
    held = [p.page for p in passages if support(text, p.text, known) >= MIN_SUPPORT]
    cited_text = " ".join(p.text for p in passages if p.page in cited)
    first = cited if cited and support(text, cited_text, known) >= MIN_SUPPORT else []
    return sorted(list(dict.fromkeys(first + held))[:MAX_PAGES])


async def answer(
    index: DossierIndex, question: str, registry: Registry | None, *, model: str | None = None, use_llm: bool = True
) -> dict:
    """``{"answer", "pages", "found", "passages": [{page, text}]}``; a question that reads a seized handwritten
    paper sends to the dossier's handwritten notes first (``with_notes``)."""
    question = question.strip()
    if not question:
        raise InvalidRequestError("the question is empty", param="question")
    query = analyse_question(question, set(index.df))
    result = await _answer(index, query, registry, model, use_llm)
    return with_notes(result, index.notes, index.notes_unread) if query.note and index.notes else result


async def _answer(
    index: DossierIndex, query: Query, registry: Registry | None, model: str | None, use_llm: bool
) -> dict:
    question = query.text
    index.widen_to_persons(query)
    ranked, semantic = await index.search(query, registry)
    top = [i for i, _ in ranked[:TOP]]
    if not top:
        return {"answer": NOT_FOUND, "pages": [], "found": False, "passages": []}
    passages = [index.passages[i] for i in top]
    extract, extract_pages, quoted, held = _extract(passages, query, index.heads())
    extract_pages = with_source(extract_pages, quoted, [index.passages[i] for i, _ in ranked], index.heads())
    with_figure = quoted is not None
    best_coverage = max((index.coverage(i, query) for i, _ in ranked[:8]), default=0.0)
    figure_found = with_figure and best_coverage >= MIN_FIGURE_COVERAGE
    unsupported = not held_enough(held, with_figure, semantic)
    # a figure asked for (a phone number, a birth date) that none of the passages found holds: not in the dossier
    unsupported |= bool(query.strict) and not any(query.answer_spans(p.text, figures_only=True) for p in passages)
    if unsupported or far_from(best_coverage, semantic, figure_found):
        return {"answer": NOT_FOUND, "pages": [], "found": False, "passages": []}
    shown = [{"page": p.page, "text": p.text} for p in passages]
    allowed = [p.page for p in passages]
    fallback = {"answer": extract, "pages": extract_pages, "found": True, "passages": shown}
    if registry is None or not use_llm:
        return fallback
    context = "\n\n".join(f"[page {p.page}]\n{window(p.text, query)}" for p in passages)
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Extraits :\n{context}\n\nQuestion : {question}"},
    ]
    try:
        reply = await complete_json(registry, messages, SCHEMA, model=model, max_tokens=MAX_TOKENS, temperature=0.0)
    except CommunsError:
        return fallback
    text = str(reply.get("reponse", "")).strip()
    if not reply.get("trouve", True):
        sure = index.coverage(top[0], query) >= SURE_COVERAGE or (semantic or 0.0) >= SURE_SEMANTIC
        return fallback if sure else {"answer": NOT_FOUND, "pages": [], "found": False, "passages": shown}
    cited = [p for p in dict.fromkeys(reply.get("pages", [])) if p in allowed]
    pages = answer_pages(text, passages, cited, question) if text and query.fits(text) else []
    if not pages:  # the answer's words are on none of the passages, or it is not what was asked: the extract
        return fallback
    return {"answer": text, "pages": pages, "found": True, "passages": shown}
