"""From a profile to recommendation cards: ROME métiers, and the ONISEP formations that lead there and fit.

A métier's score adds, to how close its description is to what the person wrote (e5 cosine, standardised over
all métiers) and how well the fiche's own words meet theirs (BM25 over names, definition, savoir-faire and
savoirs, lexical.py, as a share of the best), fixed bonuses for what the rules established: a centre d'intérêt it
belongs to, the sector asked for, its name written as a wish, evening or weekend contexts for a person free only
then; and a cost for a disliked centre d'intérêt, a limit the fiche's contexts contradict, no formation at the
person's level, or closeness to a clause that only tells the person's present or past job (PAST_DISCOUNT).
Each clause has a role by its grammar (clauses.py): when a wish is said, a clause telling the job the person leaves
is out of the whole text e5 reads, its words weigh less in BM25 (PAST_WORDS), and the wish clauses add their own
closeness (WISH_WEIGHT); a wish to pass one's trade on brings the trainer's métier (TRANSMIT_BONUS).
Every card says which profile elements matched (``why``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from communs.apps.orientation import clauses as roles
from communs.apps.orientation import lexical, lexicon
from communs.apps.orientation.catalog import Catalog, Formation, Metier, excerpt, masculine
from communs.apps.orientation.filters import Filters
from communs.apps.orientation.profile import MODEL_EVIDENCE, Profile, is_former_job, levels_in
from communs.apps.orientation.vectors import metier_vectors, name_vectors, query_vectors
from communs.models.registry import Registry
from communs.search.analysis import normalize

INTEREST_BONUS = 0.6  # per centre d'intérêt shared (at most two count)
SECTOR_BONUS = 0.6
NAMED_BONUS = 3.0
DISLIKE_COST = 1.5
APPRENTICESHIP_COST = 1.0  # a formation not open to apprenticeship, when the person wishes it, ranks lower
UNREACHABLE_COST = 0.7  # no formation fits the level and wished length
LIMIT_COST = 2.5  # a métier the person cannot do: driving without a licence, physical work when it is ruled out
DRIVING, PHYSICAL = 19, 13  # centres d'intérêt "J'aime piloter, conduire", "J'aime l'activité physique"
# contextes de travail (ROME) that say a body's effort: ruled out with the centre d'intérêt for no physical work
PHYSICAL_CONTEXTS = frozenset(
    {
        "Port et manipulation de charges lourdes ou encombrantes",
        "Station debout prolongée",
        "En grande hauteur",
        "Position pénible",
    }
)
# savoirs and savoir-faire (ROME) of carrying loads or people: ruled out as the contexts above
PHYSICAL_SKILLS = frozenset(
    {
        "Gestes et postures de manutention",
        "Pratiquer des gestes et postures de manutention en toute sécurité",
        "Charger, décharger, manutentionner des produits",
        "Techniques de levage et de transfert",
        "Techniques de mobilisation des patients",
    }
)
# contextes de travail that fit a person free only in the evening or at weekends
EVENING_CONTEXTS = frozenset(
    {
        "Travail en horaires décalés",
        "Travail de nuit",
        "Travail les week-ends et jours fériés",
        "Travail le samedi",
        "Travail le dimanche",
    }
)
EVENING_BONUS = 0.6
DAYS_COST = 1.0  # night, shift or weekend work for a person free only in the daytime
FORMER_COST = 2.0  # the person's present or past job: they tell it to leave it
REFUSED_COST = 3.0  # a métier the person named to refuse it
NO_DIPLOMA_YEARS = 2.5  # with no diploma and no wish to study long, a métier asking more study ranks lower
LEVEL_COST = 2.0  # the accès à l'emploi asks for more study than the person wants
PER_FAMILY = 2  # cards from one ROME domaine professionnel (A15, M18...), unless named
FORMATIONS_PER_CARD = 3
SHORTLIST = 60
CLAUSE_DISCOUNT = 0.5  # a single clause close to a name (a job named in passing) counts, less this many std
NAME_WEIGHT = 0.3  # share of the closest appellation in the closeness (the rest: the métier's description)
LEXICAL_WEIGHT = 3.0  # the fiche whose own words best meet the person's counts this many std more (BM25 / best)
PAST_DISCOUNT = 0.15  # a clause telling the person's present or past job: its closeness counts this much against
WISH_WEIGHT = 0.5  # a clause that says a wish (clauses.py): its closeness to each métier's description adds this much
PAST_WORDS = 0.3  # the words of a clause telling the past job count this much in BM25 (a wish's and the rest: 1)
TRANSMIT_BONUS = 2.5  # a wish to pass one's trade on: the ROME métier of training adults (clauses.TRANSMIT)
TRAINER = "K2111"  # Formateur / Formatrice
CLOSE = 2.5  # a métier this many standard deviations closer than average to the person's words says so in "why"
SOURCE = "ROME 4.0 (France Travail, Licence Ouverte) ; formations : ONISEP Idéo 2022 (ODbL)"


@dataclass
class Card:
    metier: Metier
    score: float
    why: list[str]
    formations: list[Formation] = field(default_factory=list)
    formations_fit: bool = True

    def to_dict(self) -> dict[str, Any]:
        m = self.metier
        return {
            "rome_code": m.code,
            "title": m.title,
            "why": self.why,
            "definition": excerpt(m.definition, 320),
            "access": excerpt(m.access, 320),
            "formations": [f.to_dict() for f in self.formations],
            "formations_fit": self.formations_fit,
            "onisep": list(m.onisep),
            "source": f"{SOURCE} — fiche ROME {m.code}",
            "score": round(self.score, 3),
        }


def query_text(catalog: Catalog, profile: Profile, kinds: list[str] | None = None) -> str:
    """What the person's likes say, as one query (empty when the profile has nothing to match on); the clauses
    that tell the past job (``kinds``, clauses.roles) are left out when others remain."""
    parts = list(profile.said)
    if kinds and roles.PAST in kinds and any(kind != roles.PAST for kind in kinds):
        parts = [clause for clause, kind in zip(profile.said, kinds, strict=True) if kind != roles.PAST]
    parts += [f"j'aime {s}" for s in profile.subjects]
    parts += [catalog.interests[c] for c in profile.interests]
    parts += [catalog.domains[s] for s in profile.sectors]
    parts += [masculine(catalog.metier(c).title) for c in profile.named]
    return ". ".join(dict.fromkeys(p for p in parts if p))


def fitting_formations(
    catalog: Catalog, metier: Metier, profile: Profile, filters: Filters | None = None
) -> tuple[list[Formation], bool]:
    """The formations of a métier that fit the person's level and wished length, best first (those open to
    apprenticeship first when the person wishes it); when none fits, the métier's best formations, flagged as not
    fitting. The request's filters are hard: a formation they refuse is never shown."""
    start = profile.level.value if profile.level else None
    allowed = [
        (rank, catalog.formations[index])
        for rank, index in enumerate(metier.formations)
        if filters is None or filters.accepts(catalog.formations[index])
    ]
    scored = []
    for rank, formation in allowed:
        entry, exit_ = formation.entry, formation.exit
        if entry is None or exit_ is None:
            continue
        if start is not None and not (start - (8 if profile.adult else 3.5) <= entry <= start + 0.5):
            continue
        if profile.target and exit_ > profile.target.value + 0.5:
            continue
        if (
            profile.max_years is not None
            and exit_ - max(entry, start if start is not None else entry) > profile.max_years
        ):
            continue
        distance = abs(entry - start) if start is not None else 0.0
        target_gap = abs(exit_ - profile.target.value) if profile.target else 0.0
        school_only = APPRENTICESHIP_COST * bool(profile.apprenticeship and not formation.apprenticeship)
        scored.append((distance + target_gap + school_only + rank / 8, formation))
    scored.sort(key=lambda pair: pair[0])
    chosen = _distinct([f for _, f in scored])
    if chosen:
        return chosen, True
    return _distinct([f for _, f in allowed]), False


