"""Questions on a dossier: find the pages (BM25 with French analysis + e5 vectors, score fusion),
then let the chat model answer from those passages only, citing pages; "pas dans le dossier" otherwise.

The index is per dossier (its pages cut into passages that keep their page), built once by the job
and kept beside it. The pages of an answer are always pages of the retrieved passages: the model may
choose among them, never add one. When the question's words are (almost) absent from the dossier,
no model is asked at all.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.synthesis import support
from communs.config import ModelType
from communs.documents import Page, ParsedDocument, chunk_document
from communs.errors import CommunsError, InvalidRequestError
from communs.models.chat import complete_json
from communs.models.embed import embed
from communs.models.registry import Registry
from communs.search.analysis import analyze, query_terms
from communs.search.ranking import score_fusion

NOT_FOUND = "Pas dans le dossier : aucune pièce ne traite de cette question."
PASSAGE_CHARS = 700
TOP = 3
# Not in the dossier, without asking the model: the best passage holds under half the question's terms, and
# no passage is semantically close (e5 cosine; on the gold dossier, answerable questions score 0.84-0.90).
MIN_COVERAGE = 0.5
MIN_SEMANTIC = 0.835
# question words that say nothing of the subject
GENERIC = set(analyze("quel quelle quels quelles qui quoi comment pourquoi combien dossier pièce page selon lui elle"))
SCHEMA = {
    "type": "object",
    "properties": {
        "trouve": {"type": "boolean"},
        "reponse": {"type": "string"},
        "pages": {"type": "array", "items": {"type": "integer"}},
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


class DossierIndex:
    """Passages of a dossier's pages, their BM25 statistics and (optionally) their e5 vectors."""

    def __init__(self, passages: list[Passage], vectors: np.ndarray | None = None) -> None:
        self.passages = passages
        self.vectors = vectors
        self.terms = [Counter(analyze(p.text)) for p in passages]
        self.lengths = [sum(t.values()) for t in self.terms]
        self.average = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0
        self.df: Counter = Counter()
        for terms in self.terms:
            self.df.update(terms.keys())

    @classmethod
    def from_pages(cls, pages: list[PageRecord]) -> DossierIndex:
        passages = []
        for page in pages:
            if "noise" in page.flags or not page.text.strip():
                continue
            doc = ParsedDocument(name="page", media_type="text/plain", pages=[Page(number=page.number, text=page.text)])
            for chunk in chunk_document(doc, max_chars=PASSAGE_CHARS, overlap_chars=120):
                passages.append(Passage(page.number, chunk.content))
        return cls(passages)

    async def embed(self, registry: Registry) -> None:
        vectors = await embed(registry, [p.text for p in self.passages], "passage")
        self.vectors = np.asarray(vectors, dtype=np.float32) if vectors else None

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "passages.json").write_text(
            json.dumps([[p.page, p.text] for p in self.passages], ensure_ascii=False), encoding="utf-8"
        )
        if self.vectors is not None:
            np.save(folder / "vectors.npy", self.vectors)

    @classmethod
    def load(cls, folder: Path) -> DossierIndex:
        path = folder / "passages.json"
        if not path.exists():
            raise InvalidRequestError("this dossier is not indexed yet: wait for the job to finish")
        passages = [Passage(page, text) for page, text in json.loads(path.read_text(encoding="utf-8"))]
        vectors = np.load(folder / "vectors.npy") if (folder / "vectors.npy").exists() else None
        return cls(passages, vectors)

    def bm25(self, terms: list[str]) -> list[tuple[int, float]]:
        total = len(self.passages)
        scores = []
        for i, counts in enumerate(self.terms):
            score = 0.0
            for term in terms:
                tf = counts.get(term, 0)
                if tf:
                    idf = math.log(1 + (total - self.df[term] + 0.5) / (self.df[term] + 0.5))
                    score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * self.lengths[i] / self.average))
            if score > 0:
                scores.append((i, score))
        return sorted(scores, key=lambda s: -s[1])[:20]

    def coverage(self, index: int, terms: list[str]) -> float:
        return sum(1 for t in terms if t in self.terms[index]) / len(terms) if terms else 0.0

    async def search(self, question: str, registry: Registry | None) -> tuple[list[tuple[int, float]], float | None]:
        """Passages best first (fused scores), and the best semantic similarity (None without vectors)."""
        terms = [t for t in query_terms(question) if t not in GENERIC]
        lexical = self.bm25(terms)
        semantic: list[tuple[int, float]] = []
        if self.vectors is not None and registry is not None:
            try:
                model = registry.get(None, ModelType.TEXT_EMBEDDINGS)
                result = await model.call(lambda provider: provider.embed([question], "query"))
                query = np.asarray(getattr(result, "vectors", result)[0], dtype=np.float32)
                scores = self.vectors @ query
                semantic = [(int(i), float(scores[i])) for i in np.argsort(-scores)[:20]]
            except CommunsError:
                semantic = []
        if not semantic:
            return lexical, None
        return score_fusion(semantic, lexical, semantic_weight=0.4), semantic[0][1]


def _best_sentence(text: str, terms: list[str]) -> str:
    sentences = [s.strip() for s in re.split(r"(?<=[.!?»])\s+|\n", text) if len(s.strip()) > 15]
    if not sentences:
        return text[:200]
    return max(sentences, key=lambda s: sum(1 for t in terms if t in analyze(s)))


async def answer(
    index: DossierIndex, question: str, registry: Registry | None, *, model: str | None = None, use_llm: bool = True
) -> dict:
    """``{"answer", "pages", "found", "passages": [{page, text}]}``."""
    question = question.strip()
    if not question:
        raise InvalidRequestError("the question is empty", param="question")
    terms = [t for t in query_terms(question) if t not in GENERIC]
    ranked, semantic = await index.search(question, registry)
    top = [i for i, _ in ranked[:TOP]]
    best_coverage = max((index.coverage(i, terms) for i, _ in ranked[:8]), default=0.0)
    if not top or best_coverage < MIN_COVERAGE and (semantic is None or semantic < MIN_SEMANTIC):
        return {"answer": NOT_FOUND, "pages": [], "found": False, "passages": []}
    passages = [index.passages[i] for i in top]
    shown = [{"page": p.page, "text": p.text} for p in passages]
    allowed = [p.page for p in passages]
    fallback_pages = [passages[0].page]
    extract = _best_sentence(passages[0].text, terms)
    if registry is None or not use_llm:
        return {"answer": f"Extrait : « {extract} »", "pages": fallback_pages, "found": True, "passages": shown}
    context = "\n\n".join(f"[page {p.page}]\n{p.text}" for p in passages)
    messages = [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Extraits :\n{context}\n\nQuestion : {question}"},
    ]
    try:
        reply = await complete_json(registry, messages, SCHEMA, model=model, max_tokens=160, temperature=0.0)
    except CommunsError:
        return {"answer": f"Extrait : « {extract} »", "pages": fallback_pages, "found": True, "passages": shown}
    text = str(reply.get("reponse", "")).strip()
    pages = [p for p in dict.fromkeys(reply.get("pages", [])) if p in allowed][:2]
    if not reply.get("trouve", True) and index.coverage(top[0], terms) < 0.75:
        return {"answer": NOT_FOUND, "pages": [], "found": False, "passages": shown}
    pages = pages or fallback_pages
    page_text = " ".join(p.text for p in passages if p.page in pages)
    if not text or support(text, page_text + " " + question) < 0.6:
        text = f"Extrait : « {extract} »"
        pages = fallback_pages
    return {"answer": text, "pages": sorted(pages), "found": True, "passages": shown}
