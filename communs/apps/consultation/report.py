"""The consultation report (Markdown, HTML) and the patient plan, from the verified structured data only.

The wording is a deterministic template: every fact in it comes from an extracted medication or a quoted
sentence of the transcript, so nothing in the report can be invented.
"""

from __future__ import annotations

import html
from typing import Any

from communs.apps.consultation.mentions import sentences
from communs.apps.consultation.model import Consultation, Medication

SLOTS = [("matin", "Matin"), ("midi", "Midi"), ("soir", "Soir"), ("coucher", "Coucher")]
# usual spread of n intakes a day when the doctor gave a number but no times (shown as advice, marked *)
SPREAD = {1: ["matin"], 2: ["matin", "soir"], 3: ["matin", "midi", "soir"], 4: ["matin", "midi", "soir", "coucher"]}
STATUS_FR = {
    "new": "nouveau",
    "continued": "poursuivi",
    "modified": "modifié",
    "stopped": "arrêté",
    "refused": "refusé",
    "discussed": "évoqué, non prescrit",
}
CLINICAL_WORDS = {
    "tension", "temperature", "fievre", "examen", "radio", "test", "positif", "negatif", "rouge", "rouges", "entorse",
    "angine", "otite", "pneumonie", "cystite", "infection", "crise", "diagnostic", "bilan", "hemoglobine", "ldl",
    "tsh", "inr", "ferritine", "spirometrie", "bandelette", "eczema", "lumbago", "goutte", "acide", "poids",
    "fracture", "auscultation", "crepitants", "poumons", "amygdales", "saturation", "glyquee", "creatinine",
}  # fmt: skip


def _line(m: Medication) -> str:
    parts = [f"**{m.name}**"]
    if m.dose:
        parts.append(m.dose)
    posology = ", ".join(p for p in (m.quantity, m.frequency, f"pendant {m.duration}" if m.duration else None) if p)
    text = " ".join(parts) + (f" — {posology}" if posology else "")
    return f"{text} ({STATUS_FR.get(m.status, m.status)})"


def motive_and_findings(result: Consultation) -> tuple[str | None, list[str]]:
    """The patient's first complaint and the doctor's clinical statements, quoted from the transcript."""
    sents = sentences(result.transcript)
    drug_spans = [(e.start, e.end) for m in result.medications + result.not_prescribed for e in m.mentions]
    # the first question the doctor asks beyond greetings, and the patient's first real answer
    question = next((s.text for s in sents[:4] if s.speaker == "doctor" and len(s.tokens) >= 4), None)
    answer = next((s.text for s in sents if s.speaker == "patient" and len(s.tokens) >= 5), None)
    motive = " — ".join(t for t in (question, answer) if t) or (sents[0].text if sents else None)
    findings = []
    for s in sents:
        if s.speaker == "patient" or s.question or any(s.start <= a < s.end for a, _ in drug_spans):
            continue
        if {t.norm for t in s.tokens} & CLINICAL_WORDS:
            findings.append(s.text)
    return motive, findings[:6]


def to_markdown(result: Consultation) -> str:
    motive, findings = motive_and_findings(result)
    lines = ["# Compte rendu de consultation", ""]
    lines += ["## Motif", "", f"> {motive}" if motive else "Non précisé dans la transcription.", ""]
    lines += ["## Éléments cliniques", ""]
    lines += [f"- « {f} »" for f in findings] or ["Aucun élément clinique repéré dans la transcription."]
    lines += ["", "## Traitement", ""]
    lines += [f"- {_line(m)}" for m in result.medications] or ["Aucun médicament prescrit."]
    if result.not_prescribed:
        lines += ["", "## Médicaments arrêtés ou non prescrits", ""]
        lines += [f"- {m.name} ({STATUS_FR.get(m.status, m.status)})" for m in result.not_prescribed]
    if result.warnings:
        lines += ["", "## Points de vigilance", ""]
        lines += [f"- {w.message}" for w in result.warnings]
    lines += ["", "*Extraction automatique à relire : chaque médicament renvoie au passage de la transcription.*"]
    return "\n".join(lines) + "\n"