def _distinct(formations: list[Formation]) -> list[Formation]:
    seen: set[str] = set()
    out = []
    for formation in formations:
        key = formation.title.lower()
        if key not in seen:
            seen.add(key)
            out.append(formation)
        if len(out) == FORMATIONS_PER_CARD:
            break
    return out


@lru_cache(maxsize=4096)
def access_level(access: str) -> float | None:
    """The lowest level of study the accès à l'emploi text names (years after the bac), None when it names none."""
    values = [value for _, _, value in levels_in(normalize(access))]
    return min(values) if values else None


def too_long(metier: Metier, profile: Profile) -> bool:
    """Does the métier ask for more study than the person wants (target level or wished length)?"""
    needed = access_level(metier.access)
    if needed is None:
        return False
    if profile.target and profile.target.value > 0 and needed > profile.target.value + 0.5:
        return True  # a target at the bac or below ("faire un bac pro") names the next diploma, not the last
    start = profile.level.value if profile.level else 0.0
    if profile.max_years is None and profile.level and profile.level.label == "sans diplôme" and not profile.target:
        return needed > NO_DIPLOMA_YEARS
    return profile.max_years is not None and needed - start > profile.max_years + 0.5


@lru_cache(maxsize=4096)
def needs_licence(access: str) -> bool:
    return bool(re.search(lexicon.LICENCE_NEEDED, normalize(access)))


