"""The JSON of a form's audit (POST /v1/apps/forms/audit, ``communs audit-form --json``)."""

from __future__ import annotations

from pydantic import Field

from communs.api.responses import Result


class FieldIssue(Result):
    kind: str = Field(description="jargon, long_label, double_negation, ambiguous, asks_known_info, wrong_type...")
    message: str = Field(description="What is wrong with the field, in French.")
    suggestion: str = Field(description="How to fix it, in French.")


class FieldAudit(Result):
    name: str = Field(description="The field's name in the form.")
    label: str = Field(description="The label the user sees.")
    suggested_label: str | None = Field(description="A clearer label, when one is proposed.")
    issues: list[FieldIssue]


class AuditResult(Result):
    """The audit of a form, field by field, with both reports."""

    title: str
    score: int = Field(description="Clarity score of the whole form, 0 to 100.")
    counts: dict[str, int] = Field(description="Number of issues of each kind (only the kinds found).")
    fields: list[FieldAudit]
    report_markdown: str = Field(description="The report, in French, as Markdown.")
    report_html: str = Field(description="The report, in French, as escaped HTML.")
