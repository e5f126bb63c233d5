"""Segmentation: the dossier's pages grouped into its documents, by their titles.

A page whose first lines hold an upper-case title of a known kind ("PROCÈS-VERBAL DE PLAINTE",
"RAPPORT D'EXPERTISE MÉDICALE", "BULLETIN N° 1 DU CASIER JUDICIAIRE"...) starts a document, unless
the title says "(suite)"; a page without a title continues the document before it. A poorly read
page without a title is a handwritten note (or an unreadable page) of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communs.apps.dossier.ingest import PageRecord

# (type, French label, title pattern): the first that matches a title line wins
TYPES: list[tuple[str, str, str]] = [
    ("pv_audition", "Procès-verbal d'audition", r"AUDITION"),
    ("plainte", "Plainte", r"PLAINTE"),
    ("pv_constatations", "Procès-verbal de constatations", r"CONSTATATIONS?"),
    (
        "expertise_medicale",
        "Expertise médicale",
        r"EXPERTISE|CERTIFICAT M[ÉE]DICAL|EXAMEN M[ÉE]DICO|M[ÉE]DECINE L[ÉE]GALE",
    ),
    ("requisition", "Réquisition", r"R[ÉE]QUISITION"),
    ("pv_interpellation", "Procès-verbal d'interpellation / perquisition", r"INTERPELLATION|PERQUISITION"),
    ("pv_garde_a_vue", "Procès-verbal de garde à vue", r"GARDE [AÀ] VUE"),
    ("casier_judiciaire", "Bulletin du casier judiciaire", r"CASIER JUDICIAIRE"),
    ("photos", "Planche photographique", r"PHOTOGRAPHI"),
    ("rapport", "Rapport", r"RAPPORT|COMPTE[- ]RENDU"),
    ("bordereau", "Bordereau / soit-transmis", r"BORDEREAU|SOIT[- ]TRANSMIS|SOMMAIRE"),
    ("pv", "Procès-verbal", r"PROC[ÈE]S[- ]VERBAL"),
]
LABELS = {t: label for t, label, _ in TYPES} | {
    "note_manuscrite": "Note manuscrite (à relire)",
    "illisible": "Page illisible (à vérifier)",
    "autre": "Autre pièce",
}
# who is heard, by the title of an audition
AUDITION_ROLES = [
    (r"T[ÉE]MOIN", "témoin"),
    (r"VICTIME|PLAIGNANT", "victime"),
    (r"GARD[ÉE]E? [AÀ] VUE|MIS EN CAUSE|SUSPECT|PR[ÉE]VENU", "mis en cause"),
]
TITLE_LINES = 6


@dataclass
class Segment:
    type: str
    title: str
    pages: list[int] = field(default_factory=list)
    heard_role: str | None = None  # for an audition: the role of the person heard

    @property
    def label(self) -> str:
        return LABELS.get(self.type, self.type)


def upper_share(line: str) -> float:
    letters = [c for c in line if c.isalpha()]
    return sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0


def title_of(text: str) -> tuple[str, str, bool] | None:
    """(type, title line, is a continuation) of a page, or None when it has no known title."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:TITLE_LINES]
    for line in lines:
        if len(line) < 5 or upper_share(line) < 0.7:
            continue
        for doc_type, _, pattern in TYPES:
            if re.search(pattern, line):
                return doc_type, line, bool(re.search(r"\(\s*suite", line, re.IGNORECASE))
    return None


def heard_role(title: str) -> str | None:
    for pattern, role in AUDITION_ROLES:
        if re.search(pattern, title):
            return role
    return None


def segment(pages: list[PageRecord]) -> list[Segment]:
    segments: list[Segment] = []
    for page in pages:
        found = title_of(page.text)
        if found:
            doc_type, title, continued = found
            if continued and segments and segments[-1].type == doc_type:
                segments[-1].pages.append(page.number)
                continue
            role = heard_role(title) if doc_type == "pv_audition" else None
            segments.append(Segment(doc_type, title, [page.number], role))
        elif "noise" in page.flags or "empty" in page.flags and not page.text.strip():
            segments.append(Segment("illisible", "", [page.number]))
        elif "low_confidence" in page.flags:
            segments.append(Segment("note_manuscrite", "", [page.number]))
        elif segments and segments[-1].type not in ("illisible", "note_manuscrite"):
            segments[-1].pages.append(page.number)
        else:
            segments.append(Segment("autre", "", [page.number]))
    return segments