def out_of_reach(metier: Metier, profile: Profile) -> bool:
    """Does the métier ask for what the person said they cannot do (drive, physical work)?"""
    if profile.no_licence and (DRIVING in metier.interests or needs_licence(metier.access)):
        return True
    return profile.no_physical and (
        PHYSICAL in metier.interests
        or not PHYSICAL_CONTEXTS.isdisjoint(metier.contexts)
        or not PHYSICAL_SKILLS.isdisjoint(metier.skills + metier.knowledge)
    )


def tells_job(clause: str) -> bool:
    """Does a normalised clause tell the person's present or past job, no liking in it ("j'étais vendeuse")?"""
    return is_former_job(clause) and not re.search(lexicon.LIKING, clause)


def _why(catalog: Catalog, metier: Metier, profile: Profile, closeness: float) -> list[str]:
    reasons = []
    if metier.code in profile.named:
        reasons.append("Vous avez cité ce métier.")
    for code in metier.interests:
        if code in profile.interests:
            evidence = ", ".join(w if w == MODEL_EVIDENCE else f"« {w} »" for w in profile.interests[code][:3])
            reasons.append(f"Centre d'intérêt « {catalog.interests[code]} » ({evidence}).")
    if metier.domain in profile.sectors:
        reasons.append(f"Secteur visé : {catalog.domains[metier.domain]}.")
    if profile.likes and (closeness >= CLOSE or not reasons):
        reasons.append(f"Proche de ce que vous avez écrit : « {profile.likes[0][:120]} ».")
    return reasons


def _standard(values: np.ndarray) -> np.ndarray:
    return (values - values.mean()) / max(float(values.std()), 1e-6)