def to_html(result: Consultation) -> str:
    """The same report as an HTML fragment (escaped; DSFR-friendly markup)."""
    motive, findings = motive_and_findings(result)
    e = html.escape
    out = ["<article class='starclay-report'>", "<h2>Compte rendu de consultation</h2>", "<h3>Motif</h3>"]
    out.append(f"<blockquote><p>{e(motive)}</p></blockquote>" if motive else "<p>Non précisé.</p>")
    out.append("<h3>Éléments cliniques</h3>")
    out.append("<ul>" + "".join(f"<li>« {e(f)} »</li>" for f in findings) + "</ul>" if findings else "<p>Aucun.</p>")
    out.append("<h3>Traitement</h3>")
    if result.medications:
        out.append("<ul>")
        for m in result.medications:
            posology = ", ".join(p for p in (m.dose, m.quantity, m.frequency, m.duration) if p)
            out.append(f"<li><strong>{e(m.name)}</strong> {e(posology)} ({e(STATUS_FR.get(m.status, m.status))})</li>")
        out.append("</ul>")
    else:
        out.append("<p>Aucun médicament prescrit.</p>")
    if result.not_prescribed:
        out.append("<h3>Médicaments arrêtés ou non prescrits</h3><ul>")
        out += [f"<li>{e(m.name)} ({e(STATUS_FR.get(m.status, m.status))})</li>" for m in result.not_prescribed]
        out.append("</ul>")
    if result.warnings:
        out.append("<h3>Points de vigilance</h3><ul>")
        out += [f"<li>{e(w.message)}</li>" for w in result.warnings]
        out.append("</ul>")
    out.append("</article>")
    return "\n".join(out)


def patient_plan(result: Consultation) -> dict[str, Any]:
    """A table morning / noon / evening / bedtime in plain French, plus as-needed and stopped drugs."""
    rows = []
    advised = False
    for m in result.medications:
        amount = m.quantity or "1 prise"
        slots = list(m.moments)
        spread = False
        if not m.as_needed and m.times_per_day and len(slots) != m.times_per_day:
            slots, spread = SPREAD.get(m.times_per_day, []), True
        cells = {key: "" for key, _ in SLOTS}
        other = ""
        if m.as_needed or not m.times_per_day:
            other = f"{amount}, {m.frequency}" if m.frequency else amount
            if m.as_needed:
                other = f"Si besoin : {other}"
        else:
            for slot in slots:
                cells[slot] = amount + (" *" if spread else "")
            advised |= spread
        rows.append(
            {
                "medicament": f"{m.name} {m.dose}".strip() if m.dose else m.name,
                **cells,
                "autre": other,
                "duree": m.duration or "",
                "pourquoi": "",
            }
        )
    notes = []
    if advised:
        notes.append("* Horaire conseillé : le médecin a donné le nombre de prises par jour, pas les heures.")
    for m in result.not_prescribed:
        if m.status == "stopped":
            notes.append(f"Ne plus prendre : {m.name}.")
    notes.append("En cas de doute, demandez à votre médecin ou à votre pharmacien.")
    return {
        "columns": ["Médicament", "Matin", "Midi", "Soir", "Coucher", "Autre moment ou si besoin", "Durée"],
        "rows": rows,
        "notes": notes,
        "markdown": plan_markdown(rows, notes),
    }


def plan_markdown(rows: list[dict], notes: list[str]) -> str:
    head = "| Médicament | Matin | Midi | Soir | Coucher | Autre moment ou si besoin | Durée |"
    lines = ["# Mon traitement", "", head, "|---|---|---|---|---|---|---|"]
    for r in rows:
        cells = [r["medicament"], r["matin"], r["midi"], r["soir"], r["coucher"], r["autre"], r["duree"]]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    if not rows:
        lines.append("| Aucun médicament | | | | | | |")
    lines += [""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"
