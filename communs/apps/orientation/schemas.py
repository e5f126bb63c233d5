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
    region: str | None = Field(description="The région the person named or lives in (read from a commune too).")
    place: str | None = Field(description="The commune the person named (« près de Lille »): « Lille (59) ».")
    department: str | None = Field(description="The département's code, from the commune or as named.")
    sectors: list[Sector]
    adult: bool
    no_licence: bool = Field(description="No driving licence, or may not drive: driving métiers are left out.")
    no_physical: bool = Field(description="Physical work ruled out (wheelchair, back problems…).")
    named: list[NamedMetier]
    said: list[str] = Field(description="The person's own clauses, refusals left out (compared by e5).")
    from_model: list[str] = Field(description="The fields the chat model filled.")
    evenings_only: bool = Field(
        description="Free only in the evening or at weekends (métiers whose ROME contexts say so rank higher)."
    )
    settled: list[str] = Field(description="The slots already asked and answered: not asked again.")
    days_only: bool = Field(description="Free only in the daytime (night, shift and weekend work rank lower).")
    former: list[str] = Field(description="ROME codes of the person's present or past job (rank lower).")
    ruled_out: list[str] = Field(description="ROME codes of métiers the person refused (rank lower).")


class Formation(Result):
    title: str
    type: str
    level: str = Field(description="Its level, in words (RNCP level).")
    duration: str | None = Field(description="e.g. '2 ans'.")
    apprenticeship: bool = Field(
        description="This type of diploma is usually open to apprenticeship (by type, not a list of schools)."
    )
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


class QuickReply(Result):
    label: str = Field(description="What the button says, sent as the person's answer.")
    value: str = Field(description="What the answer sets (a level, years, true/false, a sector letter...).")


class Question(Result):
    """The one question to ask next: the missing slot whose answer best splits the candidate métiers."""

    slot: str = Field(description="interests, level, max_years, apprenticeship, sector, licence or physical.")
    text: str = Field(description="The question, in French (also at the end of the reply).")
    options: list[QuickReply] = Field(description="Quick replies.")
    gain: float = Field(description="Bits the answer would tell apart among the candidate métiers.")


class Filters(Result):
    """The filters on formations, as applied."""

    level: str | None = Field(description="CAP, bac, bac+2, bac+3 or bac+5: the formation's level.")
    max_years: float | None = Field(description="The formation's length, at most (years).")
    apprenticeship: bool | None = Field(description="True: only diplomas usually prepared in apprenticeship.")
    region: str | None
    department: str | None
    place: str | None = Field(description="The commune asked, as understood: « Lille (59) ».")
    not_applied: list[str] = Field(description="Filters accepted but not applied (no location in the data).")
    notes: list[str] = Field(description="What the filters could not do, in French.")


class OrientationResult(Result):
    """POST /v1/apps/orientation."""

    reply: str = Field(description="The conversational reply, in French, grounded in the recommendations.")
    reply_source: str = Field(description="model or template.")
    question: Question | None = Field(description="The next question, with quick replies; null: none useful.")
    profile: Profile
    recommendations: list[Recommendation]
    filters: Filters
