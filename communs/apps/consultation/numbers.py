"""French numbers said in words or digits: "cinq cents", "quatre-vingt-dix", "deux virgule cinq", "2,5", "50 000"."""

from __future__ import annotations

from communs.apps.consultation.normalize import Token
from communs.nlp.numbers import HALF, NUMBER_WORDS, leading_number


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
    # words: the longest number the tokens from i make (one token is one word: "soixante-quinze" is two);
    # "Doliprane mille un comprimé": a "un" not after "et" is the article of what follows ("vingt et un" is 21)
    after = toks[i + 1].norm if i + 1 < len(toks) else ""
    if first.norm == "zero" and after in NUMBER_WORDS and after not in ("un", "une", "zero"):
        decimal = read_number(toks, i + 1)  # "zéro quatre milligramme", "zéro vingt-cinq": the comma left unsaid
        if decimal is not None and decimal[0] == int(decimal[0]) and decimal[0] > 0:
            return float(f"0.{int(decimal[0])}"), decimal[1]
    run = i
    while run < len(toks) and toks[run].norm in NUMBER_WORDS:
        if toks[run].norm in ("un", "une") and run > i and toks[run - 1].norm != "et":
            break
        run += 1
    best = leading_number([t.norm for t in toks[i:run]])
    if best is None:
        return None
    value, j = best[0], i + best[1]
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
