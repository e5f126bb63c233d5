"""The deterministic analysis of a dossier's pages: documents, persons, chronology, offences, things,
contradictions and one extractive summary per document, every fact with its pages.

No model is called here (the LLM only words the synthesis, see synthesis.py), so this part is fast
(about 0.1 s a page), reproducible, and every sentence it shows is a sentence of the dossier.
"""

from __future__ import annotations

import re
from itertools import combinations

from communs.apps.dossier import items
from communs.apps.dossier.chronology import SENTENCE_END, Event, chronology, sentence_at
from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.offences import extract_offences
from communs.apps.dossier.persons import Person, extract_persons
from communs.apps.dossier.segment import Segment, segment, upper_share
from communs.nlp.dates import find_dates, find_times

BOILERPLATE = re.compile(
    r"lecture faite|persiste et sign|dont proc[èe]s-verbal|^question\s*:|fait [àa] \w+, le|procédure n°|"
    r"police nationale|centre hospitalier|l'officier de police judiciaire\s*:",
    re.IGNORECASE,
)
FACT_WORDS = re.compile(
    r"\b(?:vol|volé|agress|coup|couteau|menac|bless|ITT|sacoche|scooter|plaque|immatricul|saisi|scell|cellule|"
    r"interpell|perquisition|garde à vue|condamn|alibi|conteste|reconna|déclar|stupéfiant|cannabis|euros?)\w*",
    re.IGNORECASE,
)
STATEMENT_TYPES = ("plainte", "pv_audition")
PROCEDURAL = re.compile(
    r"devant nous|\bnous,|entendons|requérons|soussign|\bnée? le\b|demeurant|se présente", re.IGNORECASE
)
HEARD = re.compile(r"(?:Entendons|Se pr[ée]sente|Notifions [àa])\s+(?P<who>.{0,50})", re.IGNORECASE)


def page_label(pages: list[int]) -> str:
    if not pages:
        return ""
    if len(pages) == 1:
        return f"p. {pages[0]}"
    runs, start, prev = [], pages[0], pages[0]
    for number in pages[1:] + [None]:
        if number is not None and number == prev + 1:
            prev = number
            continue
        runs.append(f"{start}-{prev}" if prev != start else f"{start}")
        if number is not None:
            start = prev = number
    return "p. " + ", ".join(runs)


def _sentences(page: PageRecord) -> list[str]:
    parts = [re.sub(r"\s+", " ", s).strip(' «»"') for s in SENTENCE_END.split(page.text)]
    return [s for s in parts if len(s) > 25 and not BOILERPLATE.search(s) and upper_share(s) < 0.6]


def _score(sentence: str) -> float:
    score = len(FACT_WORDS.findall(sentence)) * 2.0
    score += len(find_dates(sentence)) + len(find_times(sentence))
    score += len(re.findall(r"\b[A-ZÉÈ]{3,}\b", sentence)) * 0.5
    score += 1.0 if items.AMOUNT.search(sentence) or items.PLATE.search(sentence) else 0.0
    score -= 8.0 if PROCEDURAL.search(sentence) else 0.0
    return score - max(0, len(sentence) - 220) / 100


def document_summary(seg: Segment, pages: dict[int, PageRecord], persons: list[Person], top: int = 2) -> dict:
    """A document's summary: its kind, who is in it, and its most factual sentences (each with its page)."""
    candidates = []
    for number in seg.pages:
        page = pages[number]
        if "noise" in page.flags:
            continue
        for order, sentence in enumerate(_sentences(page)):
            candidates.append((_score(sentence), number, order, sentence))
    best = sorted(candidates, key=lambda c: -c[0])[:top]
    best.sort(key=lambda c: (c[1], c[2]))
    who = [p for p in persons if set(p.pages) & set(seg.pages) and p.role not in ("enquêteur",)]
    heard = ""
    if seg.type in STATEMENT_TYPES:
        match = HEARD.search(pages[seg.pages[0]].text)
        named = match.group("who") if match else ""
        for person in who if named else []:
            if person.name.split()[-1] in named:
                heard = f" de {person.name} ({person.role})"
                break
    head = f"{seg.label}{heard}"
    sentences = [{"text": s, "pages": [n]} for _, n, _, s in best]
    flagged = [n for n in seg.pages if {"low_confidence", "noise"} & set(pages[n].flags)]
    text = head + ". " + " ".join(f"{s['text']} [p. {s['pages'][0]}]" for s in sentences)
    if flagged:
        text += f" Lecture incertaine ({page_label(flagged)}) : à vérifier sur l'original."
    return {
        "type": seg.type,
        "label": seg.label,
        "title": seg.title,
        "pages": seg.pages,
        "summary": text.strip(),
        "sentences": sentences,
        "flagged_pages": flagged,
    }


