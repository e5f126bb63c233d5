"""Persons of a dossier, with their role, their aliases merged and the pages they appear on.

Names are found by the patterns of police prose: a civility or a rank before the name ("Mme Sophie
LEMAIRE", "Brigadier-chef Julien MOREAU", "Docteur Hélène ROUSSEL"), or a first name beside an
upper-case surname ("Kevin MARCHAND", "MARCHAND Kevin"). Mentions are merged on the surname
(accents folded): "LEMAIRE Sophie" = "Sophie LEMAIRE" = "Mme LEMAIRE"; a nickname introduced by
"dit « Kéké »" becomes an alias. The role is voted by cues around each mention: the rank or
function in apposition ("…, substitut du procureur"), what is said before ("Le témoin", "au
préjudice de", "Mis en cause :"), and who is heard in an audition ("Entendons M. X" under
"AUDITION DE TÉMOIN").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from communs.apps.dossier.ingest import PageRecord
from communs.apps.dossier.segment import Segment
from communs.nlp.text import fold as nlp_fold

UP = r"[A-ZÀ-ÖØ-Þ]"
LOW = r"[a-zà-öø-ÿ]"
SURNAME = rf"{UP}{UP}+(?:[-' ]{UP}{UP}+)?"
FIRST = rf"{UP}{LOW}+(?:-{UP}{LOW}+)?"
MIXED_SURNAME = rf"{UP}{LOW}+"
CIVILITY = r"(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Ma[îi]tre|Me|Docteur|Dr|Professeur|Pr)"
RANK = (
    r"(?:Brigadier(?:-chef)?(?: de police)?|Gardien de la paix|Capitaine(?: de police)?|Commandant(?: de police)?"
    r"|Lieutenant(?: de police)?|Major(?: de police)?|Adjudant(?:-chef)?|Gendarme|Mar[ée]chal des logis(?:-chef)?"
    r"|Commissaire(?: de police)?|Enqu[êe]teur|Agent)"
)
TITLE = rf"(?P<title>{CIVILITY}|{RANK})"
# most specific first; a span taken by one pattern is not read again by the next
PATTERNS = [
    re.compile(rf"{TITLE} +(?P<first>{FIRST}(?: {FIRST})?) +(?P<surname>{SURNAME})\b"),
    re.compile(rf"{TITLE} +(?P<surname>{SURNAME}) +(?P<first>{FIRST})\b"),
    re.compile(rf"{TITLE} +(?P<surname>{SURNAME})\b"),
    re.compile(rf"(?P<title>{CIVILITY}) +(?P<mixed>{MIXED_SURNAME})\b"),  # "Mme Lemaire" (handwriting, OCR)
    re.compile(rf"\b(?P<first>{FIRST}) +(?P<surname>{SURNAME})\b"),
    re.compile(rf"\b(?P<surname>{SURNAME}) +(?P<first>{FIRST})\b"),
]
NOT_FIRST_NAMES = {
    "le", "la", "les", "de", "du", "des", "un", "une", "et", "ou", "vu", "nous", "fait", "je", "il", "elle", "on",
    "question", "réponse", "conclusion", "doléances", "objet", "affaire", "destinataire", "service", "pièces",
    "photographie", "condamnation", "délivré", "peine", "mis", "lecture", "ligne", "procédure", "police", "lyon",
    "paris", "orange", "monsieur", "madame", "maître", "docteur", "requérons", "notifions", "entendons", "avisons",
    "constatons", "procédons", "découvrons", "dans", "sur", "par", "pour", "avec", "ministère", "centre", "tribunal",
    "cour", "scellé", "total", "note", "examen", "retentissement", "relevé", "jugement", "titulaire", "vol", "bar",
}  # fmt: skip
NOT_SURNAMES = {
    "PV", "ITT", "OPJ", "APJ", "DDSP", "UMJ", "SAMU", "CODE", "TGI", "TJ", "SIV", "RIB", "IBAN", "GAV", "CB", "SMS",
    "JUSTICE", "POLICE", "NATIONALE", "RAPPORT", "PLAINTE", "AUDITION", "TÉMOIN", "VICTIME", "X",
}  # fmt: skip
ROLES = ("victime", "mis en cause", "témoin", "enquêteur", "expert", "magistrat", "avocat")
# a rank or function said right after the name (apposition)
AFTER_CUES = [
    (r"officier de police judiciaire|agent de police judiciaire|brigadier|gardien de la paix|capitaine|commandant"
     r"|lieutenant|enqu[êe]teur|gendarme|\bOPJ\b|\bAPJ\b", "enquêteur", 4),
    (r"m[ée]decin|l[ée]giste|expert|psychiatre|psychologue", "expert", 4),
    (r"substitut|procureur|\bjuge\b|magistrat", "magistrat", 4),
    (r"avocat|barreau", "avocat", 4),
    (r"\bvictime\b|plaignante?\b", "victime", 2),
    (r"\bmis en cause\b|gard[ée]e? [àa] vue|suspect", "mis en cause", 2),
]  # fmt: skip
# said right before the name
BEFORE_CUES = [
    (r"(?:le|la|au|du) t[ée]moin,?\s*$|T[ée]moin\s*:\s*$", "témoin", 4),
    (r"(?:la|le) (?:victime|plaignante?),?\s*$|Victime\s*:\s*$|au pr[ée]judice de\s*$"
     r"|Plaignante?\s*:\s*$", "victime", 4),
    (r"(?:le|la) (?:mis en cause|suspecte?|gard[ée]e? [àa] vue),?\s*$|Mis en cause\s*:\s*$|interpellation de\s*$"
     r"|condamnations de\s*:\s*$|Notifions [àa]\s*$|Pr[ée]venu\s*:\s*$", "mis en cause", 4),
    (r"(?:le|la) (?:substitut|procureur|juge)\b[^.]{0,40}$", "magistrat", 3),
]  # fmt: skip
TITLE_ROLES = [(RANK, "enquêteur"), (r"Docteur|Dr|Professeur|Pr", "expert"), (r"Ma[îi]tre|Me", "avocat")]
ALIAS_RE = re.compile(r"^,?\s*(?:dit|alias|surnomm[ée]e?)\s*[«\"“]\s*([^»\"”]{2,30}?)\s*[»\"”]")


def fold(text: str) -> str:
    """Upper case without accents: the key names are merged on."""
    return nlp_fold(text, lower=False).upper()


@dataclass
class Mention:
    page: int
    start: int
    end: int
    surname: str
    first: str | None
    title: str | None
    text: str
    cues: list[tuple[str, int]] = field(default_factory=list)
    alias: str | None = None


@dataclass
class Person:
    name: str
    role: str
    pages: list[int]
    aliases: list[str]
    role_scores: dict[str, int]

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "pages": self.pages, "aliases": self.aliases}


def _title_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.7


def find_mentions(page: PageRecord, heard_role: str | None, doc_type: str) -> list[Mention]:
    text = page.text
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            groups = match.groupdict()
            surname = groups.get("surname") or groups.get("mixed")
            first, title = groups.get("first"), groups.get("title")
            if not surname or fold(surname) in NOT_SURNAMES or surname.lower() in NOT_FIRST_NAMES:
                continue
            if first and first.split()[0].lower() in NOT_FIRST_NAMES:
                continue
            if not title and _title_line(text, start):
                continue
            taken.append((start, end))
            mention = Mention(page.number, start, end, surname, first, title, match.group(0))
            mention.cues = _cues(text, start, end, title, heard_role, doc_type)
            alias = ALIAS_RE.match(text[end : end + 60])
            if alias:
                mention.alias = alias.group(1).strip()
            mentions.append(mention)
    return mentions


def _cues(text: str, start: int, end: int, title: str | None, heard_role: str | None, doc_type: str) -> list:
    cues: list[tuple[str, int]] = []
    if title:
        for pattern, role in TITLE_ROLES:
            if re.fullmatch(pattern, title):
                cues.append((role, 5))
    after = text[end : end + 90]
    stop = re.search(r"[.;:]\s|\n\n|\b(?:M\.|Mme|Ma[îi]tre|Docteur)\s", after)
    after = after[: stop.start()] if stop else after
    for pattern, role, weight in AFTER_CUES:
        cue = re.search(pattern, after, re.IGNORECASE)
        if cue and cue.start() < 60:
            cues.append((role, weight))
    before = text[max(0, start - 60) : start]
    for pattern, role, weight in BEFORE_CUES:
        if re.search(pattern, before, re.IGNORECASE):
            cues.append((role, weight))
    heard = re.search(r"(?:Entendons|Se pr[ée]sente(?:nt)?|Devant nous,? comparait)\s*$", before, re.IGNORECASE)
    if heard:
        heard_as = heard_role or ("victime" if doc_type == "plainte" else None)
        if heard_as:
            cues.append((heard_as, 4))
    return cues


def _display(first: str | None, surname: str) -> str:
    return f"{first} {surname}" if first else surname


def extract_persons(pages: list[PageRecord], segments: list[Segment]) -> list[Person]:
    seg_of = {number: seg for seg in segments for number in seg.pages}
    mentions: list[Mention] = []
    for page in pages:
        seg = seg_of.get(page.number)
        mentions.extend(find_mentions(page, seg.heard_role if seg else None, seg.type if seg else "autre"))
    # people: one per (surname, first name); a surname alone joins the most cited person of that surname
    firsts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m.first:
            firsts[fold(m.surname)][fold(m.first)] += 1
    groups: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)
    for m in mentions:
        folded = fold(m.surname)
        if m.first:
            groups[(folded, fold(m.first))].append(m)
        elif firsts[folded]:
            groups[(folded, firsts[folded].most_common(1)[0][0])].append(m)
        elif m.title:  # "Mme LEMAIRE" with no first name anywhere: keep it, it has a civility
            groups[(folded, None)].append(m)
    aliases: dict[tuple, set[str]] = defaultdict(set)
    for key, group in groups.items():
        for m in group:
            if m.alias:
                aliases[key].add(m.alias)
    persons: list[Person] = []
    for key, group in groups.items():
        firsts_seen = Counter(m.first for m in group if m.first)
        surname_seen = Counter(m.surname for m in group if m.surname.isupper())
        surname = surname_seen.most_common(1)[0][0] if surname_seen else group[0].surname.upper()
        first = firsts_seen.most_common(1)[0][0] if firsts_seen else None
        name = _display(first, surname)
        pages_seen = {m.page for m in group}
        for alias in aliases[key]:
            pattern = re.compile(rf"\b{re.escape(alias)}\b")
            pages_seen |= {p.number for p in pages if pattern.search(p.text)}
        scores: Counter = Counter()
        for m in group:
            for role, weight in m.cues:
                scores[role] += weight
        role = scores.most_common(1)[0][0] if scores else "autre"
        forms = {re.sub(r"\s+", " ", m.text) for m in group} | aliases[key]
        forms.discard(name)
        persons.append(Person(name, role, sorted(pages_seen), sorted(forms), dict(scores)))
    persons.sort(key=lambda p: (ROLES.index(p.role) if p.role in ROLES else len(ROLES), p.pages[0]))
    return persons
