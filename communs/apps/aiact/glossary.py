"""French questions against the English text: the question's language, and AI Act vocabulary FR → EN
(data/glossary_fr_en.json) appended to the query before searching."""

from __future__ import annotations

import json
import re
from functools import lru_cache

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


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    data = json.loads((DATA / "glossary_fr_en.json").read_text())
    return {k.lower(): v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=2)
def _pattern(lang: str) -> re.Pattern[str]:
    prefix = "en:" if lang == "en" else ""
    terms = sorted((t[len(prefix) :] for t in glossary() if (t.startswith("en:") == bool(prefix))), key=len)
    terms.reverse()
    return re.compile(r"(?<![\wà-ÿ])(" + "|".join(re.escape(t) for t in terms) + r")(?![\wà-ÿ])")


def act_terms(question: str, lang: str | None = None) -> list[str]:
    """The Act's English wording for the terms found in a question: French AI Act vocabulary, or everyday
    English ("chatbot", "fines") for an English question; longest match first."""
    lang = lang or language(question)
    text = question.lower().replace("’", "'")
    found: list[str] = []
    for match in _pattern(lang).finditer(text):
        english = glossary()[("en:" if lang == "en" else "") + match.group(1)]
        if english not in found:
            found.append(english)
    return found


def expand(question: str) -> str:
    """The question followed by the Act's wording for its vocabulary."""
    terms = act_terms(question)
    return question + ("\n" + " ".join(terms) if terms else "")
