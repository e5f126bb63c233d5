"""French numbers said in words or digits: "cinq cents", "quatre-vingt-dix", "deux virgule cinq", "2,5", "50 000"."""

from __future__ import annotations

from communs.apps.consultation.normalize import Token

UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
MULTIPLIERS = {"cent": 100, "cents": 100, "mille": 1000}
HALF = {"demi": 0.5, "demie": 0.5}
JOINERS = {"et"}


def _words_value(words: list[str]) -> float | None:
    """Value of a run of French number words (already split on hyphens), or None."""
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


def read_number(toks: list[Token], i: int) -> tuple[float, int] | None:
    """The number starting at token ``i``: (value, index after it), or None.

    Digits ("2,5", "50 000", "1000"), words ("deux virgule cinq", "soixante-quinze"), "et demi" after either.
    """
    if i >= len(toks):
        return None
    first = toks[i]
    if first.norm.isdigit():
        value, j = float(first.norm), i + 1
        # "50 000": a group of three digits right after ("0,125" is a decimal: a leading 0 never has thousands)
        while (
            value
            and j < len(toks)
            and len(toks[j].norm) == 3
            and toks[j].norm.isdigit()
            and toks[j].start - toks[j - 1].end == 1
        ):
            value, j = value * 1000 + float(toks[j].norm), j + 1
        # "2,5" or "2.5" comes as two digit tokens separated by one character
        if j < len(toks) and toks[j].norm.isdigit() and toks[j].start - toks[j - 1].end == 1:
            value, j = float(f"{int(value)}.{toks[j].norm}"), j + 1
        elif j + 1 < len(toks) and toks[j].norm == "virgule" and toks[j + 1].norm.isdigit():
            value, j = float(f"{int(value)}.{toks[j + 1].norm}"), j + 2
        return _half(toks, j, value)
    words: list[str] = []
    j = i
    best: tuple[float, int] | None = None
    while j < len(toks):
        parts = toks[j].norm.split()
        if not parts or not all(p in UNITS or p in MULTIPLIERS or p in JOINERS for p in parts):
            break
        if parts == ["et"] and not words:
            break
        words.extend(parts)
        value = _words_value(words)
        if value is None:
            break
        if toks[j].norm != "et":
            best = (value, j + 1)
        j += 1
    if best is None:
        return None
    value, j = best
    if j + 1 < len(toks) and toks[j].norm == "virgule":
        decimal = read_number(toks, j + 1)
        if decimal is not None and decimal[0] == int(decimal[0]):
            digits = str(int(decimal[0]))
            return float(f"{int(value)}.{digits}"), decimal[1]
    return _half(toks, j, value)


def _half(toks: list[Token], j: int, value: float) -> tuple[float, int]:
    if j + 1 < len(toks) and toks[j].norm == "et" and toks[j + 1].norm in HALF:
        return value + 0.5, j + 2
    return value, j
