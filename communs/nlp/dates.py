"""French dates and times, found in a text and validated: "le 3 mars 2024 vers 22h15", "03/03/2024",
"L'an deux mille vingt-quatre, le quatorze mars à vingt-deux heures cinquante", "le jeudi 14 mars".

``find_dates(text)`` gives every date with its span (ISO ``YYYY-MM-DD``; a date without a year takes
``default_year``); ``find_times(text)`` every time of day (``HH:MM``); ``parse_date(text)`` one date
written alone. A date that does not exist in the calendar ("31 février", "30 février", "29 février 2023",
"31/04/2024") is never returned: it is a typing or OCR error, not a date. Numbers said in words are read
by :mod:`communs.nlp.numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from communs.nlp.numbers import MONTHS, NEXT_NUMBER_WORD, NUMBER_RUN, parse_number

_SAID = rf"(?:premier|{NUMBER_RUN})"  # a number in words, or "premier" (the first day of a month)
_YEAR_SAID = rf"deux\s+mille{NEXT_NUMBER_WORD}*"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAYNAME = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"

DATE_RE = re.compile(
    rf"\b(?:{_DAYNAME})?(?P<day>\d{{1,2}}|1er|{_SAID})\s+(?P<month>{_MONTH})\b"
    rf"(?:\s+(?P<year>\d{{4}}|{_YEAR_SAID}))?",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})\b")
# "L'an deux mille vingt-quatre, le quatorze mars": the year comes first
YEAR_FIRST_RE = re.compile(rf"\bl'an\s+(?P<year>{_YEAR_SAID})\s*,?\s+le\s+", re.IGNORECASE)
TIME_RE = re.compile(
    # seconds, as a video's timer or a log gives them ("22h41m07", "22 h 41 min 07 s"), belong to the hour
    r"\b(?P<h>[01]?\d|2[0-3])\s?(?:h|heures?)\s?(?P<m>[0-5]\d)?(?:\s?(?:m|mn|min)\s?[0-5]\d(?:\s?s\b)?)?(?![\w])"
    rf"|\b(?P<hw>{_SAID})\s+heures?(?:\s+(?P<mw>{_SAID}))?\b"
    r"|\b(?P<named>minuit|midi)\b",
    re.IGNORECASE,
)


def words_to_number(text: str) -> int | None:
    """French number words to a whole number: "vingt-quatre" 24, "deux mille vingt-quatre" 2024, "premier" 1."""
    value = 1.0 if text.strip().lower() == "premier" else parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def _number(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip()
    if text.lower() == "1er":
        return 1
    if text.isdigit():
        return int(text)
    return words_to_number(text)


@dataclass
class Found:
    start: int
    end: int
    value: str  # "2024-03-14" or "22:15"
    text: str


def valid_date(year: int, month: int, day: int) -> bool:
    """Whether the day exists (the 29th of February in leap years only), in 1900-2100."""
    if not 1900 <= year <= 2100:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """The one date ``text`` holds ("14 mars 2024", "le 1er avril", "03/03/24", "quatorze mars deux mille
    vingt-quatre"), or None: no date, more than one, or one that does not exist ("31 février 2024")."""
    found = find_dates(text, default_year)
    return date.fromisoformat(found[0].value) if len(found) == 1 else None


def find_dates(text: str, default_year: int | None = None) -> list[Found]:
    found: list[Found] = []
    for match in DATE_RE.finditer(text):
        day = _number(match.group("day"))
        month = MONTHS[match.group("month").lower()]
        year = _number(match.group("year"))
        if year is None:
            before = YEAR_FIRST_RE.search(text[max(0, match.start() - 60) : match.start() + 1])
            year = _number(before.group("year")) if before else default_year
        if day is None or year is None or not valid_date(year, month, day):
            continue
        found.append(Found(match.start(), match.end(), f"{year:04d}-{month:02d}-{day:02d}", match.group(0)))
    for match in NUMERIC_DATE_RE.finditer(text):
        day, month, year = int(match.group("day")), int(match.group("month")), int(match.group("year"))
        year += 2000 if year < 100 else 0
        if valid_date(year, month, day):
            found.append(Found(match.start(), match.end(), f"{year:04d}-{month:02d}-{day:02d}", match.group(0)))
    return sorted(found, key=lambda f: f.start)


def find_times(text: str) -> list[Found]:
    found: list[Found] = []
    for match in TIME_RE.finditer(text):
        if match.group("named"):
            hour, minute = (0, 0) if match.group("named").lower() == "minuit" else (12, 0)
        elif match.group("h") is not None:
            hour, minute = int(match.group("h")), int(match.group("m") or 0)
        else:
            spoken = _number(match.group("hw"))
            if spoken is None:
                continue
            hour, minute = spoken, _number(match.group("mw")) or 0
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            found.append(Found(match.start(), match.end(), f"{hour:02d}:{minute:02d}", match.group(0)))
    return found


def years_in(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", text)]
