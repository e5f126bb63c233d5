"""French numbers said in words or digits: "cinq cents", "quatre-vingt-dix", "deux virgule cinq", "2,5", "50 000"."""

from __future__ import annotations

from communs.apps.consultation.normalize import Token
from communs.nlp.numbers import JOINERS, MULTIPLIERS, UNITS, words_value

HALF = {"demi": 0.5, "demie": 0.5}


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
        if parts in (["un"], ["une"]) and words and words[-1] != "et":
            break  # "Doliprane mille un comprimé": "un" is the article of what follows ("vingt et un" is a number)
        words.extend(parts)
        value = words_value(words)
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
