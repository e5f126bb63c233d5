"""Which sentence of a dossier answers a question (ask.py): sentences scored, passages reranked by their best one.

A passage is cut into sentences the way a reader cuts it: the pages' line breaks (a PDF text layer or an OCR
wraps every line) do not end a sentence; a full stop, a list item, a heading in capitals, a ``Question :`` or
``Réponse :`` of a hearing do. A sentence answers a question when it holds

* the question's **subject** (its terms, in any form, weighed by their rarity in the dossier; the words that
  only name the kind of answer, ``heure``, ``somme``, weigh little), in itself or just around it: a hearing's
  ``Réponse : Vers 16h35.`` answers through the ``Question :`` before it;
* the **kind of answer** asked for (query.py): an hour to "à quelle heure", an amount to "quelle somme", and
  for a count the number just before the counted noun (``Trois cambriolages``);

and the figure it holds is the one nearest the subject's words. The hour that opens a hearing (``Le 16 mars à
15h30, devant nous, ...``) is when the person was heard: it answers a question on the hearing, barely one on
what they relate. A count may be a numbered list of the counted thing (``Condamnation n° 3``). Each page's
**head** (what the piece is, who is heard: ``PROCÈS-VERBAL D'AUDITION DE TÉMOIN ... Entendons Mme X, voisine``)
adds its share of the subject to the page's passages, so that what "la voisine" heard is looked for in her
hearing, and a ``(suite)`` page has the head of the page before. The passages found by the search are reranked
by their best sentence (the search's fused score counts for less), and the answer is built around that
sentence, its figure quoted first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communs.apps.dossier.query import ROLE_SHARE, ROLE_WORDS, Query
from communs.clarity.text import sentences as clarity_sentences
from communs.search.analysis import analyze

# a line that starts a new sentence even without a full stop before it: a hearing's turn, a list item, a heading,
# a procedural clause after a comma ("..., agissant en flagrant délit,\nSur instruction..."); and a semicolon
_NEW_LINE = re.compile(
    r"\n(?=\s*(?:Question|Réponse|Q|R|D)\s*:|\s*[-•]\s|\s*[A-ZÉÈÀ][A-ZÉÈÀ' -]{6,}\n)|(?<=,)\n(?=[A-ZÉÈÀ][a-zéèà])"
    r"|(?<=;)\s+"
)
# a row of a log (a till's journal, a bank statement, an operator's connection data): a line that opens with its
# hour, perhaps after its date ("23h50 vente ...", "05/10 02h04 data ...", "01:37:22 ..."), is a line of its own,
# unless the line before runs on into it ("... à compter de" / "06h05 pour ...")
_ROW = re.compile(r"\s*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+)?\d{1,2}\s?[h:]\s?\d{2}\b")
_RUNS_ON = re.compile(
    r"(?:\b(?:à|a|de|d'|du|des|le|la|les|vers|et|ou|dès|depuis|entre|puis|sur|par|en|au|aux|jusqu'à)|[,(])\s*$",
    re.IGNORECASE,
)
_ASKED = re.compile(r"(?:Question|Q|D)\s*:")
_ITEM = re.compile(r"[-•]\s")  # an item of a list
_REPLY = re.compile(r"(?:Réponse|R)\s*:")
_HEADING = re.compile(r"^[^a-zà-ÿ]{8,}(?:\s*\([a-zà-ÿ ]+\))?$")  # a line in capitals: "RAPPORT MÉDICAL (suite)"
DENOMINATION = re.compile(r"\b(?:billets?|coupures?|pièces?)\s+de\s*$", re.IGNORECASE)  # "en billets de 50 euros"
CONTEXT = 0.4  # weight of the sentences around (a hearing's question, the sentence before)
KIND_VALUE = 0.6  # a sentence holding the kind of answer asked for, when it has a fixed form (an hour...)
LOOSE_KIND_VALUE = 0.2  # ... a name, a place, a quotation (there are many in a dossier)
HEAD_VALUE = 0.5  # the asked thing by the question's head noun (a count's noun, a person's role)
HEAD_CHARS = 30
COUNT_CHARS = 12
NEAR_VALUE = 0.5  # times the share of the subject within NEAR_CHARS of the asked figure
NEAR_CHARS = 90
LONG_CHARS = 160  # a longer sentence's own share of the subject counts less (it holds more words by chance)
WIDENED_SHARE = 0.7  # a term found only in a widened form counts for this share
FUSED_SHARE = 0.35  # of the search's fused score (0-1) in a passage's reranked score
# a page's head (its heading, who is heard): its share of the subject, times this, added to its passages' score
PAGE_SHARE = 0.4
PAGE_HEAD_CHARS = 450
# a hearing's opening ("Le 16 février 2025 à 15h30, devant nous, ..."): its date and hour are the hearing's, not
# those of the facts the person relates; they answer a question on the hearing (or the complaint) only
_HEARD_AT = re.compile(r"^Le\s[^,]{6,40}?\sà\s\d{1,2}\s?h\s?\d{2},?\s(?:[^,]{0,40},\s)?devant nous\b")
_ON_HEARING = re.compile(r"\b(?:audition|auditionn|entendu|interrog|plainte|d[ée]pos|garde à vue|déclar)", re.I)
HEARING_HOUR_SHARE = 0.5
BIRTH_SHARE = 0.5  # of the kind's value, for a sentence giving a birth date only to "quel âge"
_NUMBERED = re.compile(r"\b(\w[\w'-]*)\s+n[°o]\s*(\d{1,2})\b", re.IGNORECASE)  # "Condamnation n° 3"
_FOLLOWS = re.compile(r"\(suite\)|\bsuite\b", re.IGNORECASE)  # a page that goes on from the one before
# the investigator's report that sums up the inquiry for the prosecutor: what it relates rests on other pieces
_SYNTHESIS = re.compile(
    r"\b(?:rapport|proc[èe]s-verbal|compte[- ]rendu|note) (?:de |d'enqu[êe]te et de )?synth[èe]se\b", re.IGNORECASE
)
SYNTHESIS_HEAD_CHARS = 250


@dataclass
class Sentence:
    text: str
    before: str  # the sentence before (for a hearing's answer, its question)
    after: str


@lru_cache(maxsize=4096)
def split(text: str) -> tuple[str, ...]:
    """A passage's sentences, the pages' line breaks joined, headings and hearing turns cut off."""
    out: list[str] = []
    for span in clarity_sentences(_rows(_NEW_LINE.sub("\n\n", text))):
        lines = [line.strip() for line in span.text.split("\n") if line.strip()]
        current: list[str] = []
        for line in lines:
            if _HEADING.match(line):
                if current:
                    out.append(" ".join(current))
                out.append(line)
                current = []
            else:
                current.append(line)
        if current:
            out.append(" ".join(current))
    return tuple(s.strip(' «»"') for s in out if len(s.strip(' «»"')) > 3)


def _rows(text: str) -> str:
    """A log's rows cut apart: a line opening with its hour starts a sentence (``_ROW``)."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if _ROW.match(lines[i]) and lines[i - 1].strip() and not _RUNS_ON.search(lines[i - 1]):
            lines[i] = "\n" + lines[i]
    return "\n".join(lines)


