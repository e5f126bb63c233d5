"""French numbers written in words ("cinq cents", "quatre-vingt-dix", "deux mille vingt-quatre") and month names.

One reading shared by the apps that meet them (doses said in a consultation, dates and ITT days in a
case file). Words come already split on spaces and hyphens, in lower case.
"""

from __future__ import annotations

UNITS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
MULTIPLIERS = {"cent": 100, "cents": 100, "mille": 1000}
JOINERS = {"et"}
# Month names, with and without their accents (OCR and speech recognition drop them).
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip


def words_value(words: list[str]) -> float | None:
    """The value of a run of French number words, or None when they do not make one number."""
    total, current = 0.0, 0.0
    seen = False
    for word in words:
        if word in JOINERS:
            continue
        if word in UNITS:
            value = UNITS[word]
            if current and value == 20 and current % 100 == 4:  # quatre-vingt(s)
                current = current - 4 + 80
            elif current and current % 100 in (60, 80) and value < 20:  # soixante-dix-sept, quatre-vingt-onze
                current += value
            elif current and current % 10 == 0 and value < 10 and current % 100 != 0 and value:
                current += value
            elif current and current % 100 == 0 and value < 100:
                current += value
            elif current:
                return None
            else:
                current = value
            seen = True
        elif word in MULTIPLIERS:
            factor = MULTIPLIERS[word]
            if factor == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                current = (current or 1) * factor
            seen = True
        else:
            return None
    return total + current if seen else None