async def _closeness(
    registry: Registry, catalog: Catalog, query: str, clauses: list[str], kinds: list[str]
) -> np.ndarray:
    """How much closer than average each métier is to the person's words (standard deviations): its description,
    and its closest name (appellation) — lay job names a description does not use — to the whole text or, less
    a discount, to one clause ("chauffeur routier ou livreur" in a longer story). A clause that tells the person's
    present or past job ("j'ai été conseillère au guichet d'une banque") counts against the métiers it describes,
    when others say more: the whole text leans to the job the person tells in order to leave it. A clause that
    says a wish adds its own closeness to the descriptions (WISH_WEIGHT, shared among the wish clauses)."""
    clauses = clauses if CLAUSE_DISCOUNT and len(clauses) > 1 else []
    vectors = await query_vectors(registry, [query, *clauses])
    metiers = await metier_vectors(registry, catalog)
    described = _standard(metiers @ vectors[0])
    names, owners = await name_vectors(registry, catalog)

    def best_name(vector: np.ndarray) -> np.ndarray:
        best = np.full(len(catalog.metiers), -1.0, dtype=np.float32)
        np.maximum.at(best, owners, names @ vector)
        return _standard(best)

    named = best_name(vectors[0])
    ahead = [vector for vector, kind in zip(vectors[1:], kinds, strict=True) if kind != roles.PAST] if clauses else []
    ahead = ahead or list(vectors[1:])
    if ahead:  # a job named in a past clause is where the person comes from, not a name to look for
        per_clause = np.max([best_name(vector) for vector in ahead], axis=0)
        named = np.maximum(named, per_clause - CLAUSE_DISCOUNT)
    closeness = (1 - NAME_WEIGHT) * described + NAME_WEIGHT * named
    wished = [vector for vector, kind in zip(vectors[1:], kinds, strict=True) if kind == roles.WISH] if clauses else []
    if wished and len(wished) < len(clauses):
        closeness += WISH_WEIGHT * np.mean([_standard(metiers @ vector) for vector in wished], axis=0)
    past = [tells_job(normalize(clause)) for clause in clauses]
    if any(past) and not all(past):
        for vector in vectors[1:][np.asarray(past)]:
            closeness -= PAST_DISCOUNT * _standard(metiers @ vector)
    return closeness


async def recommend(
    registry: Registry, catalog: Catalog, profile: Profile, k: int = 5, filters: Filters | None = None
) -> list[Card]:
    kinds = roles.roles(catalog, profile.said)
    query = query_text(catalog, profile, kinds)
    if not query:
        return []
    closeness = await _closeness(registry, catalog, query, profile.said, kinds)
    words = lexical.scores(catalog, profile.said, [PAST_WORDS if kind == roles.PAST else 1.0 for kind in kinds])
    scores = closeness + LEXICAL_WEIGHT * words / max(float(words.max()), 1e-6)
    for i, metier in enumerate(catalog.metiers):
        shared = sum(1 for c in metier.interests if c in profile.interests)
        scores[i] += INTEREST_BONUS * min(shared, 2)
        scores[i] += SECTOR_BONUS * (metier.domain in profile.sectors)
        scores[i] += NAMED_BONUS * (metier.code in profile.named)
        scores[i] -= DISLIKE_COST * any(c in profile.disliked for c in metier.interests)
        scores[i] -= LIMIT_COST * out_of_reach(metier, profile)
        scores[i] += EVENING_BONUS * (profile.evenings_only and not EVENING_CONTEXTS.isdisjoint(metier.contexts))
        scores[i] -= DAYS_COST * (profile.days_only and not EVENING_CONTEXTS.isdisjoint(metier.contexts))
        scores[i] -= FORMER_COST * (metier.code in profile.former)
        scores[i] -= REFUSED_COST * (metier.code in profile.ruled_out)
    if roles.wishes_to_transmit(profile.said):
        scores[catalog.metiers.index(catalog.metier(TRAINER))] += TRANSMIT_BONUS
    cards: list[Card] = []
    for i in np.argsort(-scores)[:SHORTLIST]:
        metier = catalog.metiers[int(i)]
        formations, fits = fitting_formations(catalog, metier, profile, filters)
        score = float(scores[i]) - (0.0 if fits and formations else UNREACHABLE_COST)
        score -= LEVEL_COST * too_long(metier, profile)
        cards.append(Card(metier, score, _why(catalog, metier, profile, float(closeness[i])), formations, fits))
    cards.sort(key=lambda c: -c.score)
    chosen: list[Card] = []
    families: dict[str, int] = {}
    for card in cards:
        family = card.metier.code[:3]
        if card.metier.code not in profile.named and families.get(family, 0) >= PER_FAMILY:
            continue
        families[family] = families.get(family, 0) + 1
        chosen.append(card)
        if len(chosen) == k:
            break
    return chosen
