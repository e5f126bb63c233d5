"""French numbers written in words or digits, read once for every app.

"cinquante", "vingt et un", "soixante-dix", "quatre-vingt-dix-neuf", "deux cent cinquante", "mille deux
cents", "deux virgule cinq", "un demi", "0,125", "1 234,5". The value of a run of number words comes from
``text2num`` (Allo-Media's maintained parser, MIT; it knows the French rules of "et", the plural "s" of
"vingts"/"cents", and the Belgian and Swiss "septante", "nonante"); this module adds what the apps meet
around it: the words' vocabulary and a regular expression for a run of them in a text (so that "vingt et un
jours" is read whole, never as "un jour"), decimals said with "virgule", halves, and digits with French
separators.

Used by the Simplifier's fact check (durations), the consultation (doses said aloud), De Facto (ITT days,
dates and times said in words) and :mod:`communs.nlp.dates`.
"""

from __future__ import annotations

import re

from text_to_num import text2num

from communs.nlp.text import fold

# Number words, accent-free and lower case (see fold()): what a run of number words is made of.
UNIT_WORDS = (
    "zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante septante huitante octante nonante"
).split()
MULTIPLIER_WORDS = "cent cents mille million millions milliard milliards".split()
JOINER = "et"
NUMBER_WORDS = frozenset([*UNIT_WORDS, *MULTIPLIER_WORDS, JOINER])
HALF = frozenset({"demi", "demie"})
# Month names, with and without their accents (OCR and speech recognition drop them).
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip

# Regular expressions (case-insensitive) for one number word, for one more word of a run ("et" only between
# two of them: "vingt et un", "soixante-et-onze"), and for a whole run, which never starts or ends on "et".
NUMBER_WORD = "(?:" + "|".join(sorted([*UNIT_WORDS, *MULTIPLIER_WORDS], key=len, reverse=True)) + ")"
NUMBER_WORD = NUMBER_WORD.replace("zero", "z[ée]ro")
NEXT_NUMBER_WORD = rf"(?:(?:[\s-]+et)?[\s-]+{NUMBER_WORD})"
NUMBER_RUN = rf"{NUMBER_WORD}{NEXT_NUMBER_WORD}*"
_THOUSANDS = re.compile(r"\d{1,3}(?:[\s\u202f\u00a0.]\d{3})+(?:,\d+)?")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_SPLIT = re.compile(r"[\s\u202f\u00a0-]+")


def split_words(text: str) -> list[str]:
    """Folded words of ``text``, split on spaces and hyphens ("Quatre-vingt-dix" → quatre, vingt, dix)."""
    return [w for w in _SPLIT.split(fold(text)) if w]


def words_value(words: list[str]) -> float | None:
    """The value of a whole run of number words (folded, one word each), or None when they do not make one
    number ("deux trois", "vingt et", "bonjour")."""
    words = [fold(w) for w in words]
    if not words or not all(w in NUMBER_WORDS for w in words) or JOINER in (words[0], words[-1]):
        return None
    try:
        return float(text2num(" ".join("zéro" if w == "zero" else w for w in words), "fr"))
    except ValueError:
        return None


def leading_number(words: list[str]) -> tuple[float, int] | None:
    """The longest number at the start of ``words``: (value, how many words it takes), or None."""
    run = 0
    while run < len(words) and fold(words[run]) in NUMBER_WORDS:
        run += 1
    for end in range(run, 0, -1):
        value = words_value(words[:end])
        if value is not None:
            return value, end
    return None


def parse_number(text: str) -> float | None:
    """A number written in digits or words, whole: "21", "1 234,5", "0,125", "vingt et un", "deux virgule
    cinq" (2.5), "zéro virgule zéro cinq" (0.05), "un demi" (0.5), "trois et demi" (3.5); None otherwise."""
    text = text.strip()
    if _THOUSANDS.fullmatch(text):  # "1 234,5", "50 000", "1.234" (French: a dot before three digits groups them)
        return float(re.sub(r"[\s\u202f\u00a0.]", "", text).replace(",", "."))
    if _DIGITS.fullmatch(text):
        return float(text.replace(",", "."))
    words = split_words(text)
    if not words:
        return None
    if words[-1] in HALF:
        whole = words[:-1]
        if whole in ([], ["un"], ["une"]):
            return 0.5
        base = words_value(whole[:-1]) if whole[-1] == JOINER else None
        return base + 0.5 if base is not None else None
    if "virgule" in words:
        at = words.index("virgule")
        integer, decimals = words_value(words[:at]), _decimal_digits(words[at + 1 :])
        return float(f"{int(integer)}.{decimals}") if integer is not None and decimals is not None else None
    return words_value(words)


def _decimal_digits(words: list[str]) -> str | None:
    """The digits after "virgule": "cinq" → "5", "zéro cinq" → "05", "cent vingt-cinq" → "125"."""
    zeros = 0
    while zeros < len(words) - 1 and words[zeros] == "zero":
        zeros += 1
    value = words_value(words[zeros:])
    return "0" * zeros + str(int(value)) if value is not None else None
