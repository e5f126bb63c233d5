"""The JSON of SONIC's routes (/v1/apps/aiact/*), as models for the OpenAPI schema.

They mirror what the core returns (:meth:`Act.toc`, :meth:`Act.article`, :func:`questionnaire`,
``Answer`` and ``Classification``); a field with a default is one only some answers carry (a recital
has no ``label``, an article no ``french``): the routes leave out the fields the core left out.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from communs.api.responses import Result


class TocEntry(Result):
    id: str = Field(description="The id of an article, annex, chapter or section, e.g. art_6, anx_III, ch_III.")
    label: str = Field(description="Its label, e.g. 'Article 6', 'Chapter III'.")
    title: str


class TocSection(TocEntry):
    articles: list[TocEntry]


class TocChapter(TocEntry):
    articles: list[TocEntry] = Field(description="The chapter's articles outside any section.")
    sections: list[TocSection]


class TableOfContents(Result):
    """GET /v1/apps/aiact/toc."""

    title: str
    chapters: list[TocChapter]
    annexes: list[TocEntry]
    recitals: int = Field(description="Number of recitals.")


class ArticleParagraph(Result):
    id: str = Field(description="The paragraph's or point's id, e.g. art_6_1, art_5_1_a.")
    text: str
    refs: list[list[Any]] = Field(description="The references its text makes: [start, end, [ids]].")
    point: bool | None = Field(default=None, description="A point of a paragraph (articles only).")
    french: str | None = Field(default=None, description="Its official French text (articles only).")


class Part(Result):
    id: str
    title: str


class Definition(Result):
    id: str = Field(description="The point of Art. 3 that defines the term.")
    term: str


class Article(Result):
    """GET /v1/apps/aiact/articles/{ident}: an article, an annex or a recital."""

    id: str
    label: str | None = Field(default=None, description="e.g. 'Article 6' (articles and annexes only).")
    title: str
    chapter: Part | None
    section: Part | None
    applies_from: str | None = Field(default=None, description="Date of application (articles and annexes only).")
    paragraphs: list[ArticleParagraph]
    references: list[str] = Field(description="Ids of the provisions the text refers to.")
    recitals: list[str] = Field(description="Ids of the related recitals.")
    definitions: list[Definition] = Field(description="Terms of Art. 3 the text uses.")
    french: str | None = Field(default=None, description="The recital's official French text (recitals only).")


class Question(Result):
    id: str
    group: str
    text: str = Field(description="The question, in French.")
    basis: str = Field(description="The provision it comes from.")
    label: str


class AnnexPoint(Result):
    id: str
    label: str
    text: str


class Questionnaire(Result):
    """GET /v1/apps/aiact/questions: the decision tree's questions."""

    questions: list[Question]
    annex_iii: list[AnnexPoint] = Field(description="The Annex III points to choose from.")
    roles: list[str]


class Citation(Result):
    id: str
    label: str
    title: str
    text: str


class AskAnswer(Result):
    """POST /v1/apps/aiact/ask."""

    answer: str = Field(description="The answer, in the question's language, citing its sources.")
    language: str
    in_scope: bool = Field(description="False when the question is not about the AI Act.")
    citations: list[Citation]


class Obligation(Result):
    text: str = Field(description="The obligation, in French.")
    article: str = Field(description="The provision it comes from.")
    role: str = Field(description="provider, deployer, importer or distributor.")


class Deadline(Result):
    date: str
    what: str
    article: str


class Classification(Result):
    """POST /v1/apps/aiact/classify."""

    tier: str = Field(description="prohibited, high_risk, gpai, transparency or minimal.")
    basis: list[str] = Field(description="The provisions the tier rests on.")
    obligations: list[Obligation]
    dates: list[Deadline] = Field(description="When the obligations apply.")
    explanation: str = Field(description="The path through the decision tree, in French.")
    answers: dict[str, bool | str | None] = Field(description="The answers used: booleans, annex_iii a point id.")
    answer_sources: dict[str, str] = Field(description="Where each answer came from (questionnaire, rules, model...).")
    role: str | None
