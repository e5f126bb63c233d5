"""Rank a page's elements for a goal: which one is the next step, by rules the user could check.

Each element gets a score from (1) the words its label shares with the goal (:mod:`labels`: the goal's
words that the page title already says counting less, :mod:`candidate`), (2) the e5 similarity of label and
goal, relative to the page's other elements, and (3) where the procedure stands (:mod:`forms`: a form's first
empty required field, its "Suivant" button once it is filled, the yes/no questions the goal answers), a search
box for a search, and what the history says was already done (not repeated).
"""

from __future__ import annotations

import numpy as np

from communs.apps.guide import data, patterns
from communs.apps.guide.candidate import CONTEXT_WEIGHT, LAY_WEIGHT, Candidate, goal_weights, topic
from communs.apps.guide.forms import answers, progress
from communs.apps.guide.labels import distinct, lexical, other_month, said_done
from communs.apps.guide.patterns import same_term
from communs.apps.guide.snapshot import Element, HistoryItem, Page
from communs.apps.guide.state import same_page, usable
from communs.models.embed import embed
from communs.models.registry import Registry

__all__ = ["Candidate", "rank"]

EMBEDDING_WEIGHT = 0.15
CARD_SIZE = 4  # a group of at most this many actions under one name is an item (a card), not a section
_VECTORS: dict[str, np.ndarray] = {}  # e5 vectors of labels and goals, shared by the requests of a process
_CACHE_SIZE = 20_000


async def _vectors(registry: Registry, texts: list[str]) -> list[np.ndarray]:
    missing = list(dict.fromkeys(t for t in texts if t not in _VECTORS))
    if missing:
        if len(_VECTORS) > _CACHE_SIZE:
            _VECTORS.clear()
        for text, vector in zip(missing, await embed(registry, missing, "query")):
            array = np.asarray(vector, dtype=np.float32)
            _VECTORS[text] = array / (np.linalg.norm(array) or 1.0)
    return [_VECTORS[t] for t in texts]


def describe(element: Element) -> str:
    """What the embedding compares to the goal: the label, its hint and its group."""
    return " — ".join(part for part in (element.label, element.hint, element.context) if part)


async def _semantic(registry: Registry, goal: str, candidates: list[Candidate]) -> None:
    labelled = [c for c in candidates if c.element.label]
    if len(labelled) < 2:
        return
    vectors = await _vectors(registry, [goal, *(describe(c.element) for c in labelled)])
    sims = np.array([float(v @ vectors[0]) for v in vectors[1:]])
    median, top = float(np.median(sims)), float(sims.max())
    for candidate, sim in zip(labelled, sims):
        relative = max(0.0, (sim - median) / (top - median)) if top > median else 0.0
        candidate.add(EMBEDDING_WEIGHT * relative, "e5")


def _done(candidates: list[Candidate], page: Page, history: list[HistoryItem]) -> None:
    acted = {h.element_id for h in history if same_page(h, page) and h.action != "scroll"}  # scrolled to: not done
    for candidate in candidates:
        if candidate.element.id in acted:
            candidate.score *= 0.2
            candidate.reasons.append("déjà fait ×0.2")
        elif candidate.element.done and candidate.element.kind != "select" and not candidate.retype:
            candidate.score *= 0.4
            candidate.reasons.append("déjà rempli ×0.4")


async def rank(goal: str, page: Page, history: list[HistoryItem], registry: Registry | None = None) -> list[Candidate]:
    """The page's usable elements, best next step first (``registry`` None: no embeddings)."""
    candidates = [Candidate(e) for e in usable(page)]
    weights = goal_weights(goal, page)
    goal_words = dict.fromkeys(patterns.words(goal), 1.0)
    own = set(patterns.specific_terms(goal))
    alternatives = frozenset(t for t in weights if t not in own and t in set(patterns.lay_terms(goal)))
    kinds = data.given(goal)
    subject = topic(page)
    denied = {
        t: CONTEXT_WEIGHT if t in subject else 1.0
        for t in patterns.negated_terms(goal) | patterns.denied_terms(goal)
        if t not in weights and t not in patterns.GENERIC
    }
    denied = {**weights, **denied} if denied else {}
    refused = (patterns.negated_terms(goal) | patterns.denied_terms(goal)) - patterns.GENERIC
    labels = [patterns.terms(c.element.label) for c in candidates]
    groups: dict[str, list[list[str]]] = {}
    for candidate, label in zip(candidates, labels):
        groups.setdefault(candidate.element.context, []).append(label)
    for candidate, label in zip(candidates, labels):
        element = candidate.element
        named = set(patterns.terms(element.context))
        members = groups[element.context]
        # an item's few actions, some of which do not repeat its name (« Accepter » beside « Voir le détail de X »)
        card = (
            2 <= len(members) <= CARD_SIZE
            and not (element.form or element.modal)
            and any(not named & set(m) for m in members)
        )
        # « je n'ai rien reçu »: what did not happen is what a label that says so offers (« Je n'ai pas reçu … »)
        said = denied if denied and patterns.negative(element.label) else weights
        lexical(candidate, said, goal_words, alternatives, goal, card)
        if refused and patterns.negative(element.label) and any(same_term(r, t) for r in refused for t in label):
            candidate.add(0.25, "ce qui n'a pas eu lieu")  # « rien reçu »: « Je n'ai pas reçu mon chèque »
        elif refused and patterns.negative(element.context) and any(same_term(r, t) for r in refused for t in named):
            candidate.add(
                0.15, "ce qui n'a pas eu lieu"
            )  # « pas droit au RSA »: « Aides auxquelles vous n'avez pas droit »
        candidate.data = data.takes(candidate.element, kinds)
        mine = {g for g, w in weights.items() if w in (1.0, LAY_WEIGHT) and g in label}  # « petit mot »: message
        candidate.sole = any(sum(g in other for other in labels) == 1 for g in mine if g in label)
        candidate.distinct = distinct(label, members, weights)
    said_done(candidates, goal)
    other_month(candidates, goal)
    specific = any(c.score >= 0.3 for c in candidates) and any(w == 1.0 for w in weights.values())
    answers(candidates, goal, weights)
    if registry is not None:
        await _semantic(registry, goal, candidates)
    progress(candidates, page, history, goal, specific, weights)
    _done(candidates, page, history)
    order = {c.element.id: i for i, c in enumerate(candidates)}
    return sorted(candidates, key=lambda c: (-round(c.score, 6), order[c.element.id]))
