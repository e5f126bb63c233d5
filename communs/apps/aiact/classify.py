"""Classify a system: answers (from the questionnaire, or mapped from a description) → tier, basis,
obligations by role, dates and an explanation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from communs.apps.aiact.act import Act
from communs.apps.aiact.describe import annex_iii_points, map_description
from communs.apps.aiact.index import ActIndex
from communs.apps.aiact.obligations import ROLES, dates, obligations
from communs.apps.aiact.tree import check_answers, decide
from communs.errors import InvalidRequestError

MAX_DESCRIPTION = 4000
TIER_LABELS = {
    "prohibited": "pratique interdite",
    "high_risk": "haut risque",
    "gpai": "modèle d'IA à usage général",
    "transparency": "obligations de transparence",
    "minimal": "risque minimal",
}


@dataclass
class Classification:
    tier: str
    basis: list[str]
    obligations: list[dict[str, Any]]
    dates: list[dict[str, str]]
    explanation: str
    answers: dict[str, Any]
    answer_sources: dict[str, str]
    role: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _check_role(role: str | None) -> str | None:
    if role in (None, ""):
        return None
    if role not in ROLES:
        raise InvalidRequestError(f"role must be one of {', '.join(ROLES)}", param="role")
    return role


def classify_answers(
    act: Act, answers: dict[str, Any], role: str | None = None, sources: dict[str, str] | None = None
) -> Classification:
    role = _check_role(role)
    clean = check_answers(answers, annex_iii_points(act))
    decision = decide(clean)
    explanation = f"Niveau : {TIER_LABELS[decision.tier]}. " + " ".join(decision.steps)
    return Classification(
        tier=decision.tier,
        basis=decision.basis,
        obligations=obligations(decision.tier, role, decision.basis, decision.also),
        dates=dates(decision.tier, annex_i=decision.basis == ["art_6_1"]),
        explanation=explanation,
        answers=clean,
        answer_sources=sources or {k: "questionnaire" for k in clean},
        role=role,
    )


async def classify_description(
    index: ActIndex,
    description: str,
    role: str | None = None,
    *,
    model: str | None = None,
    use_llm: bool = True,
) -> Classification:
    if not isinstance(description, str) or not description.strip():
        raise InvalidRequestError("the description is empty", param="description")
    if len(description) > MAX_DESCRIPTION:
        raise InvalidRequestError(f"the description is longer than {MAX_DESCRIPTION} characters", param="description")
    _check_role(role)
    mapping = await map_description(index, description, model=model, use_llm=use_llm)
    result = classify_answers(index.act, mapping.answers, role, mapping.sources)
    if mapping.sources:
        names = {"rule": "règle", "model": "modèle", "precedent": "cas similaire"}
        how = ", ".join(
            f"{q} ({names.get(s, s)}"
            + (f" : « {mapping.quotes[q]} »)" if s in ("model", "precedent") and q in mapping.quotes else ")")
            for q, s in mapping.sources.items()
        )
        result.explanation += f" Réponses déduites de la description : {how}."
    if mapping.unavailable:
        result.explanation += " Le modèle n'a pas pu être consulté : seules les règles ont lu la description."
    return result
