"""The chronology: every dated (and timed) statement of the dossier, one event per date and time.

A date mention makes an event with the time said in the same sentence; a time said alone ("Vers
22h40, j'ai entendu…") takes the last date said before it on the page. Birth dates are not events.
Events with the same date and time are merged (their pages joined); the first sentence describes it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from communs.apps.dossier.ingest import PageRecord
from communs.nlp.dates import find_dates, find_times, years_in

BIRTH_RE = re.compile(r"\bn[ée]e?s?(?:\(e\))?\s+le\s*$", re.IGNORECASE)
# a sentence ends at . ! ? », a blank line, or a line break before a capital after a line not left open
SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ0-9)\]][.!?])\s+|(?<=»)\s+|\n\s*\n|(?<=[^,;:'(\s-])\n(?=[A-ZÀ-Ý«])")
# a time said alone takes the date said before it on the page, in a statement only (a report
# recounts several days), and not too far before
STATEMENTS = ("plainte", "pv_audition", "pv_constatations", "pv_interpellation", "pv_garde_a_vue", "note_manuscrite")
INHERIT_CHARS = 400
MAX_WHAT = 220


@dataclass
class Event:
    date: str
    time: str | None
    what: str
    pages: list[int] = field(default_factory=list)
    document: str | None = None

    def to_dict(self) -> dict:
        return {"date": self.date, "time": self.time, "what": self.what, "pages": self.pages}


def dossier_year(pages: list[PageRecord]) -> int | None:
    years = Counter(y for page in pages for y in years_in(page.text) if 1950 < y < 2100)
    return max(years, key=lambda y: (years[y], y)) if years else None


def sentence_at(text: str, position: int) -> str:
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text) if m.end() <= position]
    start = starts[-1]
    end_match = SENTENCE_END.search(text, position)
    end = end_match.start() if end_match else len(text)
    sentence = re.sub(r"\s+", " ", text[start:end]).strip(' «»"')
    return sentence if len(sentence) <= MAX_WHAT else sentence[: MAX_WHAT - 1].rsplit(" ", 1)[0] + "…"


def _same_sentence(text: str, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return high - low < 90 and not SENTENCE_END.search(text[low:high])


def page_events(page: PageRecord, year: int | None, doc_type: str = "") -> list[Event]:
    text = page.text
    dates = [d for d in find_dates(text, year) if not BIRTH_RE.search(text[max(0, d.start - 20) : d.start])]
    times = find_times(text)
    events: list[Event] = []
    used: set[int] = set()
    for date in dates:
        time = next((t for t in times if t.start >= date.start - 40 and _same_sentence(text, date.end, t.start)), None)
        if time:
            used.add(time.start)
        events.append(Event(date.value, time.value if time else None, sentence_at(text, date.start), [page.number]))
    for time in times:
        if time.start in used:
            continue
        before = [d for d in dates if time.start - INHERIT_CHARS < d.start < time.start]
        if not before or doc_type not in STATEMENTS:
            continue
        events.append(Event(before[-1].value, time.value, sentence_at(text, time.start), [page.number]))
    for event in events:
        event.document = doc_type
    return events


def chronology(pages: list[PageRecord], doc_types: dict[int, str] | None = None) -> list[Event]:
    year = dossier_year(pages)
    merged: dict[tuple[str, str | None], Event] = {}
    for page in pages:
        for event in page_events(page, year, (doc_types or {}).get(page.number, "")):
            key = (event.date, event.time)
            if key in merged:
                if page.number not in merged[key].pages:
                    merged[key].pages.append(page.number)
            else:
                merged[key] = event
    return sorted(merged.values(), key=lambda e: (e.date, e.time or ""))
