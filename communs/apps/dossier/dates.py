"""French dates and times in police prose, normalised: "le 3 mars 2024 vers 22h15", "03/03/2024",
"L'an deux mille vingt-quatre, le quatorze mars à vingt-deux heures cinquante", "le jeudi 14 mars".

``find_dates(text)`` gives every date with its span (ISO ``YYYY-MM-DD``; a date without a year takes
``default_year``); ``find_times(text)`` every time of day (``HH:MM``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.nlp.numbers import MONTHS, words_value

_WORD = (
    r"(?:zéro|une?|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingts?|trente|quarante|cinquante|soixante|cents?|mille|et)"
)
NUMBER_WORDS = rf"{_WORD}(?:[\s-]+{_WORD})*"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAYNAME = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"

DATE_RE = re.compile(
    rf"\b(?:{_DAYNAME})?(?P<day>\d{{1,2}}|1er|{NUMBER_WORDS})\s+(?P<month>{_MONTH})\b"
    rf"(?:\s+(?P<year>\d{{4}}|deux\s+mille(?:[\s-]+{_WORD})*))?",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})\b")
# "L'an deux mille vingt-quatre, le quatorze mars": the year comes first
YEAR_FIRST_RE = re.compile(rf"\bl'an\s+(?P<year>deux\s+mille(?:[\s-]+{_WORD})*)\s*,?\s+le\s+", re.IGNORECASE)
TIME_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])\s?(?:h|heures?)\s?(?P<m>[0-5]\d)?(?![\w])"
    rf"|\b(?P<hw>{NUMBER_WORDS})\s+heures?(?:\s+(?P<mw>{NUMBER_WORDS}))?\b"
    r"|\b(?P<named>minuit|midi)\b",
    re.IGNORECASE,
)


def words_to_number(text: str) -> int | None:
    """French number words to an integer: "vingt-quatre" 24, "deux mille vingt-quatre" 2024, "premier" 1."""
    words = ["un" if w == "premier" else w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    value = words_value(words)
    return int(value) if value is not None else None


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


def _valid(year: int, month: int, day: int) -> bool:
    return 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31


def find_dates(text: str, default_year: int | None = None) -> list[Found]:
    found: list[Found] = []
    for match in DATE_RE.finditer(text):
        day = _number(match.group("day"))
        month = MONTHS[match.group("month").lower()]
        year = _number(match.group("year"))
        if year is None:
            before = YEAR_FIRST_RE.search(text[max(0, match.start() - 60) : match.start() + 1])
            year = _number(before.group("year")) if before else default_year
        if day is None or year is None or not _valid(year, month, day):
            continue
        found.append(Found(match.start(), match.end(), f"{year:04d}-{month:02d}-{day:02d}", match.group(0)))
    for match in NUMERIC_DATE_RE.finditer(text):
        day, month, year = int(match.group("day")), int(match.group("month")), int(match.group("year"))
        year += 2000 if year < 100 else 0
        if _valid(year, month, day):
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
