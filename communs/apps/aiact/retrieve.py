"""Passages for a question: glossary expansion, hybrid search, one passage per article or annex (five
different provisions rather than two paragraphs of the same one), votes fused with the search's ranking (the
recitals', the glossary terms' for the provision their concept comes from, the best passages' for the annex
they cite), the article an annex is referred to by (Annex III → Art. 6(2), from the annex's own title) next to
that annex, and whether the question is about the Act at all (the best cosine similarity against the passages)."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from communs.apps.aiact.act import Act
from communs.apps.aiact.glossary import expand, provision_votes
from communs.apps.aiact.index import ActIndex, embed
from communs.apps.aiact.lay import fused_ranking, lexical_ranking, rank_votes, semantic_ranking
from communs.apps.aiact.recitals import votes
from communs.apps.aiact.scope import names_another_law
from communs.models.chat import complete
from communs.models.embed import embeddings_model_id

# e5 cosine of the best passage (the question with the glossary's wording): questions on the Act score 0.84 and
# more (bench/data/aiact: 131 questions), unrelated questions 0.74-0.80; questions on a neighbouring law score
# like the Act's own (0.83-0.88), so they are told apart by their words (scope.py). bench/aiact.py measures both.
IN_SCOPE = 0.81
RANK_OFFSET = 5  # reciprocal-rank fusion: a rank weighs 1 / (RANK_OFFSET + rank)
RECITAL_WEIGHT = 0.4  # a recital vote, against a rank of the hybrid search
# a glossary term's vote for the provision its concept comes from (glossary.provision_votes), against a rank of
# the hybrid search (1 / (5 + rank)): 0.05 is about a rank of 15. Chosen on the four question sets together
# (recall@5 rises on each from 0.03 to 0.05 and stays flat to 0.08): blind2 0.798 → 0.822, blind3 0.822 → 0.845
GLOSSARY_WEIGHT = 0.05
# an annex the best passages refer to gets their votes: each of the first CITING articles whose best passage
# cites the annex ("listed in Annex I") adds CITED_WEIGHT / (RANK_OFFSET + its rank) to the annex's score
CITING = 20
# (0.3: recall@5 up on every set — old 0.989 → 1.0, blind1 0.912 → 0.924, blind2 0.822 → 0.827, blind3
# 0.851 → 0.863 — MRR down by 0.01; 1.0 lowers blind1 and blind3)
CITED_WEIGHT = 0.3
# the lay profiles' votes (lay.py): each of the first 10 articles of a ranking by profile (BM25 of its phrases,
# e5 cosine of its closest phrase) adds WEIGHT / (5 + rank). Chosen on the five sets together (a grid of 0.3-1.2
# each; leaving any one set out picks the same pair, which raises recall@5 on each): old 1.0 =, blind1 0.924 →
# 0.971, blind2 0.827 → 0.916, blind3 0.863 → 0.953, blind4 0.761 → 0.856; flat within ±0.02 from 0.5 to 1.0
LAY_LEXICAL_WEIGHT = 0.8
LAY_SEMANTIC_WEIGHT = 0.6
# the semantic ranking fuses the question's own vector's and the expanded query's (lay.fused_ranking): recall@5
# at the same weights, against the expanded query's alone: old 1.0 =, blind1 0.971 =, blind2 0.916 → 0.922,
# blind3 0.953 =, blind4 0.856 =, blind5 0.865 → 0.896 (the bare question's alone: blind3 0.935, blind5 0.896).
# Leaving any one set out, a grid (semantic 0.4-0.8, lexical 0.6-1.0) picks 0.6 and 0.8 again (aiact_fusion.py)
CROSS_REFERENCED = 3  # an annex among the first three passages brings the article that refers to it
# passages asked of the hybrid search; it fuses min-max normalised scores of the top 4 × CANDIDATES of each
# method, and a passage just outside one method's pool counts 0 for it: a deeper pool gives it its real score
# (recall@5 with the glossary, CANDIDATES 30 → 60: blind2 0.751 → 0.786, blind1 0.847 = , old set 0.957 → 0.967)
CANDIDATES = 60
# a lay question tells its situation first and asks last (« Je suis pharmacien… le logiciel a raté une alerte.
# Je dois le signaler à qui ? »): the whole question's vector leans to the situation. Its asking sentences
# (asked()) are embedded too: a third vector for the lay profiles' semantic ranking, and recital votes at
# ASKED_RECITAL_WEIGHT of the whole query's. recall@5 on the seven seen sets (0.4-0.6 flat): old 1.0 =, blind1
# 0.971 =, blind2 0.922 → 0.927, blind3 0.953 → 0.965, blind4 0.856 → 0.867, blind5 0.896 → 0.908, blind6
# 0.819 → 0.833 (bench/results/aiact_round_blind7.json)
ASKED_RECITAL_WEIGHT = 0.5
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


@dataclass(frozen=True)
class Retrieval:
    ids: list[str]
    scores: list[float]
    best_similarity: float
    query: str
    other_law: bool = False  # about a neighbouring law, never about AI (scope.py)

    @property
    def in_scope(self) -> bool:
        return self.best_similarity >= IN_SCOPE and not self.other_law


@dataclass(frozen=True)
class Signals:
    """What the fusion ranks from: the hybrid search's articles and annexes in rank order with their best passage
    and its score, and each voter's votes (recitals, glossary) or ranking (lay profiles)."""

    best_passage: dict[str, tuple[str, float]]
    recitals: dict[str, float]
    glossary: dict[str, float]
    lay_lexical: list[str]
    lay_semantic: list[str]


