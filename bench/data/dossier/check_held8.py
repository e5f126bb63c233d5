"""Check the dossier_held8 case modules (held22, held23, held24) without any project code.

    python3 check_held8.py                 # all three
    python3 check_held8.py case_held23     # one

Standard library only. Checks page kinds, cp1252, the page size limits of the renderer (text pages <= 58 lines
wrapped at 95 characters, scans <= 44 lines wrapped at 80, photo headers <= 7 lines wrapped at 80 so that they stay
above the picture, handwritten lines <= 48 characters and <= 18 lines), weekday names against dates, DOCUMENTS page
ranges, evidence phrases (each found on exactly one page, case- and whitespace-insensitive as the renderer searches
them), ANSWERS (keys are answerable questions, values verbatim on a gold page), CONTRADICTIONS (pages equal the gold
pages of one question), EVENTS (ISO dates, phrases found), PERSONS roles, and prints the counts per module.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ("case_held22", "case_held23", "case_held24")
KINDS = {"text", "scan", "hand", "photo", "noise"}
ROLES = {"victime", "mis en cause", "témoin", "enquêteur", "magistrat", "avocat", "autre"}
DOC_TYPES = {
    "plainte", "pv_audition", "requisition", "casier_judiciaire", "note_manuscrite", "rapport", "releve_bancaire",
    "photographie", "pv_garde_a_vue", "pv_constatations", "ticket_ethylometre", "analyse_toxicologique",
    "certificat_medical", "expertise", "capture_ecran", "signalement",
}
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DATE_RE = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r")\s+(1er|\d{1,2})\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?", re.IGNORECASE
)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def wrapped(text: str, width: int) -> list[str]:
    out: list[str] = []
    for paragraph in text.strip("\n").split("\n"):
        out.extend(textwrap.wrap(paragraph, width) or [""])
    return out


def pages_of(pages, phrase: str) -> list[int]:
    needle = norm(phrase)
    return [n for n, (_, text) in enumerate(pages, 1) if needle in norm(text)]


def check(name: str) -> list[str]:
    case = importlib.import_module(name)
    errors: list[str] = []
    pages = case.PAGES
    err = errors.append

    # pages: kinds, encoding, sizes
    default_year = max(
        {y: sum(t.count(y) for _, t in pages) for y in ("2023", "2024", "2025", "2026")}.items(), key=lambda kv: kv[1]
    )[0]
    for n, (kind, text) in enumerate(pages, 1):
        if kind not in KINDS:
            err(f"page {n}: unknown kind {kind!r}")
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as exc:
            err(f"page {n}: not cp1252: {exc}")
        if kind == "text" and len(wrapped(text, 95)) > 58:
            err(f"page {n}: text page has {len(wrapped(text, 95))} lines > 58")
        if kind == "scan" and len(wrapped(text, 80)) > 44:
            err(f"page {n}: scan has {len(wrapped(text, 80))} lines > 44")
        if kind == "photo" and len(wrapped(text, 80)[:-1]) > 7:
            err(f"page {n}: photo header has {len(wrapped(text, 80)) - 1} lines > 7")
        if kind == "hand":
            lines = text.splitlines()
            if len(lines) > 18:
                err(f"page {n}: handwritten page has {len(lines)} lines > 18")
            for line in lines:
                if len(line) > 48:
                    err(f"page {n}: handwritten line over 48 characters: {line!r}")
        if kind == "noise" and text.strip():
            err(f"page {n}: noise page should be empty")
        for m in DATE_RE.finditer(text):
            weekday, day, month, year = m.groups()
            day_n = 1 if day == "1er" else int(day)
            date = dt.date(int(year or default_year), MONTHS.index(month.lower()) + 1, day_n)
            if WEEKDAYS[date.weekday()] != weekday.lower():
                err(f"page {n}: {m.group(0)!r} is a {WEEKDAYS[date.weekday()]}")

    # documents
    covered: list[int] = []
    for dtype, first, last in case.DOCUMENTS:
        if dtype not in DOC_TYPES:
            err(f"DOCUMENTS: unknown type {dtype!r}")
        if not 1 <= first <= last <= len(pages):
            err(f"DOCUMENTS: bad range {dtype} {first}-{last}")
        covered.extend(range(first, last + 1))
    if covered != sorted(covered) or len(covered) != len(set(covered)):
        err("DOCUMENTS: ranges overlap or are out of order")
    for n, (kind, _) in enumerate(pages, 1):
        if n not in covered and kind != "noise":
            err(f"DOCUMENTS: page {n} not covered")

    # persons
    for person in case.PERSONS:
        if person["role"] not in ROLES:
            err(f"PERSONS: unknown role {person['role']!r} for {person['name']}")

    # questions and evidence
    gold: dict[str, list[int]] = {}
    seen = set()
    for question, evidence in case.QUESTIONS:
        if question in seen:
            err(f"duplicate question {question!r}")
        seen.add(question)
        found: set[int] = set()
        for phrase in evidence:
            where = pages_of(pages, phrase)
            if len(where) != 1:
                err(f"evidence {phrase!r} found on pages {where} (need exactly one)")
            found.update(where)
        gold[question] = sorted(found)

    # answers
    for question, value in case.ANSWERS.items():
        if question not in gold:
            err(f"ANSWERS key is not a question: {question!r}")
            continue
        if not gold[question]:
            err(f"ANSWERS key is an unanswerable question: {question!r}")
        flat = [re.sub(r"\s+", " ", pages[p - 1][1]) for p in gold[question]]
        if not any(re.sub(r"\s+", " ", value) in text for text in flat):
            err(f"ANSWERS value {value!r} not verbatim on gold pages {gold[question]} of {question!r}")

    # contradictions
    golds = {tuple(p) for p in gold.values()}
    for c in case.CONTRADICTIONS:
        if not c.get("about") or not c.get("between"):
            err(f"CONTRADICTIONS entry without about/between: {c}")
        cpages: set[int] = set()
        for phrase in c["phrases"]:
            where = pages_of(pages, phrase)
            if not where:
                err(f"CONTRADICTIONS phrase not found: {phrase!r}")
            cpages.update(where)
        if tuple(sorted(cpages)) not in golds:
            err(f"CONTRADICTIONS pages {sorted(cpages)} are no question's gold pages ({c['about'][:50]}...)")
        if len(cpages) < 2:
            err(f"CONTRADICTIONS entry on a single page: {c['about'][:50]}")

    # events
    for date, time, what, phrase in case.EVENTS:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            err(f"EVENTS: bad date {date!r}")
        if time is not None and not re.fullmatch(r"[0-2]\d:[0-5]\d", time):
            err(f"EVENTS: bad time {time!r}")
        if not pages_of(pages, phrase):
            err(f"EVENTS: phrase not found {phrase!r} ({what})")

    # set requirements (held6, kept in held7 and held8): 30 questions, >= 20 figure questions, exactly 2 unanswerable, one handwritten page
    if len(case.QUESTIONS) != 30:
        err(f"{len(case.QUESTIONS)} questions, expected 30")
    if len(case.ANSWERS) < 20:
        err(f"only {len(case.ANSWERS)} figure questions (ANSWERS), expected >= 20")
    if sum(1 for g in gold.values() if not g) != 2:
        err("expected exactly 2 unanswerable questions")
    if [k for k, _ in pages].count("hand") != 1:
        err("expected exactly one handwritten page")
    # held6 additions, kept in held7: 18 pages as 10 text / 4 scan / 1 hand / 3 photo, 4 contradictions, no ANSWERS on a
    # contradiction question, at least one question whose only gold page is the handwritten page
    kinds_here = [k for k, _ in pages]
    if len(pages) != 18 or [kinds_here.count(k) for k in ("text", "scan", "hand", "photo")] != [10, 4, 1, 3]:
        err("expected 18 pages: 10 text, 4 scan, 1 hand, 3 photo")
    if len(case.CONTRADICTIONS) != 4:
        err(f"{len(case.CONTRADICTIONS)} contradictions, expected 4")
    hand_pages = [n for n, k in enumerate(kinds_here, 1) if k == "hand"]
    if not any(g == hand_pages for g in gold.values()):
        err("no question has the handwritten page as its only gold page")

    # counts
    kinds = [k for k, _ in pages]
    images = sum(k != "text" for k in kinds)
    image_only = sum(1 for q, g in gold.items() if len(g) == 1 and pages[g[0] - 1][0] != "text")
    unanswerable = sum(1 for g in gold.values() if not g)
    print(
        f"{name}: {len(pages)} pages (text {kinds.count('text')}, scan {kinds.count('scan')}, hand "
        f"{kinds.count('hand')}, photo {kinds.count('photo')}, noise {kinds.count('noise')}; image share "
        f"{100 * images / len(pages):.0f} %), {len(case.QUESTIONS)} questions ({len(case.ANSWERS)} figure, "
        f"{unanswerable} unanswerable, {image_only} with a single image gold page), "
        f"{len(case.CONTRADICTIONS)} contradictions, {len(case.EVENTS)} events, {len(case.PERSONS)} persons "
        f"-> {len(errors)} error(s)"
    )
    for e in errors:
        print("   ", e)
    return errors


if __name__ == "__main__":
    names = sys.argv[1:] or list(MODULES)
    total = sum(len(check(n)) for n in names)
    print("OK" if not total else f"{total} error(s)")
    sys.exit(1 if total else 0)
