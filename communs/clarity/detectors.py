"""Issue detectors: each finds one kind of clarity problem, with its span, a message and a suggestion.

All are rules over lexicons, word frequencies and spaCy's parse: deterministic and explainable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communs.clarity import lexicon
from communs.clarity.text import Span, count_words, fold, sentences, words

LONG_SENTENCE = {"clair": 25, "falc": 15}
RARE_ZIPF = 3.0  # wordfreq Zipf frequency under which a word is rare (nonobstant 3.2, forclusion 2.0)
ROMAN = re.compile(r"^[IVXLCDM]+$")
STATIVE = frozenset(
    f"{stem}{end}"
    for stem in (
        "lié",
        "situé",
        "né",
        "marié",
        "pacsé",
        "divorcé",
        "séparé",
        "composé",
        "inscrit",
        "domicilié",
        "âgé",
        "concerné",
        "intéressé",
        "installé",
        "salarié",
    )
    for end in ("", "e", "s", "es")
)
SMALL_ROMAN = re.compile(r"^[IVX]+$")
# A numeral like "CI" or "DL" is read as Roman only after a word that numbers ("titre CI", "annexe XL").
NUMBERING = re.compile(r"(article|titre|chapitre|annexe|livre|tome|section|partie|volume|n°)\s*$", re.IGNORECASE)
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}s?\b")
NOMINAL_TRIGGERS = re.compile(
    r"\b(proceder|procede|procedez|effectuer|effectue|effectuez|realiser|assurer|operer|faire|faites|"
    r"permettre|permet|mettre en oeuvre)\s+(a\s+)?(la|le|l'|les|une|un|des|du|a la|au|aux)\s*$"
)
DOUBLE_NEGATIONS = [
    re.compile(r"\b(ne|n')\s*\w+\s+pas\s+(ne\s+pas|n'\w+\s+pas)\b"),
    re.compile(
        r"\b(ne|n')\s*\w+(\s+\w+)?\s+pas\b[^.;:!?]{0,60}?\b(sans|aucun|aucune|jamais|rien|impossible|"
        r"interdit|interdite|inexact|inexacte|incomplet|incomplete|non)\b"
    ),
    # "Ne cochez pas si vous n'êtes pas…", "Ne pas cocher si l'association n'a aucun salarié", "… si personne n'est…"
    re.compile(
        r"\b(?:(?:ne|n')\s*\w+(?:\s+\w+)?\s+pas|ne\s+pas\s+\w+)\b[^.;:!?]{0,80}?\b(?:si|lorsque|quand)\b"
        r"[^.;:!?]{0,40}?(?:\b(?:ne|n')\s*\w+(?:\s+\w+)?\s+(?:pas|plus|jamais|aucun|aucune|rien|personne)\b"
        r"|\b(?:personne|rien|aucune?\s+\w+)\s+(?:ne\s|n'))"
    ),
    re.compile(
        r"\b(pas|non|sans)\s+(impossible|interdit|interdite|negligeable|inutile|illegal|illegale|exclu|"
        r"exclue|incompatible|ignorer|omettre|manquer|oublier)\b"
    ),
]


@dataclass
class Issue:
    kind: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str

    def to_dict(self) -> dict:
        return self.__dict__.copy()


def _issue(kind: str, text: str, start: int, end: int, message: str, suggestion: str) -> Issue:
    return Issue(kind, start, end, text[start:end], message, suggestion)


def long_sentences(text: str, level: str = "clair") -> list[Issue]:
    limit = LONG_SENTENCE.get(level, 25)
    found = []
    for span in sentences(text):
        n = count_words(span.text)
        if n > limit:
            found.append(
                _issue(
                    "long_sentence",
                    text,
                    span.start,
                    span.end,
                    f"Phrase de {n} mots (au-delà de {limit}).",
                    "Coupez-la en phrases courtes : une idée par phrase.",
                )
            )
    return found


def jargon(text: str) -> list[Issue]:
    return [
        _issue(
            "jargon", text, m.start, m.end, f"« {text[m.start : m.end]} » est un terme administratif.", m.entry.plain
        )
        for m in lexicon.jargon_index().find(text)
    ]


def abstract_words(text: str) -> list[Issue]:
    seen: set[str] = set()
    found = []
    for m in lexicon.abstract_index().find(text):
        key = m.entry.term
        if key in seen:
            continue
        seen.add(key)
        found.append(
            _issue(
                "abstract_word",
                text,
                m.start,
                m.end,
                f"« {text[m.start : m.end]} » est un mot abstrait.",
                "Dites concrètement de quoi il s'agit (qui fait quoi, quand).",
            )
        )
    return found


def nominalisations(text: str) -> list[Issue]:
    folded = fold(text)
    found = []
    for m in lexicon.nominalisation_index().find(text):
        before = folded[max(0, m.start - 40) : m.start]
        after = folded[m.end : m.end + 6]
        if NOMINAL_TRIGGERS.search(before) or re.match(r"\s+(de|du|des|d')", after):
            found.append(
                _issue(
                    "nominalisation",
                    text,
                    m.start,
                    m.end,
                    f"« {text[m.start : m.end]} » : un nom à la place d'un verbe alourdit la phrase.",
                    f"Employez le verbe « {m.entry.plain} ».",
                )
            )
    return found


def double_negations(text: str) -> list[Issue]:
    folded = fold(text)
    found: list[Issue] = []
    for pattern in DOUBLE_NEGATIONS:
        for m in pattern.finditer(folded):
            if any(i.start <= m.start() < i.end for i in found):
                continue
            found.append(
                _issue(
                    "double_negation",
                    text,
                    m.start(),
                    m.end(),
                    "Double négation : difficile à comprendre.",
                    "Dites-le à la forme positive.",
                )
            )
    return found


def unexplained_acronyms(text: str) -> list[Issue]:
    known = lexicon.acronyms()
    seen: set[str] = set()
    found = []
    for m in ACRONYM.finditer(text):
        acronym = m.group().rstrip("s") if m.group()[:-1] in known else m.group()
        roman = ROMAN.match(acronym) and (SMALL_ROMAN.match(acronym) or NUMBERING.search(text[: m.start()]))
        if acronym in seen or roman or acronym.isdigit() or sum(c.isalpha() for c in acronym) < 2:
            continue
        seen.add(acronym)
        around = text[max(0, m.start() - 3) : m.end() + 3]
        explained_after = re.match(r"\s*\(([^)]{6,})\)", text[m.end() : m.end() + 120])
        explained_before = "(" in around[:3] and ")" in around[-3:]
        if explained_after or explained_before:
            continue
        expansion = known.get(acronym)
        suggestion = (
            f"Écrivez-le en toutes lettres : {expansion} ({acronym})."
            if expansion
            else "Écrivez le sigle en toutes lettres à sa première apparition."
        )
        found.append(
            _issue("acronym_unexplained", text, m.start(), m.end(), f"Sigle « {acronym} » non expliqué.", suggestion)
        )
    return found


@lru_cache(maxsize=20_000)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "fr")


def rare_words(text: str, skip: list[tuple[int, int]]) -> list[Issue]:
    found = []
    seen: set[str] = set()
    for sentence in sentences(text):
        for index, w in enumerate(words(sentence.text, sentence.start)):
            for part_start, part in _parts(w):
                if len(part) < 5 or not part.isalpha() or part.lower() in seen:
                    continue
                if part[0].isupper() and (index > 0 or part.isupper()):  # proper nouns, acronyms
                    continue
                start = part_start
                if any(a <= start < b for a, b in skip):
                    continue
                if _zipf(part.lower()) < RARE_ZIPF:
                    seen.add(part.lower())
                    found.append(
                        _issue(
                            "rare_word",
                            text,
                            start,
                            start + len(part),
                            f"« {part} » est un mot peu courant.",
                            "Employez un mot plus courant, ou expliquez-le.",
                        )
                    )
    return found


def _parts(word: Span) -> list[tuple[int, str]]:
    """A word's parts after elision ("l'exigibilité" → "exigibilité"), with their offsets."""
    out, offset = [], word.start
    for piece in re.split(r"(['’])", word.text):
        if piece and piece not in "'’":
            out.append((offset, piece))
        offset += len(piece)
    return out


def passive_voice(text: str) -> list[Issue]:
    from communs.nlp import french

    found = []
    doc = french()(text)
    for token in doc:
        if token.dep_ != "aux:pass":
            continue
        verb = token.head
        if verb.lower_ in STATIVE:  # "est lié à", "est situé" describe a state: no one is hidden behind them
            continue
        tokens = [t for t in (token, verb) if t is not None]
        agent = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        who = f" : « {' '.join(t.text for t in agent.subtree)} » + verbe" if agent is not None else ""
        found.append(
            _issue(
                "passive_voice",
                text,
                start,
                end,
                "Tournure passive : on ne voit pas qui agit.",
                f"Mettez la phrase à la forme active, en commençant par qui agit{who}.",
            )
        )
    return found