@dataclass(frozen=True)
class Weights:
    lay_lexical: float = LAY_LEXICAL_WEIGHT
    lay_semantic: float = LAY_SEMANTIC_WEIGHT
    glossary: float = GLOSSARY_WEIGHT
    cited: float = CITED_WEIGHT


async def signals(
    index: ActIndex,
    question: str,
    query: str,
    vectors: list[list[float]],
    k: int,
    use_glossary: bool = True,
    asked_vector: list[float] | None = None,
) -> Signals:
    """The hybrid search and the voters, for the question (its wording expanded by the glossary: ``query``);
    ``vectors``: the query's, then the question's own when the glossary added words to it; ``asked_vector``:
    its asking sentences' (asked()) when they are not the whole question."""
    vector = vectors[0]
    hybrid = await asyncio.to_thread(
        index.store.search,
        [index.collection_id],
        method="hybrid",
        query=query,
        query_vector=vector,
        k=max(CANDIDATES, 4 * k),
    )
    best_passage: dict[str, tuple[str, float]] = {}  # article or annex → its best passage, in rank order
    for result in hybrid:
        ident = result.chunk.metadata["aiact_id"]
        best_passage.setdefault(index.act.top(ident), (ident, result.score))
    model_id = embeddings_model_id(index.registry)
    glossary = provision_votes(question) if use_glossary else {}
    recitals = votes(model_id, vector)
    lay_vectors = list(vectors)
    if asked_vector is not None:
        lay_vectors.append(asked_vector)
        for top, vote in votes(model_id, asked_vector).items():
            recitals[top] = recitals.get(top, 0.0) + ASKED_RECITAL_WEIGHT * vote
    return Signals(
        best_passage,
        recitals,
        glossary,
        lexical_ranking(question),
        fused_ranking([semantic_ranking(model_id, v) for v in lay_vectors]),
    )


def asked(question: str) -> str:
    """The sentences of the question that ask (end in or hold a question mark), else its last sentence."""
    sentences = [s for s in _SENTENCE_END.split(question.strip()) if s]
    return " ".join([s for s in sentences if "?" in s] or sentences[-1:])


def rank(act: Act, found: Signals, k: int, weights: Weights = Weights()) -> tuple[list[str], list[float]]:
    """The first ``k`` passages (one per article or annex) and their hybrid scores: the hybrid ranking fused with
    the votes, then the articles the first annexes are referred to by."""
    voted = dict(found.recitals)
    for ranking, weight in ((found.lay_lexical, weights.lay_lexical), (found.lay_semantic, weights.lay_semantic)):
        for top, vote in rank_votes(ranking).items():
            voted[top] = voted.get(top, 0.0) + weight / RECITAL_WEIGHT * vote
    for top, vote in found.glossary.items():
        voted[top] = voted.get(top, 0.0) + weights.glossary / RECITAL_WEIGHT * vote
    passages = [ident for ident, _ in found.best_passage.values()]
    for top, vote in cited_annexes(act, passages, weights.cited).items():
        voted[top] = voted.get(top, 0.0) + vote / RECITAL_WEIGHT
    fused = with_recital_votes(act, list(found.best_passage), voted)
    # an article only the votes brought is shown by its first paragraph, with a hybrid score of 0
    chosen = [found.best_passage.get(top, (_opening(act, top), 0.0)) for top in fused[:k]]
    ids, scores = [ident for ident, _ in chosen], [score for _, score in chosen]
    return with_referring_articles(act, ids, scores, k)


