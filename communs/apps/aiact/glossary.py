"""French questions against the English text: the question's language, and AI Act vocabulary FR → EN
(data/glossary_fr_en.json) appended to the query before searching.

The glossary is built from the Act's own structure: one entry per concept (an Art. 3 definition, an article
title, an annex heading) with the Act's English wording, the official French term and general French for the
same thing. It is never written from evaluation questions (bench/data/aiact)."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

from communs.apps.aiact.act import DATA

_FRENCH_WORDS = {
    "le",
    "la",
    "les",
    "des",
    "du",
    "un",
    "une",
    "est",
    "sont",
    "que",
    "qui",
    "quoi",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "pour",
    "dans",
    "avec",
    "sur",
    "nous",
    "vous",
    "notre",
    "nos",
    "votre",
    "est-ce",
    "peut",
    "doit",
    "faut",
    "il",
    "elle",
    "au",
    "aux",
    "et",
    "ou",
    "pas",
    "ne",
    "comment",
    "quand",
    "combien",
    "à",
    "en",
    "ce",
    "cette",
    "mon",
    "ma",
    "mes",
    "je",
    "on",
    "lorsqu",
    "qu",
    "d",
    "l",
    "j",
    "s",
}
_ENGLISH_WORDS = {
    "the",
    "a",
    "an",
    "is",
    "are",
    "what",
    "which",
    "who",
    "how",
    "when",
    "do",
    "does",
    "can",
    "must",
    "we",
    "our",
    "of",
    "to",
    "for",
    "with",
    "in",
    "on",
    "and",
    "or",
    "i",
    "my",
    "it",
    "be",
    "should",
    "have",
    "has",
    "there",
}


def language(text: str) -> str:
    """ "fr" or "en" (the Act's languages here), from function words and accents."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower().replace("’", "'"))
    fr = sum(w in _FRENCH_WORDS for w in words) + 2 * len(re.findall(r"[àâçéèêëîïôûùœ]", text.lower()))
    en = sum(w in _ENGLISH_WORDS for w in words)
    return "fr" if fr > en else "en"


def fold(text: str) -> str:
    """Lower case without accents, with straight apostrophes: questions are often typed without accents."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def concepts() -> list[dict[str, Any]]:
    """The glossary's concepts: the Act's English wording, where it comes from, the French terms for it."""
    return list(json.loads((DATA / "glossary_fr_en.json").read_text())["concepts"])


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """Folded term → the Act's English wording; everyday English terms are keyed ``en:term``. A term of several
    concepts gets the wording of each."""
    data = json.loads((DATA / "glossary_fr_en.json").read_text())
    out: dict[str, str] = {}
    pairs = [(t, c["en"]) for c in data["concepts"] for t in c["fr"]]
    pairs += [("en:" + t, c["en"]) for c in data["everyday_en"] for t in c["words"]]
    for term, english in pairs:
        key = fold(term)
        out[key] = f"{out[key]} {english}" if key in out and english not in out[key] else english
    return out


@lru_cache(maxsize=2)
def _pattern(lang: str) -> re.Pattern[str]:
    prefix = "en:" if lang == "en" else ""
    terms = sorted((t[len(prefix) :] for t in glossary() if (t.startswith("en:") == bool(prefix))), key=len)
    terms.reverse()
    # a plural or feminine ending the glossary does not list is matched too ("algorithmes", "interdite")
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in terms) + r")(?:e?s|x)?(?![\w])")


def act_terms(question: str, lang: str | None = None) -> list[str]:
    """The Act's English wording for the terms found in a question: French AI Act vocabulary, or everyday
    English ("chatbot", "fines") for an English question; longest match first."""
    lang = lang or language(question)
    found: list[str] = []
    for match in _pattern(lang).finditer(fold(question)):
        english = glossary()[("en:" if lang == "en" else "") + match.group(1)]
        if english not in found:
            found.append(english)
    return found


_ROMAN = r"[IVX]+"


def provisions(source: str) -> list[str]:
    """The articles and annexes a concept's ``from`` names ("Art. 3(25), Art. 72" → art_72; "Art. 12 and 19
    titles" → art_12, art_19; "Art. 57-58" → art_57, art_58; "Annex III 4" → anx_III). A definition of Art. 3
    names no article (Art. 3 is voted for by its title's concept only)."""
    out: list[str] = []
    for part in re.split(r",\s*", source):
        if found := re.match(r"Art\. (\d+)(?:\(\d+\))*(?:-(\d+))?(?: and (\d+))?", part):
            first, last, other = found.groups()
            numbers = [str(n) for n in range(int(first), int(last) + 1)] if last else [first, *filter(None, [other])]
            out += [f"art_{n}" for n in numbers if n != "3" or "title" in part]
        elif found := re.match(rf"Annex ({_ROMAN})\b", part):
            out.append(f"anx_{found.group(1)}")
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _term_provisions() -> dict[str, list[list[str]]]:
    """Folded French term → the provisions of each concept it belongs to."""
    out: dict[str, list[list[str]]] = {}
    for concept in concepts():
        for term in concept["fr"]:
            out.setdefault(fold(term), []).append(provisions(concept["from"]))
    return out


def provision_votes(question: str) -> dict[str, float]:
    """Article or annex id → the number of the question's French terms whose concept comes from it (a concept
    of several provisions shares its vote among them): the glossary knows where its wording comes from, so a
    lay term votes for its article even when the Act's wording it adds is lost among the question's words."""
    if language(question) != "fr":
        return {}
    out: dict[str, float] = {}
    for match in _pattern("fr").finditer(fold(question)):
        for ids in _term_provisions().get(match.group(1), []):
            for ident in ids:
                out[ident] = out.get(ident, 0.0) + 1.0 / len(ids)
    return out


def expand(question: str) -> str:
    """The question followed by the Act's wording for its vocabulary."""
    terms = act_terms(question)
    return question + ("\n" + " ".join(terms) if terms else "")
