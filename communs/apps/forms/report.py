"""The audit report, in Markdown and in HTML (escaped), in French."""

from __future__ import annotations

import html

from communs.apps.forms.audit import FormAudit, audit_form
from communs.apps.forms.model import Form
from communs.apps.forms.schemas import AuditResult, FieldAudit, FieldIssue

KIND_LABELS = {
    "jargon": "Jargon administratif",
    "long_label": "Libellé trop long",
    "double_negation": "Double négation",
    "ambiguous": "Libellé ambigu",
    "asks_known_info": "Information déjà connue",
    "wrong_type": "Type de champ inadapté",
    "passive_voice": "Tournure passive",
    "acronym_unexplained": "Sigle non expliqué",
}


def to_markdown(audit: FormAudit) -> str:
    flagged = [f for f in audit.fields if f.issues]
    lines = [
        f"# Audit de clarté : {audit.title or 'formulaire'}",
        "",
        f"**Score : {audit.score}/100** — {len(flagged)} champ(s) à revoir sur {len(audit.fields)}.",
        "",
    ]
    counts = audit.counts()
    if counts:
        lines += ["| Problème | Nombre |", "|---|---|"]
        lines += [f"| {KIND_LABELS.get(kind, kind)} | {n} |" for kind, n in sorted(counts.items(), key=lambda x: -x[1])]
        lines.append("")
    for report in flagged:
        lines += [f"## {report.label or report.name}", f"Champ `{report.name}`", ""]
        for issue in report.issues:
            lines.append(f"- **{KIND_LABELS.get(issue.kind, issue.kind)}** : {issue.message} {issue.suggestion}")
        if report.suggested_label and report.suggested_label != report.label:
            lines += ["", f"Libellé proposé : « {report.suggested_label} »"]
        lines.append("")
    if not flagged:
        lines.append("Aucun problème détecté.")
    return "\n".join(lines).rstrip() + "\n"


def to_html(audit: FormAudit) -> str:
    e = html.escape
    parts = [
        f'<article class="audit"><h1>Audit de clarté : {e(audit.title or "formulaire")}</h1>',
        f"<p><strong>Score : {audit.score}/100</strong></p>",
    ]
    for report in audit.fields:
        if not report.issues:
            continue
        parts.append(f"<section><h2>{e(report.label or report.name)}</h2><ul>")
        for issue in report.issues:
            parts.append(
                f"<li><strong>{e(KIND_LABELS.get(issue.kind, issue.kind))}</strong> : "
                f"{e(issue.message)} {e(issue.suggestion)}</li>"
            )
        parts.append("</ul>")
        if report.suggested_label and report.suggested_label != report.label:
            parts.append(f"<p>Libellé proposé : « {e(report.suggested_label)} »</p>")
        parts.append("</section>")
    parts.append("</article>")
    return "\n".join(parts)


def audit_result(form: Form) -> AuditResult:
    """The audit of a form with both reports, as the API and ``communs audit-form --json`` give it."""
    audit = audit_form(form)
    return AuditResult(
        title=audit.title,
        score=audit.score,
        counts=audit.counts(),
        fields=[
            FieldAudit(
                name=r.name,
                label=r.label,
                suggested_label=r.suggested_label,
                issues=[FieldIssue(kind=i.kind, message=i.message, suggestion=i.suggestion) for i in r.issues],
            )
            for r in audit.fields
        ],
        report_markdown=to_markdown(audit),
        report_html=to_html(audit),
    )
