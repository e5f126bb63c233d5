"""The JSON of POST /v1/apps/orientation (ZenIA), as models for the OpenAPI schema.

They mirror :meth:`communs.apps.orientation.Orientation.to_dict`.
"""

from __future__ import annotations

from pydantic import Field

from communs.api.responses import Result


class Interest(Result):
    code: int = Field(description="The ROME centre d'intérêt's code.")
    label: str
    evidence: list[str] = Field(description="The words of the conversation that showed it.")


class Sector(Result):
    code: str = Field(description="The ROME grand domaine's letter.")
    label: str


class NamedMetier(Result):
    code: str = Field(description="ROME code of a métier the person named as a wish.")
    title: str


class Level(Result):
    label: str = Field(description="terminale, bac + 2...")
    value: float = Field(description="Years after the bac where the next training starts (-3: after the 3e).")


class Profile(Result):
    """What the conversation says about the person: rules first, the chat model for what they miss."""

    interests: list[Interest]
    disliked: list[Interest]
    subjects: list[str]
    disliked_subjects: list[str]
    likes: list[str] = Field(description="The clauses that say what the person likes.")
    dislikes: list[str]
    level: Level | None
    target: Level | None = Field(description="The level the person aims at.")
    max_years: float | None = Field(description="Wished length of study from now, in years.")
    apprenticeship: bool | None
    region: str | None
    sectors: list[Sector]
    adult: bool
    no_licence: bool = Field(description="No driving licence, or may not drive: driving métiers are left out.")
    no_physical: bool = Field(description="Physical work ruled out (wheelchair, back problems…).")
    named: list[NamedMetier]
    said: list[str] = Field(description="The person's own clauses, refusals left out (compared by e5).")
    from_model: list[str] = Field(description="The fields the chat model filled.")


class Formation(Result):
    title: str
    type: str
    level: str = Field(description="Its level, in words (RNCP level).")
    duration: str | None = Field(description="e.g. '2 ans'.")
    url: str = Field(description="Its ONISEP page.")


class Recommendation(Result):
    rome_code: str
    title: str
    why: list[str] = Field(description="Why this métier fits, in French.")
    definition: str
    access: str = Field(description="How to get into it (ROME's accès à l'emploi).")
    formations: list[Formation] = Field(description="Trainings that fit the person's level.")
    formations_fit: bool = Field(description="False when no training fits the level and the wished length.")
    onisep: list[str]
    source: str
    score: float


class OrientationResult(Result):
    """POST /v1/apps/orientation."""

    reply: str = Field(description="The conversational reply, in French, grounded in the recommendations.")
    reply_source: str = Field(description="model or template.")
    profile: Profile
    recommendations: list[Recommendation]