async def retrieve(index: ActIndex, question: str, k: int = 5, *, use_glossary: bool = True) -> Retrieval:
    query = expand(question) if use_glossary else question
    texts = [query] if query == question else [query, question]
    asking = asked(question)
    distinct = asking != question.strip()
    vectors = await embed(index.registry, [*texts, asking] if distinct else texts, "query")
    vectors, asked_vector = (vectors[:-1], vectors[-1]) if distinct else (vectors, None)
    vector = vectors[0]
    found, semantic = await asyncio.gather(
        signals(index, question, query, vectors, k, use_glossary, asked_vector),
        asyncio.to_thread(
            index.store.search, [index.collection_id], method="semantic", query=query, query_vector=vector, k=1
        ),
    )
    ids, scores = rank(index.act, found, k)
    best = semantic[0].score if semantic else 0.0
    return Retrieval(ids, scores, best, query, names_another_law(question))


def with_recital_votes(act: Act, ranked: list[str], voted: dict[str, float]) -> list[str]:
    """Articles and annexes in the order of a reciprocal-rank fusion of the hybrid search's ranking and the
    votes (the recitals' of recitals.py and the glossary's, in recital votes), each weighing RECITAL_WEIGHT of a
    rank's."""
    score = {top: 1.0 / (RANK_OFFSET + rank) for rank, top in enumerate(ranked)}
    for top, vote in voted.items():
        if act.exists(top):
            score[top] = score.get(top, 0.0) + RECITAL_WEIGHT * vote
    return sorted(score, key=lambda top: -score[top])


@lru_cache(maxsize=1)
def _annexes_cited(act: Act) -> dict[str, set[str]]:
    """Passage id → the annexes its text cites (a paragraph's passage holds its points, so their citations)."""
    out: dict[str, set[str]] = {}
    for ident, node in act.nodes.items():
        if ident.startswith("rec_"):
            continue
        cited = {act.top(i) for ref in node.refs for i in ref[2] if i.startswith("anx_")}
        out[ident] = out.get(ident, set()) | cited
    for item in list(act.articles.values()) + list(act.annexes.values()):
        for paragraph in item["paragraphs"]:
            for point in paragraph["points"]:
                out[paragraph["id"]] = out.get(paragraph["id"], set()) | out.get(point["id"], set())
    return out


def cited_annexes(act: Act, passages: list[str], weight: float = CITED_WEIGHT) -> dict[str, float]:
    """Annex → the votes of the first CITING passages (one per article, in rank order) that cite it."""
    out: dict[str, float] = {}
    for position, ident in enumerate(passages[:CITING]):
        for annex in _annexes_cited(act).get(ident, set()) - {act.top(ident)}:
            out[annex] = out.get(annex, 0.0) + weight / (RANK_OFFSET + position)
    return out


def _opening(act: Act, top: str) -> str:
    """An article's or annex's first paragraph."""
    item = act.articles.get(top) or act.annexes.get(top) or {}
    paragraphs = item.get("paragraphs") or []
    return str(paragraphs[0]["id"]) if paragraphs else top


_ARTICLE = re.compile(r"Article (\d+)(?:\((\d+)\))?(?:, (?:First Subparagraph, )?Point \(([a-z])\))?")


@lru_cache(maxsize=1)
def _referring(act: Act) -> dict[str, str]:
    """Annex → the provision its title says it is referred to in: "High-Risk AI Systems Referred to in
    Article 6(2)" → art_6_2, "… in Accordance with Article 49" → art_49 (the most precise id that exists)."""
    out: dict[str, str] = {}
    for annex in act.annexes.values():
        found = _ARTICLE.search(annex["title"])
        if not found:
            continue
        parts = [p for p in found.groups() if p]
        candidates = ["art_" + "_".join(parts[:n]) for n in range(len(parts), 0, -1)]
        out[annex["id"]] = next(c for c in candidates if act.exists(c))
    return out


def with_referring_articles(act: Act, ids: list[str], scores: list[float], k: int) -> tuple[list[str], list[float]]:
    """An annex among the first passages is read through the article that refers to it (a system of Annex III
    is high-risk by Art. 6(2)): that article's provision follows the annex unless already there; the list keeps
    ``k`` passages."""
    ids, scores = list(ids), list(scores)
    for ident in list(ids[:CROSS_REFERENCED]):
        article = _referring(act).get(act.top(ident))
        if article is None or act.top(article) in {act.top(i) for i in ids}:
            continue
        at = ids.index(ident) + 1
        ids.insert(at, article)
        scores.insert(at, scores[at - 1])
        ids, scores = ids[:k], scores[:k]
    return ids, scores


async def translate_question(registry: Any, question: str, *, model: str | None = None) -> str:
    """The question in English by the chat model (measured against the glossary in bench/aiact.py)."""
    messages = [
        {"role": "system", "content": "Translate the user's question into English. Reply with the translation only."},
        {"role": "user", "content": question},
    ]
    return await complete(registry, messages, model=model, max_tokens=60, temperature=0.0)