def in_context(text: str) -> list[Sentence]:
    """A passage's sentences, each with the one before and after; an item of a list has for the one before its
    list's lead-in ("Dans le garage, découvrons :" / "- 340 euros ..."): it says where, whose, what each item is."""
    parts = split(text)
    out = []
    lead = ""
    for i, s in enumerate(parts):
        item = _ITEM.match(s) is not None
        if not item:
            lead = s if s.endswith(":") else ""
        before = lead if item and lead else parts[i - 1] if i else ""
        out.append(Sentence(s, before, parts[i + 1] if i + 1 < len(parts) else ""))
    return out


@lru_cache(maxsize=8192)
def _terms(text: str) -> frozenset[str]:
    return frozenset(analyze(text))


def coverage(text: str, query: Query) -> float:
    """Share of the question's subject found in ``text`` (weighed by rarity; a widened form counts less)."""
    subject = query.subject
    terms = _terms(text)
    weight = {t: query.rarity.get(t, 1.0) * (ROLE_SHARE if t in ROLE_WORDS else 1.0) for t in subject}
    total = sum(weight.values()) or 1.0
    held = 0.0
    for term in subject:
        if term in terms:
            held += weight[term]
        elif query.variants.get(term, set()) & terms:
            held += WIDENED_SHARE * weight[term]
    return held / total


def _by_head(text: str, spans: list[tuple[int, int]], query: Query) -> bool:
    """An asked thing standing by the question's head noun: a count's number just before it ("143
    communications", "Trois cambriolages"), a name just before or after a role ("Maître X, avocate")."""
    if not query.head:
        return False
    heads = [m.span() for m in re.finditer(r"\w[\w'-]*", text) if set(analyze(m.group())) & query.head]
    if "nombre" in query.kinds:  # the counted noun in the count or just after it ("Trois cambriolages de...")
        return any(start <= h_start <= end + COUNT_CHARS for start, end in spans for h_start, _ in heads)
    return any(
        -HEAD_CHARS <= h_start - end <= HEAD_CHARS or 0 <= start - h_end <= HEAD_CHARS
        for start, end in spans
        for h_start, h_end in heads
    )


def _in_years(span: str) -> bool:
    """An age said in years ("15 ans", "dix-neuf ans"), not a birth date ("né le")."""
    return span.endswith("ans")


