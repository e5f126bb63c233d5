"""Offences: legal qualifications with their Code pénal article, stated or clearly implied, with pages.

Three sources, all deterministic: an article cited in the text ("prévu et réprimé par l'article
311-5 du Code pénal"); a qualification named in words ("menaces de mort", "vol avec violence");
facts that imply one ("ou je te plante", "12 grammes de résine de cannabis"), from the lexicon in
``data/offences_fr.json``. A robbery with violence is refined by the ITT the medical report fixes
(8 days or less: 311-5, more: 311-6). Offences read in a criminal record are past convictions
(``context: "antécédent"``), kept apart from the facts of the case.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from communs.apps.dossier.ingest import PageRecord
from communs.nlp.numbers import NUMBER_RUN, parse_number

DATA = Path(__file__).parent / "data" / "offences_fr.json"
ARTICLE = r"(?:L\.?\s?)?\d{3}-\d+(?:-\d+)*"
STATED_RE = re.compile(
    rf"\barticles?\s+(?P<list>{ARTICLE}(?:\s*(?:,|et|à)\s*{ARTICLE})*)\s+(?:(?:al\.|alinéa)\s*\d+\s+)?du\s+code\s+"
    r"(?P<code>p[ée]nal|de proc[ée]dure p[ée]nale|de la sant[ée] publique|de la route"
    r"|de la s[ée]curit[ée] int[ée]rieure)",
    re.IGNORECASE,
)
ITT_RE = re.compile(
    rf"\b(?:ITT|incapacit[ée] totale de travail)\b[^.]{{0,60}}?\b(?P<n>\d+|{NUMBER_RUN})\s+jours?", re.IGNORECASE
)


@dataclass
class Offence:
    qualification: str
    code_article: str
    pages: list[int] = field(default_factory=list)
    stated: bool = False  # the article is cited in the dossier
    context: str = "faits"  # or "antécédent" (criminal record)

    def to_dict(self) -> dict:
        return {
            "qualification": self.qualification,
            "code_article": self.code_article,
            "code": "Code de la sécurité intérieure" if self.code_article.endswith("CSI") else "Code pénal",
            "pages": self.pages,
            "stated": self.stated,
            "context": self.context,
        }


@lru_cache(maxsize=1)
def lexicon() -> list[dict]:
    entries = json.loads(DATA.read_text(encoding="utf-8"))["offences"]
    for entry in entries:
        entry["compiled"] = [re.compile(p, re.IGNORECASE) for p in entry["patterns"]]
    return entries


def qualification_of(article: str) -> str | None:
    names = [e["qualification"] for e in lexicon() if e["article"] == article]
    return max(names, key=len) if names else None


def itt_days(pages: list[PageRecord]) -> int | None:
    days = []
    for page in pages:
        for match in ITT_RE.finditer(page.text):
            number = parse_number(match.group("n"))
            if number is not None and number == int(number) and 0 < number < 1000:
                days.append(int(number))
    return max(days) if days else None


def _sentence_before(text: str, position: int) -> str:
    start = max(text.rfind(". ", 0, position), text.rfind(" ; ", 0, position), text.rfind("\n\n", 0, position))
    return text[start + 1 : position]


def extract_offences(pages: list[PageRecord], doc_types: dict[int, str]) -> list[Offence]:
    found: dict[tuple[str, str], Offence] = {}

    def add(qualification: str, article: str, page: int, stated: bool) -> None:
        context = "antécédent" if doc_types.get(page) == "casier_judiciaire" else "faits"
        offence = found.setdefault((article, context), Offence(qualification, article, context=context))
        if page not in offence.pages:
            offence.pages.append(page)
        offence.stated = offence.stated or stated
        if len(qualification) > len(offence.qualification) and (stated or not offence.stated):
            offence.qualification = qualification

    for page in pages:
        text = re.sub(r"[ \t]*\n[ \t]*", " ", page.text)  # titles and OCR lines break sentences
        for match in STATED_RE.finditer(text):
            if not re.match(r"p[ée]nal", match.group("code"), re.IGNORECASE):
                continue
            before = _sentence_before(text, match.start())
            for article in re.findall(ARTICLE, match.group("list")):
                article = re.sub(r"\s", "", article)
                named = [e for e in lexicon() if any(p.search(before) for p in e["compiled"])]
                same = [e["qualification"] for e in named if e["article"] == article]
                qualification = (
                    max(same, key=len)
                    if same
                    else qualification_of(article) or (named[-1]["qualification"] if named else f"article {article}")
                )
                add(qualification, article, page.number, True)
        for entry in lexicon():
            if any(p.search(text) for p in entry["compiled"]):
                add(entry["qualification"], entry["article"], page.number, False)
    days = itt_days([p for p in pages if doc_types.get(p.number) != "casier_judiciaire"])
    robbery = found.get(("311-4", "faits"))
    if robbery and days is not None and robbery.qualification.startswith("vol avec violence"):
        article = "311-5" if days <= 8 else "311-6"
        for number in robbery.pages:
            add(qualification_of(article) or "vol avec violence", article, number, False)
    beating = found.get(("222-13", "faits"))
    if beating and days is not None and days > 8:
        for number in beating.pages:
            add(qualification_of("222-11") or "violences", "222-11", number, False)
    for offence in found.values():
        offence.pages.sort()
    return sorted(found.values(), key=lambda o: (o.context != "faits", not o.stated, o.pages[0]))
