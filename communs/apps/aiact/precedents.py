"""Precedents: labelled descriptions of AI systems (tier and the provisions that decide it), the nearest of which
proposes an answer to the decision tree that the Act's conditions must then confirm.

The library (data/precedents.json, 648 cases) is product data: descriptions written from the Act, each labelled
with its tier and basis. Nothing in it is an evaluation set, and no evaluation set feeds it: tier accuracy is
measured under bench/ on sets that never enter the library. The nearest case by e5 similarity proposes its basis
(art_5_1_b, anx_III_4_a, art_50_1…); the proposal stands only where it would make the tier more severe than the
rules' and the model's answers, and where the description passes that provision's gate (lexicon.py: it speaks of
the object of the provision at all). How much it helps is measured in bench/, not here.

``python -m communs.apps.aiact.precedents`` recomputes the vectors of data/precedents.json.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from communs.apps.aiact.act import DATA
from communs.apps.aiact.lexicon import area_gate, gate, holds
from communs.apps.aiact.screen import FINDINGS
from communs.apps.aiact.tree import QUESTIONS, TIERS
from communs.models.embed import embed, embeddings_model_id
from communs.models.registry import Registry

FILE = DATA / "precedents.json"
SEVERITY = {tier: len(TIERS) - rank for rank, tier in enumerate(TIERS)}  # prohibited is the most severe
# the Art. 6(3) questions (narrow task, profiling) only lower a tier: a precedent never proposes them
QUESTION_OF_BASIS = {q.basis: q.id for q in QUESTIONS if q.id not in ("annex_iii", "narrow_task", "profiling")} | {
    "art_6_1": "annex_i_product",
    "art_53": "gpai_model",
    "art_51": "systemic_risk",
    "art_51_1": "systemic_risk",
    "art_51_2": "systemic_risk",
    "art_55": "systemic_risk",
}
FINDING_OF_QUESTION = {question: finding for finding, (question, _) in FINDINGS.items()}


@dataclass(frozen=True)
class Case:
    description: str
    tier: str
    basis: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    question: str  # tree question id, or "annex_iii"
    value: Any  # True, or the Annex III point
    tier: str  # the tier the case's basis gives
    case: Case
    similarity: float


def answer_of(basis_id: str) -> tuple[str, Any] | None:
    """The tree answer a basis id stands for: art_5_1_b → ("vulnerabilities", True), anx_III_4_a → ("annex_iii",
    "anx_III_4_a"); None for ids the tree does not ask about (art_6_2 alone, recitals)."""
    if basis_id.startswith("anx_III_"):
        return ("annex_iii", basis_id)
    question = QUESTION_OF_BASIS.get(basis_id)
    return (question, True) if question else None


def tier_of(question: str) -> str:
    if question == "annex_iii":
        return "high_risk"
    group = next(q.group for q in QUESTIONS if q.id == question)
    return "gpai" if group == "gpai" else group


# answers a precedent may give only where the description holds more than the model's gate asks
STRICTER: dict[str, tuple[str, ...]] = {
    "emotion_work_school": ("emotion", "biometric", "workplace_school", "!customers"),
    "annex_i_product": ("product", "safety_function"),
    "interacts": ("converse", "!staff_only"),
}


def confirmed(question: str, value: Any, description: str) -> bool:
    """The description speaks of what the provision is about: the gates the model's answers pass, and for some
    questions the concepts of the rules' own combinations (a precedent is only similar, never the same)."""
    if question == "annex_iii":
        return area_gate(value, description)
    if question in STRICTER:
        return holds(STRICTER[question], description)
    finding = FINDING_OF_QUESTION.get(question)
    return gate(finding, description) if finding else False


@lru_cache(maxsize=1)
def load_cases() -> tuple[Case, ...]:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    return tuple(Case(c["d"], c["tier"], tuple(c["basis"])) for c in data["cases"])


def _digest(cases: tuple[Case, ...]) -> str:
    return hashlib.sha256("\n".join(c.description for c in cases).encode()).hexdigest()[:12]


class Precedents:
    """The cases and their vectors for one embeddings model: shipped with the package for the default model,
    computed once (about 20 s on 2 cores) for another."""

    def __init__(self, cases: tuple[Case, ...], vectors: np.ndarray) -> None:
        self.cases = cases
        self.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    async def propose(self, registry: Registry, description: str, current_tier: str) -> Proposal | None:
        """The nearest case's answer, where it is more severe than ``current_tier`` and the Act's conditions
        hold for this description; None otherwise."""
        vector = np.array((await embed(registry, [description], "query"))[0], dtype=np.float32)
        scores = self.vectors @ (vector / np.linalg.norm(vector))
        for index in np.argsort(-scores):
            case = self.cases[index]
            best: Proposal | None = None
            for basis_id in case.basis:
                answer = answer_of(basis_id)
                if answer is None or SEVERITY[tier_of(answer[0])] <= SEVERITY[current_tier]:
                    continue
                if not confirmed(*answer, description):
                    continue
                tier = tier_of(answer[0])
                if best is None or SEVERITY[tier] > SEVERITY[best.tier]:
                    best = Proposal(answer[0], answer[1], tier, case, round(float(scores[index]), 3))
            return best  # only the nearest case counts: the second nearest broke more than it fixed
        return None


_OPEN: dict[tuple[str, int], Precedents] = {}
_LOCK = asyncio.Lock()


def _vector_files(model_id: str) -> tuple[Path, Path]:
    return DATA / f"precedents-{model_id}.npy", DATA / f"precedents-{model_id}.json"


async def open_precedents(registry: Registry) -> Precedents:
    model_id = embeddings_model_id(registry)
    key = (model_id, id(registry))
    async with _LOCK:
        if key not in _OPEN:
            cases = load_cases()
            npy, meta = _vector_files(model_id)
            if npy.is_file() and meta.is_file() and json.loads(meta.read_text()).get("digest") == _digest(cases):
                vectors = np.load(npy).astype(np.float32)
            else:
                vectors = np.array(await embed(registry, [c.description for c in cases], "query"), dtype=np.float32)
            _OPEN[key] = Precedents(cases, vectors)
        return _OPEN[key]


async def _ship() -> None:
    from communs.config import get_settings

    cases = load_cases()
    registry = Registry(get_settings())
    model_id = embeddings_model_id(registry)
    vectors = np.array(await embed(registry, [c.description for c in cases], "query"), dtype=np.float32)
    npy, meta = _vector_files(model_id)
    np.save(npy, vectors.astype(np.float16))
    meta.write_text(json.dumps({"digest": _digest(cases), "count": len(cases)}) + "\n")
    await registry.aclose()
    print(f"wrote {len(cases)} precedents and their vectors for {model_id}")


if __name__ == "__main__":
    asyncio.run(_ship())
