"""The JSON of De Facto's routes (/v1/apps/dossier/*), as models for the OpenAPI schema.

A job's ``result`` is stored with the job: one made by an older version may lack a key added since, or
carry one removed since. So :class:`DossierResult` gives every key a default and keeps unknown ones, and
the routes leave out what the stored result left out (``response_model_exclude_unset``); one that no
longer fits the models at all is given back as it was stored: a stored job always reads back as it was
written.
"""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from communs.api.responses import Result


class JobCreated(Result):
    """POST /v1/apps/dossier: the job, queued."""

    id: str = Field(description="The job's id, for GET /v1/apps/dossier/{id}.")
    status: str = Field(description="queued, running, done, error or cancelled.")


class PageInfo(Result):
    number: int = Field(description="1-based, across the whole dossier.")
    source: str = Field(description="The file the page comes from.")
    ocr: bool = Field(description="The page was read by OCR (no text layer).")
    confidence: float | None = Field(description="OCR confidence, 0 to 100 (null with a text layer).")
    flags: list[str] = Field(description="low_confidence, noise, empty...")


class PageText(Result):
    number: int
    text: str = Field(description="The text read on the page.")
    source: str
    ocr: bool
    confidence: float | None
    flags: list[str]


class Pages(Result):
    """GET /v1/apps/dossier/{id}/pages."""

    data: list[PageText]


class Sourced(Result):
    """A sentence and the pages it comes from."""

    text: str
    pages: list[int]


class DocumentSummary(Result):
    type: str = Field(description="plainte, pv_audition, pv_constatations... (the document's kind).")
    label: str
    title: str
    pages: list[int]
    summary: str = Field(description="Its kind, who is in it and its most factual sentences, with pages.")
    sentences: list[Sourced]
    flagged_pages: list[int] = Field(description="Its pages read with low confidence: to check on the original.")


class Person(Result):
    name: str
    role: str = Field(description="mis en cause, victime, témoin, enquêteur...")
    pages: list[int]
    aliases: list[str]


class Event(Result):
    date: str
    time: str | None
    what: str
    pages: list[int]


class Offence(Result):
    qualification: str
    code_article: str
    code: str = Field(description="Code pénal or Code de la sécurité intérieure.")
    pages: list[int]
    stated: bool = Field(description="The article is cited in the dossier.")
    context: str = Field(description="faits, or antécédent (criminal record).")


class Item(Result):
    what: str
    pages: list[int]
    value: str | None = Field(default=None, description="The plate, the number, the amount (when there is one).")


class Statement(Result):
    time: str
    text: str
    pages: list[int]


class Contradiction(Result):
    about: str
    statements: list[Statement] = Field(description="Two statements that disagree on the hour.")
    pages: list[int]


class Dropped(Result):
    text: str
    pages: list[Any] = Field(description="The pages the model cited.")
    why: str = Field(description="Why the sentence was dropped (no valid page, repeated, not on the pages...).")


class Synthesis(Result):
    sentences: list[Sourced] = Field(description="The synthesis, each sentence checked against its pages.")
    text: str
    dropped: list[Dropped] = Field(description="The model's sentences the checks refused.")
    source: str = Field(description="llm, or rules when the model failed or said nothing usable.")
    error: str | None


class DossierResult(Result):
    """What rules and the model found in the dossier (a job's ``result``, once done)."""

    model_config = ConfigDict(extra="allow")

    pages: int | None = Field(default=None, description="Number of pages.")
    page_info: list[PageInfo] = Field(default_factory=list)
    flagged_pages: list[int] = Field(default_factory=list, description="Pages read poorly, noisy or empty.")
    documents: list[DocumentSummary] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list, description="The chronology.")
    offences: list[Offence] = Field(default_factory=list)
    seized_items: list[Item] = Field(default_factory=list)
    vehicles: list[Item] = Field(default_factory=list)
    phones: list[Item] = Field(default_factory=list)
    amounts: list[Item] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    summary: str | None = Field(default=None, description="The synthesis' text.")
    synthesis: Synthesis | None = None


class Job(Result):
    """GET /v1/apps/dossier/{id}: a job's progress, and its result once done."""

    id: str
    name: str = Field(description="The dossier's file name.")
    status: str = Field(description="queued, running, done, error or cancelled.")
    stage: str = Field(description="What the job is doing (lecture, analyse, index, synthèse, terminé).")
    progress: float = Field(description="0 to 1.")
    pages_done: int
    pages_total: int
    error: str | None
    result: DossierResult | None


class Passage(Result):
    page: int
    text: str


class Answer(Result):
    """POST /v1/apps/dossier/{id}/ask."""

    answer: str = Field(description="The answer, citing its pages, or 'Pas dans le dossier...'.")
    pages: list[int] = Field(description="The pages the answer rests on.")
    found: bool
    passages: list[Passage] = Field(description="The passages of the dossier retrieved for the question.")
