"""The facts of an administrative text, found by rules, and checked in a rewrite.

A fact is what a rewrite must never change: amounts, dates, deadlines and durations, article
references, phone numbers, emails, URLs, reference numbers, document names, named offices.
Each fact has a canonical key, so "15/03/2025" matches "15 mars 2025", "1 234,56 €" matches
"1234,56 euros" and "deux mois" matches "2 mois" (FALC writes numbers in digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communs.clarity.text import fold
from communs.nlp.dates import valid_date
from communs.nlp.numbers import MONTHS as FRENCH_MONTHS
from communs.nlp.numbers import NUMBER_RUN, parse_number

MONTHS = {
    **{fold(name): number for name, number in FRENCH_MONTHS.items()},
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
UNITS = {
    "jour": "jour",
    "jours": "jour",
    "semaine": "semaine",
    "semaines": "semaine",
    "mois": "mois",
    "an": "an",
    "ans": "an",
    "annee": "an",
    "annees": "an",
    "heure": "heure",
    "heures": "heure",
    "minute": "minute",
    "minutes": "minute",
    "day": "jour",
    "days": "jour",
    "week": "semaine",
    "weeks": "semaine",
    "month": "mois",
    "months": "mois",
    "year": "an",
    "years": "an",
    "hour": "heure",
    "hours": "heure",
    "trimestre": "trimestre",
    "trimestres": "trimestre",
    "semestre": "semestre",
    "semestres": "semestre",
    "demi-journee": "demi-journee",
    "demi-journees": "demi-journee",
    "nuit": "nuit",
    "nuits": "nuit",
    "seance": "seance",
    "seances": "seance",
}
_MONTH = "|".join(MONTHS).replace("fevrier", "f[ée]vrier").replace("aout", "ao[ûu]t").replace("decembre", "d[ée]cembre")
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True)).replace("e", "[eéè]")
OFFICE_HEADS = (
    "college",
    "lycee",
    "ecole",
    "universite",
    "hopital",
    "salle",
    "caisse",
    "prefecture",
    "sous-prefecture",
    "mairie",
    "tribunal",
    "direction",
    "centre",
    "service",
    "agence",
    "maison",
    "conseil",
    "commission",
    "cour",
    "bureau",
    "office",
    "urssaf",
    "rectorat",
    "inspection",
    "tresorerie",
    "ministere",
    "departement",
    "region",
    "commune",
)
DOCUMENT_HEADS = (
    "formulaire",
    "attestation",
    "avis",
    "certificat",
    "justificatif",
    "releve",
    "carte",
    "livret",
    "acte",
    "extrait",
    "quittance",
    "bulletin",
    "declaration",
    "titre",
    "permis",
    "passeport",
)

PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "url": re.compile(r"(?:https?://|www\.)[^\s<>()«»]+[^\s<>()«».,;:!?]"),
    "phone": re.compile(
        r"(?:\+33\s?|\b0)\d(?:[\s.-]?\d{2}){4}\b|\b3[0-9]\d{2}\b(?!\s*(?:€|euros?))(?=\s*\(|\s*[,.;)]|\s+\w)"
        r"(?<=\b39\d\d|\b36\d\d|\b30\d\d|\b31\d\d|\b32\d\d)"
    ),
    "address": re.compile(
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|chemin|quai|"
        r"impasse|route|cours|square|esplanade|parvis)\s+[^,.;:\n()]{2,40}",
        re.IGNORECASE,
    ),
    "time": re.compile(r"\b\d{1,2}\s?h(?:\s?\d{2})?\b"),
    "identifier": re.compile(
        r"\b\d(?:[\d ]{5,}\d)(?:\s?[A-Z]\b)?|\b[A-Z]{2,5}[-/]?\d{3,}\b|\b\d{5,}[A-Z]\b|"
        r"\b[A-Z]{2,4}\s\d{2}/\d{3,}\b"
    ),
    "amount": re.compile(
        r"(?<![\d,.])(?:\d{1,3}(?:[\s\u202f\u00a0.]\d{3})+|\d+)(?:,\d{1,2})?\s?(?:€|euros?\b|eur\b)"
        r"|€\s?\d[\d\s]*(?:,\d{1,2})?",
        re.IGNORECASE,
    ),
    "percent": re.compile(r"\b\d+(?:,\d+)?\s?(?:%|pour\s?cent\b)"),
    "date": re.compile(
        rf"\b(?:1er|\d{{1,2}})\s+(?:{_MONTH})(?:\s+\d{{4}})?\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|"
        rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}\b",
        re.IGNORECASE,
    ),
    "duration": re.compile(rf"\b(?:\d+|{NUMBER_RUN})\s+(?:{_UNIT})\b", re.IGNORECASE),
    "article": re.compile(r"\b(?:articles?|art\.)\s+(?:[LRDA]\.?\s?)?\d+(?:[-–.]\d+)*", re.IGNORECASE),
    "reference": re.compile(
        r"(?:n°|no\.?|numéro|réf\.?|référence|dossier)\s*:?\s*((?=[A-Z0-9/*-]*\d)[A-Z0-9][A-Z0-9/*-]{3,})",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True)
class Fact:
    kind: str
    text: str  # as written in the source
    key: str  # canonical form, compared between texts

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _canonical(kind: str, text: str) -> str:
    folded = fold(text)
    if kind in ("email", "url"):
        return folded.rstrip("/").removeprefix("https://").removeprefix("http://").removeprefix("www.")
    if kind == "phone":
        digits = _digits(text)
        return "0" + digits[2:] if digits.startswith("33") and len(digits) == 11 else digits
    if kind == "amount":
        number = re.sub(r"[^\d,]", "", text).replace(",", ".")
        return f"{float(number or 0):.2f}"
    if kind == "time":
        numbers = re.findall(r"\d+", text)
        return f"{int(numbers[0]):02d}:{int(numbers[1]) if len(numbers) > 1 else 0:02d}"
    if kind == "percent":
        return re.sub(r"[^\d,]", "", text)
    if kind == "date":
        return _date_key(folded)
    if kind == "duration":
        *count, unit = folded.split()  # "vingt et un jours": 21 jour
        value = parse_number(" ".join(count)) or 0
        return f"{value:g} {UNITS.get(unit, unit)}"
    if kind == "article":
        return re.sub(r"[^a-z0-9-]", "", re.sub(r"^(articles?|art\.)", "", folded).replace("–", "-"))
    if kind in ("reference", "identifier"):
        return re.sub(r"[^A-Z0-9]", "", text.upper())
    return re.sub(r"\s+", " ", folded).strip()


def _date_key(folded: str) -> str:
    """The ISO key ("2024-03-15"; "????-03-15" without a year) of a date that exists; an impossible one
    ("31 février 2024", a typo the rewrite must keep as it is) is compared as written."""
    year: int | None
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", folded)
    if m:
        year, month, day = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0), int(m.group(2)), int(m.group(1))
    elif m := re.match(r"(\d{4})-(\d{2})-(\d{2})", folded):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := re.match(rf"(1er|\d{{1,2}})\s+({_MONTH})(?:\s+(\d{{4}}))?", folded):
        day = 1 if m.group(1) == "1er" else int(m.group(1))
        year, month = (int(m.group(3)) if m.group(3) else None), MONTHS[m.group(2)]
    elif m := re.match(rf"({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})", folded):
        year, month, day = int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))
    else:
        return folded
    if not valid_date(2000 if year is None else year, month, day):  # 2000: the 29th of February may be
        return folded
    return f"{'????' if year is None else f'{year:04d}'}-{month:02d}-{day:02d}"


def _named(text: str, heads: tuple[str, ...], kind: str) -> list[Fact]:
    """Named offices and documents: a head noun, then within a few words a capitalised name or a number."""
    head = "|".join(heads).replace("e", "[eéè]")
    name = (
        r"[A-ZÉÈÎ][\w'’-]+(?:[ -](?:de |du |des |d'|d’|la |le )?[A-ZÉÈÎ][\w'’-]+)*|n°\s?\S+|\d{4,}[\d*]*|(?<=salle )\d+"
    )
    pattern = re.compile(rf"\b((?i:{head}))\b(?:[^.,;:!?()\n\d]{{0,50}}?[ \t])??({name})")
    found = []
    for m in pattern.finditer(text):
        gap = text[m.end(1) : m.start(2)]
        if len(gap.split()) > 6:
            continue
        original = text[m.start(1) : m.end()].rstrip(".,;:")
        found.append(Fact(kind, original, _canonical(kind, original)))
    return found


# Facts found by a pattern, in the order they claim text (an email before the URL inside it...); the
# named ones (offices, documents) come after, from their heads.
PATTERN_KINDS = (
    "email",
    "url",
    "phone",
    "amount",
    "percent",
    "date",
    "reference",
    "article",
    "address",
    "time",
    "identifier",
    "duration",
)


def extract_facts(text: str) -> list[Fact]:
    """Every fact of ``text``, in order, without duplicates (by kind and key)."""
    found: list[tuple[int, Fact]] = []
    taken: list[tuple[int, int]] = []
    for kind in PATTERN_KINDS:
        for m in PATTERNS[kind].finditer(text):
            span = m.span(1) if kind == "reference" else m.span()
            if any(a <= span[0] < b or a < span[1] <= b for a, b in taken):
                continue
            taken.append(span)
            fragment = text[span[0] : span[1]]
            found.append((span[0], Fact(kind, fragment, _canonical(kind, fragment))))
    for kind, heads in (("office", OFFICE_HEADS), ("document", DOCUMENT_HEADS)):
        for fact in _named(text, heads, kind):
            position = text.find(fact.text)
            if not any(a <= position < b for a, b in taken):
                found.append((position, fact))
    unique: dict[tuple[str, str], Fact] = {}
    for _, fact in sorted(found, key=lambda item: item[0]):
        unique.setdefault((fact.kind, fact.key), fact)
    return list(unique.values())


def present(fact: Fact, text: str, facts_of_text: list[Fact] | None = None) -> bool:
    """Whether ``fact`` is kept in ``text`` (same canonical key, or for names, the same proper nouns)."""
    facts = facts_of_text if facts_of_text is not None else extract_facts(text)
    if any(f.kind == fact.kind and f.key == fact.key for f in facts):
        return True
    folded = fold(text)
    if fact.kind in ("office", "document"):
        names = [fold(w) for w in re.findall(r"\b[A-ZÉÈÎ][\w'-]+|\d[\d*]+", fact.text[1:])]
        if not all(name in folded for name in names):
            return False
        if fold(fact.text.split()[0]) in folded:
            return True
        from communs.clarity.lexicon import acronyms  # "CAF" stands for "caisse d'allocations familiales"

        head = fold(fact.text)
        return any(
            fold(expansion) in head and re.search(rf"\b{acronym}\b", text) for acronym, expansion in acronyms().items()
        )
    if fact.kind == "date" and fact.key.startswith("????"):
        _, month, day = fact.key.split("-")
        return any(f.kind == "date" and f.key.endswith(f"-{month}-{day}") for f in facts)
    return fold(fact.text) in folded


def check_facts(original: list[Fact], rewrite: str) -> tuple[list[Fact], list[Fact]]:
    """(kept, missing) facts of the original in the rewrite."""
    facts = extract_facts(rewrite)
    kept = [f for f in original if present(f, rewrite, facts)]
    return kept, [f for f in original if f not in kept]


def invented_facts(original_text: str, rewrite: str) -> list[Fact]:
    """Numbers-bearing facts of the rewrite that the original does not hold (a model's inventions)."""
    source = extract_facts(original_text)
    return [
        f
        for f in extract_facts(rewrite)
        if f.kind
        in (
            "amount",
            "date",
            "phone",
            "email",
            "url",
            "reference",
            "identifier",
            "article",
            "percent",
            "duration",
            "time",
        )
        and not present(f, original_text, source)
    ]


# Facts a model is given as opaque markers rather than as text: it only has to move "[F2]" to the
# right place, never to copy "1 234,56 €" or "1er septembre 2024" digit for digit. Names of offices
# and documents stay in clear: the model may need to explain them.
MASKED_KINDS = frozenset(PATTERN_KINDS)
MARKER = re.compile(r"\[F(\d+)\]")


def mask_facts(text: str, facts: list[Fact] | None = None) -> tuple[str, dict[str, str]]:
    """``text`` with each number-bearing fact replaced by a marker ``[F1]``, ``[F2]``…, and the markers' texts."""
    facts = extract_facts(text) if facts is None else facts
    markers: dict[str, str] = {}
    masked = text
    for fact in sorted((f for f in facts if f.kind in MASKED_KINDS), key=lambda f: -len(f.text)):
        if fact.text in masked:
            marker = f"[F{len(markers) + 1}]"
            markers[marker] = fact.text
            masked = masked.replace(fact.text, marker)
    return masked, markers


def unmask_facts(text: str, markers: dict[str, str]) -> tuple[str, list[str], list[str]]:
    """(text with the markers' facts put back, markers missing from ``text``, markers it made up)."""
    used = {m.group() for m in MARKER.finditer(text)}
    missing = [marker for marker in markers if marker not in used]
    unknown = sorted(used - set(markers))
    return MARKER.sub(lambda m: markers.get(m.group(), m.group()), text), missing, unknown
