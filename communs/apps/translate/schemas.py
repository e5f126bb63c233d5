"""The JSON the translation routes answer (/v1/apps/translate*), as models for the OpenAPI schema."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from communs.api.responses import Result


class TranslatedFact(Result):
    kind: str = Field(description="amount, date, duration, reference, url, article...")
    text: str = Field(description="The fact as written in the source.")


class TranslatedPart(Result):
    original: str = Field(description="The paragraph of the source.")
    text: str = Field(description="Its translation.")
    status: str = Field(description="translated, or flagged: a fact missing or another check failed after a retry.")
    attempts: int
    missing_facts: list[TranslatedFact] = Field(description="Facts of the paragraph its translation lost.")
    problems: list[str] = Field(description="What the checks found wrong with a flagged paragraph.")


class Translation(Result):
    """POST /v1/apps/translate."""

    text: str = Field(description="The translation, paragraphs separated by a blank line.")
    source: str = Field(description="The source language (fr).")
    lang: str = Field(description="The target language.")
    direction: str = Field(description="ltr, or rtl (Arabic): how to lay the text out.")
    label: str = Field(description="« traduction automatique », and the same words in the target language.")
    machine_translation: bool = Field(description="Always true: show the label with the text.")
    flagged: int = Field(description="Paragraphs flagged (see parts): check them against the source.")
    kept_facts: list[TranslatedFact] = Field(description="Facts of the source found again in the translation.")
    missing_facts: list[TranslatedFact] = Field(description="Facts of the source the translation lost.")
    parts: list[TranslatedPart]


class TranslateJob(Result):
    """POST /v1/apps/translate/jobs and GET /v1/apps/translate/jobs/{id}: a translation in the background."""

    id: str
    status: str = Field(description="queued, running, done or error.")
    stage: str = Field(description="translate, then done; empty while queued.")
    done: int = Field(description="Paragraphs translated so far.")
    total: int = Field(description="Paragraphs of the text (0 until they are known).")
    error: dict[str, Any] | None = Field(description="The OpenAI-style error body when status is error.")
    result: Translation | None = Field(description="The translation once status is done.")


class LanguageInfo(Result):
    code: str
    name: str = Field(description="Its name in French.")
    label: str = Field(description="The machine-translation label shown with a translation into it.")
    direction: str
    measured: bool = Field(description="Whether bench/translate.py measures French into it.")


class Languages(Result):
    """GET /v1/apps/translate/languages."""

    languages: list[LanguageInfo] = Field(description="The target languages, the measured ones first.")
