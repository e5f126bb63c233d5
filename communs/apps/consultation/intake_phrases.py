"""Phrases read inside a posology, on normalised tokens: a count of intakes ("trois fois par jour", "par 24
heures"), a day's ceiling ("pas plus de trois par jour", "trois fois maximum"), the reach of an as-needed condition,
number words that hold a strength then a count ("deux cent cinquante deux comprimés"), a combination's strengths."""

from __future__ import annotations

from communs.apps.consultation.dosage_words import (
    CAP_AFTER,
    CAPS,
    FORMS,
    MAX_UNITS,
    PER_DAY,
    SYMPTOMS,
    WHEN,
)
from communs.apps.consultation.normalize import Token
from communs.apps.consultation.numbers import read_number


def said_at(toks: list[Token], i: int, words: tuple[str, ...]) -> bool:
    return tuple(t.norm for t in toks[i : i + len(words)]) == words


def strength_then_count(toks: list[Token], i: int, j: int, source: str, offset: int) -> tuple[float, int, float] | None:
    """Number words read as one ("deux cent cinquante deux") that are a strength then a count: (strength, index
    where the count starts, count). Never across a hyphen ("vingt-deux")."""
    for k in range(j - 1, i, -1):
        if source[toks[k - 1].end - offset : toks[k].start - offset] != " ":
            continue
        head = read_number(toks[:k], i)
        tail = read_number(toks[:j], k)
        if head and tail and head[1] == k and tail[1] == j and 0 < tail[0] <= MAX_UNITS and head[0] > MAX_UNITS:
            return head[0], k, tail[0]
    return None


def counts_intakes(toks: list[Token], i: int) -> bool:
    """ "(jusqu'à) trois fois par jour", "quatre prises", "deux comprimés": a number of intakes follows."""
    number = read_number(toks, i)
    if number is None:
        return False
    j = number[1]
    return j < len(toks) and (toks[j].norm in FORMS or toks[j].norm in ("fois", "par", "prises", "prise"))


def combination_strengths(source: str, toks: list[Token], i: int, offset: int) -> tuple[float, float, int] | None:
    """ "49/51 mg", "250 mg/100 mg": a combination's strengths, written with a slash between digits (the unit said
    once or after each); (first, second, index of the unit)."""
    if i + 1 >= len(toks) or not toks[i].norm.isdigit():
        return None
    k = i + 1
    if i + 3 < len(toks) and toks[i + 1].norm == toks[i + 3].norm and toks[i + 2].norm.isdigit():
        k = i + 2  # "250 mg/100 mg": the unit after each strength
    if not toks[k].norm.isdigit() or source[toks[k - 1].end - offset : toks[k].start - offset].strip() != "/":
        return None
    return float(toks[i].norm), float(toks[k].norm), k + 1


def symptom_after(toks: list[Token], i: int) -> bool:
    return toks[i].norm in WHEN and any(t.norm in SYMPTOMS for t in toks[i + 1 : i + 5])


def condition_reach(toks: list[Token], i: int) -> list[Token]:
    """The words a condition opened at ``i`` may govern: up to ten, and not past a coordinated clause ("si besoin,
    et vous m'appelez si …" leaves the intake as needed)."""
    out: list[Token] = []
    for k in range(i, min(len(toks), i + 10)):
        if k > i + 1 and toks[k].norm in ("et", "mais", "puis", "ensuite") and toks[k + 1 : k + 2] != []:
            if toks[k + 1].norm not in ("que", "qu"):
                break
        out.append(toks[k])
    return out


def said_as_ceiling(toks: list[Token], a: int, i: int, j: int) -> bool:
    """A count of intakes said as a ceiling: "pas plus de trois par jour", "jusqu'à 4 fois par jour", "maximum
    trois fois par jour", "trois fois par jour maximum"."""
    before = [t.norm for t in toks[max(a, i - 3) : i]]
    if any(tuple(before[k : k + len(cap)]) == cap for cap in CAPS for k in range(len(before))):
        return True
    return (
        j < len(toks)
        and toks[j].norm in ("maximum", "max", "au")
        and (toks[j].norm != "au" or (j + 1 < len(toks) and toks[j + 1].norm in ("maximum", "plus")))
    )


def per_day_end(toks: list[Token], i: int) -> int | None:
    """The index after "par jour" (or "par 24 heures", "par nuit", "dans la journée") said at ``i``, else None."""
    for cue in PER_DAY:
        if said_at(toks, i, cue):
            end = i + len(cue)
            return end + 1 if cue[-1] == "24" and end < len(toks) and toks[end].norm in ("heures", "h") else end
    return None


def ceiling_after(toks: list[Token], j: int, b: int) -> bool:
    """ "trois fois maximum", "quatre sachets maximum par jour", "trois par jour au maximum": the ceiling after."""
    after = [t.norm for t in toks[j : min(b, j + 4)]]
    return (
        bool(CAP_AFTER & set(after[:1]))
        or after[:2] in (["au", "maximum"], ["au", "plus"])
        or (per_day_end(toks, j) is not None and bool(CAP_AFTER & set(after[1:4])))
    )


def strength_in_count(toks: list[Token], i: int, j: int, source: str, offset: int) -> tuple[float, int] | None:
    """ "deux comprimés de cinq cents trois fois par jour": words read as one number (503) before "fois" are a
    strength then a count; (strength, index where the count starts)."""
    for k in range(j - 1, i, -1):
        head, tail = read_number(toks[:k], i), read_number(toks[:j], k)
        if head and tail and head[1] == k and tail[1] == j and 0 < tail[0] <= MAX_UNITS and head[0] > MAX_UNITS:
            return head[0], k
    return None


def unit_form(toks: list[Token], j: int) -> str:
    """The unit counted at ``j``: « une dose-poids » (a dose by body weight, of a paediatric suspension's pipette) is
    a unit of its own."""
    if toks[j].norm in ("dose", "doses") and j + 1 < len(toks) and toks[j + 1].norm == "poids":
        return "dose-poids"
    return FORMS[toks[j].norm]
