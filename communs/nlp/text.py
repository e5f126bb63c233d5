"""Folding French text for matching that ignores accents and case: one definition for every app.

Two functions, because callers need two different things:

* :func:`fold` — for comparing and indexing (search terms, lexicon keys, name keys, quotes checked
  against a description). Lower case (``lower=False`` keeps the case), accents removed, ligatures
  spelt out (``œ`` → ``oe``, ``æ`` → ``ae``, ``ß`` → ``ss``, ``ﬁ`` → ``fi``), compatibility forms
  unfolded (NFKD: ``²`` → ``2``, a no-break space → a space), typographic apostrophes to ``'``, and
  the micro sign ``µ`` (and the Greek ``μ``) to ``u``: in French text it only stands for the micro
  prefix of a unit (``µg`` → ``ug``, as prescriptions type it). The result may be longer than the text.
* :func:`fold_same_length` — for finding spans: exactly one character for one character, so an
  offset in the folded text is the same offset in the original. Accents are removed and the case
  lowered where that keeps one character (``É`` → ``e``, ``’`` → ``'``, ``µ`` → ``u``); a ligature
  (``œ``) stays as it is, so both sides of a comparison must be folded by this same function.
"""

from __future__ import annotations

import unicodedata

APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"  # ’ ‘ ʼ ` ´ typed for an apostrophe
_SPELLED = str.maketrans(
    {
        **dict.fromkeys(APOSTROPHES, "'"),
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "µ": "u",
        "μ": "u",
    }
)


def fold(text: str, *, lower: bool = True) -> str:
    """``text`` without accents, ligatures spelt out, apostrophes straight; lower case unless ``lower=False``.

    >>> fold("Œuvre d’ÉTÉ, 5 µg")
    "oeuvre d'ete, 5 ug"
    """
    if text.isascii():
        text = text.translate(_SPELLED)  # "`" is ASCII
        return text.lower() if lower else text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return folded.lower() if lower else folded


def fold_char(char: str) -> str:
    """One character folded to one character (see :func:`fold_same_length`)."""
    if char in APOSTROPHES:
        return "'"
    if char in "µμ":
        return "u"
    base = unicodedata.normalize("NFKD", char)[:1] or char
    return base.lower() if len(base.lower()) == 1 else char


def fold_same_length(text: str) -> str:
    """Lower case without accents, exactly one character per character (offsets stay valid).

    >>> fold_same_length("l’Été")
    "l'ete"
    """
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(fold_char(c) for c in text)
