"""The JSON the Simplifier's routes answer (/v1/apps/plain/*), as models for the OpenAPI schema."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from communs.api.responses import Result


class ClarityIssue(Result):
    kind: str = Field(description="long_sentence, jargon, passive_voice, rare_word, double_negation...")
    start: int = Field(description="Offset of the span in the text (characters).")
    end: int = Field(description="End offset of the span (exclusive).")
    text: str = Field(description="The span as written.")
    message: str = Field(description="What is unclear, in French.")
    suggestion: str = Field(description="How to write it more plainly, in French.")


class ClaritySummary(Result):
    score: int = Field(description="Clarity score, 0 (obscure) to 100 (plain).")
    kandel_moles: float = Field(description="Kandel-Moles readability (Flesch adapted to French).")
    words_per_sentence: float
    counts: dict[str, int] = Field(description="Number of issues of each kind.")
    issues: list[ClarityIssue]


class ClarityAnalysis(Result):
    """POST /v1/apps/plain/analyze."""

    score: int = Field(description="Clarity score, 0 (obscure) to 100 (plain).")
    kandel_moles: float = Field(description="Kandel-Moles readability (Flesch adapted to French).")
    words: int
    sentences: int
    words_per_sentence: float
    counts: dict[str, int] = Field(description="Number of issues of each kind.")
    issues: list[ClarityIssue]


class KeptFact(Result):
    kind: str = Field(description="amount, date, email, phone, url, article, reference...")
    text: str = Field(description="The fact as written in the source.")


class GlossaryEntry(Result):
    term: str
    plain: str = Field(description="Its plain equivalent.")


class SimplifiedPart(Result):
    original: str
    text: str
    status: str = Field(description="simplified, unchanged or kept_original (the rewrites failed the checks).")
    attempts: int


class Simplification(Result):
    """POST /v1/apps/plain/simplify."""

    text: str = Field(description="The simplified text.")
    level: str = Field(description="clair or falc.")
    lang: str
    before: ClaritySummary
    after: ClaritySummary
    glossary: list[GlossaryEntry]
    kept_facts: list[KeptFact] = Field(description="Facts of the source found again in the simplified text.")
    missing_facts: list[KeptFact] = Field(description="Facts of the source the simplified text lost.")
    parts: list[SimplifiedPart]
    translation: str | None = Field(description="The simplified text translated (lang other than fr), or null.")
    translation_label: str | None
    translation_missing_facts: list[KeptFact]


class PlainJob(Result):
    """POST /v1/apps/plain/jobs and GET /v1/apps/plain/jobs/{id}: a simplification in the background."""

    id: str
    status: str = Field(description="queued, running, done or error.")
    stage: str = Field(description="rewrite (the parts), translate, done; empty while queued.")
    done: int = Field(description="Parts of the text rewritten so far.")
    total: int = Field(description="Parts of the text (0 until they are known).")
    error: dict[str, Any] | None = Field(description="The OpenAI-style error body when status is error.")
    result: Simplification | None = Field(description="The simplification once status is done.")