def value(sentence: Sentence, query: Query) -> float:
    """How well a sentence answers: its share of the subject (a hearing's answer with its question; a long
    sentence's share counts less), of the sentences around it, the kind of answer asked for with the share of
    the subject near it, a count's number before its noun."""
    text = sentence.text
    asked = sentence.before if _REPLY.match(text) and _ASKED.match(sentence.before) else ""
    own = coverage(f"{asked} {text}", query) * min(1.0, (LONG_CHARS / max(len(text), 1)) ** 0.5)
    around = coverage(" ".join((sentence.before, text, sentence.after)), query)
    score = own + CONTEXT * around
    spans = query.answer_spans(text) if query.kinds else []
    if spans:
        near = max(
            coverage(f"{asked} {text[max(0, start - NEAR_CHARS) : end + NEAR_CHARS]}", query) for start, end in spans
        )
        kind = KIND_VALUE if query.strict else LOOSE_KIND_VALUE
        if _HEARD_AT.match(text) and not _ON_HEARING.search(query.text):
            kind *= HEARING_HOUR_SHARE  # "Le 16 mars à 15h30, devant nous, ...": when the hearing was held
        if "age" in query.kinds and not any(_in_years(text[start:end]) for start, end in spans):
            kind *= BIRTH_SHARE  # a birth date, the age still to be counted, answers less than "15 ans"
        score += kind + NEAR_VALUE * near + HEAD_VALUE * _by_head(text, spans, query)
    return score


def best_sentence(text: str, query: Query) -> tuple[Sentence | None, float]:
    best: tuple[Sentence | None, float] = (None, -1.0)
    for sentence in in_context(text):
        score = value(sentence, query)
        if score > best[1]:
            best = (sentence, score)
    return best


def enumerated(text: str, query: Query) -> tuple[str, str] | None:
    """A count given by a numbered list of the counted thing ("Condamnation n° 1 : ...", "Condamnation n° 2",
    "Condamnation n° 3" answer "combien de condamnations" with 3): the count and the last item's sentence."""
    if "nombre" not in query.kinds or not query.head:
        return None
    numbers: dict[int, str] = {}
    for sentence in split(text):
        for match in _NUMBERED.finditer(sentence):
            if set(analyze(match.group(1))) & query.head:
                numbers.setdefault(int(match.group(2)), sentence)
    last = max(numbers, default=0)
    if last < 2 or set(numbers) != set(range(1, last + 1)):
        return None
    return str(last), numbers[last]


def page_heads(passages: list[tuple[int, str]]) -> dict[int, str]:
    """Each page's head: what the piece is and who speaks in it (``PROCÈS-VERBAL D'AUDITION DE TÉMOIN ...
    Entendons Mme X, gérante du bar``, ``CERTIFICAT MÉDICAL ... Docteur Y, médecin légiste``), the start of its
    first passage; a page that goes on from the one before (``(suite)``) has that page's head too."""
    heads: dict[int, str] = {}
    for page, text in passages:
        if page not in heads:
            head = text[:PAGE_HEAD_CHARS]
            if _FOLLOWS.search(head[:200]) and page - 1 in heads:
                head = f"{heads[page - 1]} {head}"
            heads[page] = head
    return heads


def is_synthesis(head: str) -> bool:
    """Whether a page's head is that of a synthesis report (``RAPPORT DE SYNTHÈSE``): a summary of the pieces."""
    return _SYNTHESIS.search(head[:SYNTHESIS_HEAD_CHARS]) is not None


def head_value(head: str, query: Query) -> float:
    """What a page's head adds to its sentences: the share of the question's subject it holds (the person heard,
    the kind of piece: a question on what "la voisine" heard goes to the hearing of the neighbour)."""
    return PAGE_SHARE * coverage(head, query)


def rerank(
    fused: list[tuple[int, float]], texts: list[str], query: Query, heads: list[str] | None = None
) -> list[tuple[int, float]]:
    """The search's candidates reranked by their best sentence's value and their page's head (the fused score
    counts for less)."""
    scored = [
        (i, FUSED_SHARE * s + best_sentence(texts[i], query)[1] + (head_value(heads[i], query) if heads else 0.0))
        for i, s in fused
    ]
    return sorted(scored, key=lambda item: (-item[1], item[0]))


def figure(sentence: str, query: Query) -> str | None:
    """The figure of the kind asked for in the sentence, the one nearest the subject's words (None if none)."""
    spans = sorted(set(query.answer_spans(sentence, figures_only=True)))
    spans = [(s, e) for s, e in spans if not DENOMINATION.search(sentence[max(0, s - 20) : s])] or spans
    if "age" in query.kinds:  # an age said in years ("15 ans") before a birth date that would have to be counted
        spans = [(s, e) for s, e in spans if _in_years(sentence[s:e])] or spans
    if not spans:
        return None
    forms = {f for t in query.subject for f in query.variants.get(t, {t})}
    positions = [m.start() for m in re.finditer(r"\w[\w'-]*", sentence) if set(analyze(m.group())) & forms]
    if not positions:
        start, end = spans[0]
    else:
        start, end = min(spans, key=lambda s: (min(abs(p - s[0]) for p in positions), s[0]))
    return sentence[start:end].strip()