def contradictions(pages: list[PageRecord], segments: list[Segment], events: list[Event]) -> list[dict]:
    """Two statements (different documents) that put the same night's action at hours 20 min to 2 h apart."""
    by_page = {p.number: p for p in pages}
    doc_of = {n: i for i, seg in enumerate(segments) for n in seg.pages}
    statements = [
        e for e in events if e.time and any(segments[doc_of[n]].type in STATEMENT_TYPES for n in e.pages if n in doc_of)
    ]
    found: list[dict] = []
    for a, b in combinations(statements, 2):
        if a.date != b.date or not (set(a.pages) - set(b.pages)) or not (set(b.pages) - set(a.pages)):
            continue
        if a.time is None or b.time is None:  # never: every statement has a time (narrows the type)
            continue
        minutes = abs(_minutes(a.time) - _minutes(b.time))
        if not 20 <= minutes <= 120:
            continue
        docs_a, docs_b = {doc_of.get(n) for n in a.pages}, {doc_of.get(n) for n in b.pages}
        if docs_a & docs_b:
            continue
        shared = _salient(a, by_page) & _salient(b, by_page)
        if not shared:
            continue
        found.append(
            {
                "_rank": (-len(shared), minutes),
                "about": f"heure le {a.date} ({', '.join(sorted(shared)[:3])})",
                "statements": [
                    {"time": a.time, "text": a.what, "pages": a.pages},
                    {"time": b.time, "text": b.what, "pages": b.pages},
                ],
                "pages": sorted(set(a.pages) | set(b.pages)),
            }
        )
    found.sort(key=lambda c: c.pop("_rank"))
    return found[:3]


def _minutes(time: str) -> int:
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)


def _salient(event: Event, pages: dict[int, PageRecord]) -> set[str]:
    from wordfreq import zipf_frequency

    words: set[str] = set()
    for number in event.pages:
        text = pages[number].text
        at = text.find(event.what[:30].split(",")[0]) if event.what else -1
        window = text[max(0, at - 250) : at + 400] if at >= 0 else event.what
        words |= {w for w in re.findall(r"\b[a-zà-ÿ]{6,}\b", window) if zipf_frequency(w, "fr") < 3.8}
    return words


def analyse(pages: list[PageRecord]) -> dict:
    """Everything rules can find in the pages, as the API's ``result`` (without the synthesis)."""
    segments = segment(pages)
    doc_types = {n: seg.type for seg in segments for n in seg.pages}
    by_number = {p.number: p for p in pages}
    persons = extract_persons(pages, segments)
    events = chronology(pages, doc_types)
    offences = extract_offences(pages, doc_types)
    return {
        "pages": len(pages),
        "page_info": [
            {"number": p.number, "source": p.source, "ocr": p.ocr, "confidence": p.confidence, "flags": p.flags}
            for p in pages
        ],
        "flagged_pages": [p.number for p in pages if {"low_confidence", "noise", "empty"} & set(p.flags)],
        "documents": [document_summary(seg, by_number, persons) for seg in segments],
        "persons": [p.to_dict() for p in persons],
        "events": [e.to_dict() for e in events],
        "offences": [o.to_dict() for o in offences],
        "seized_items": [i.to_dict() for i in items.seized_items(pages)],
        "vehicles": [i.to_dict() for i in items.vehicles(pages)],
        "phones": [i.to_dict() for i in items.phones(pages)],
        "amounts": [i.to_dict() for i in items.amounts(pages)],
        "contradictions": contradictions(pages, segments, events),
    }


__all__ = ["analyse", "document_summary", "page_label", "sentence_at"]
