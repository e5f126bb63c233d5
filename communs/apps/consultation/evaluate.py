"""Scores of extracted medications against gold labels (drug-level F1, dose and times_per_day accuracy)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communs.apps.consultation.model import Medication
from communs.apps.consultation.normalize import norm
from communs.apps.consultation.strength import canonical

LINKING = {"de", "d", "du", "des"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dose_ok: int = 0
    tpd_ok: int = 0
    status_ok: int = 0
    taken: int = 0  # matched drugs the patient is to take (gold status other than "stopped"): dose and tpd scored
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("tp", "fp", "fn", "dose_ok", "tpd_ok", "status_ok", "taken"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def to_dict(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "drugs_gold": self.tp + self.fn,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            # over the drugs to take: a stopped drug's former dose is not part of the plan (and writers differ on
            # whether they note it)
            "dose_exact": round(self.dose_ok / self.taken, 3) if self.taken else 0.0,
            "times_per_day_exact": round(self.tpd_ok / self.taken, 3) if self.taken else 0.0,
            "status_exact": round(self.status_ok / self.tp, 3) if self.tp else 0.0,
        }


_GOLD_EACH = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([^\d/\s]+)\s*/\s*(\d+(?:[.,]\d+)?)\s*([^\d/\s]+)\s*$")
_GOLD_DOSE = re.compile(r"^\s*(\d[\d\s\u202f]*(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)*)\s*(.+?)\s*$")


def _number(text: str) -> float:
    return float(re.sub(r"[\s\u202f]", "", text).replace(",", "."))


def _split_gold(text: str) -> tuple[list[float], str] | None:
    """ "20 mg" -> ([20.0], "mg"); "0,15 mg", "50 000 UI", "49/51 mg" or "49 mg/51 mg" (one value per substance) as
    written by hand."""
    each = _GOLD_EACH.match(text)  # "250 mg/100 mg": the unit after each substance's strength
    if each and each.group(2) == each.group(4):
        return [_number(each.group(1)), _number(each.group(3))], each.group(2)
    match = _GOLD_DOSE.match(text)
    if not match:
        return None
    return [_number(v) for v in match.group(1).split("/")], match.group(2)


def _gold_dose(text: str | None) -> list[tuple[float, str] | None] | None:
    """The gold strength, one canonical (value, unit) per substance; None when no strength is expected."""
    parsed = _split_gold(text) if text else None
    if parsed is None:
        return None
    values, unit = parsed
    unit = re.sub(r"\s*/\s*(?:\d+\s*)?h$", "", unit)  # "50 µg/h", "21 mg/24 h": a patch's rate is its strength
    return [canonical(value, unit) for value in values]


def _quantity_matches(medication: Medication, gold: str) -> bool:
    """A gold "dose" counted in intake units (« 2 bouffées », « 10 gouttes ») is the product's per-intake quantity."""
    parsed = _split_gold(gold)
    said = re.search(r"(\d+(?:[.,]\d+)?)\s*(\w+(?: poids)?)", norm(medication.quantity or ""))
    if parsed is None or said is None:
        return False
    (value, *_), unit = parsed
    return abs(_number(said.group(1)) - value) < 1e-6 and said.group(2)[:5] == norm(unit)[:5]


def _same_strength(a: tuple[float, str] | None, b: tuple[float, str] | None) -> bool:
    return a is not None and b is not None and abs(a[0] - b[0]) < 1e-6 and a[1] == b[1]


def dose_matches(medication: Medication, gold: str | None, totals: bool = False) -> bool:
    """The predicted strength is the gold one; a combination's ("49/51 mg") must be said whole. With ``totals``
    the gold writes the amount taken at once (« Doliprane 500, deux comprimés » -> 1 g), else one unit's strength."""
    expected = _gold_dose(gold)
    if expected is None:
        return medication.dose_value is None
    if gold and all(value is None for value in expected):  # not a strength: a count of intake units
        return _quantity_matches(medication, gold)
    if len(expected) == 1:
        at_once = getattr(medication, "intake_value", None) if totals else None
        return _same_strength(at_once or medication.dose_value, expected[0])
    unit = _split_gold(gold or "")[1]  # type: ignore[index]
    said = [canonical(_number(v), unit) for v in re.findall(r"\d+(?:[.,]\d+)?", medication.dose or "")]
    return len(said) == len(expected) and all(_same_strength(a, b) for a, b in zip(said, expected, strict=True))


def _words(name: str) -> frozenset[str]:
    """A substance's words in any order, without linking words ("peroxyde de benzoyle" = BDPM's "benzoyle peroxyde")."""
    return frozenset(w for w in norm(name).split() if w not in LINKING)


def names_match(medication: Medication, gold_names: list[str]) -> bool:
    """Case and accents aside, the gold names one of the medication's names; a combination written
    "a/b" matches the medication's substances only when they are exactly those."""
    said = {norm(medication.name)}
    substances = {_words(s) for s in medication.substances}
    for name in gold_names:
        parts = [p for p in name.split("/") if p.strip()]
        if norm(name) in said or norm(name.replace("/", " ")) in said:
            return True
        if len(parts) > 1 and {_words(p) for p in parts} == substances:
            return True
        if len(parts) == 1 and (_words(name) in substances or norm(name) in said):
            return True
    return False


def lists_stopped(gold: dict) -> bool:
    """Does a set's gold list the drugs the clinician stops among its medications (status "stopped"), rather than
    among the drugs not prescribed? Then the stopped drugs found are scored with the prescribed ones."""
    return any(m["status"] == "stopped" for labels in gold.values() for m in labels["medications"])


def counts_ceilings(gold: dict) -> bool:
    """Does a set's gold count, in times_per_day, an as-needed drug's stated daily maximum and a single dose (or a
    vaccine given today) as 1 (blind_d), rather than leave both null (blind_a-c)? The same sets (d onward) write as
    the dose the amount taken at once (« deux comprimés » of 500 mg: 1 g), blind_a-c one unit's strength."""
    return any(m.get("as_needed") and m["times_per_day"] for labels in gold.values() for m in labels["medications"])


def times_per_day(medication: Medication, ceilings: bool = False) -> int | None:
    """The medication's intakes a day under a set's convention (see ``counts_ceilings``)."""
    if ceilings and medication.as_needed and medication.max_per_day:
        return int(medication.max_per_day)
    if ceilings and medication.single_dose and medication.times_per_day is None:
        return 1  # "si mycose, une gélule en une fois": one intake, as needed or not
    if ceilings and medication.as_needed:
        return None
    return medication.times_per_day


def score(
    predicted: list[Medication], gold: dict, label: str = "", *, stopped: bool = False, ceilings: bool = False
) -> Score:
    """Prescribed drugs (new, continued, modified; and stopped ones when the gold lists them) against the gold
    ones; a drug matches by any of its names, the one with the gold status first when two share a substance."""
    result = Score()
    remaining = [m for m in predicted if m.prescribed or (stopped and m.status == "stopped")]
    for expected in gold["medications"]:
        candidates = [m for m in remaining if names_match(m, expected["names"])]
        match = next((m for m in candidates if m.status == expected["status"]), candidates[0] if candidates else None)
        if match is None:
            result.fn += 1
            result.errors.append(f"{label}: missed {expected['names'][0]}")
            continue
        remaining.remove(match)
        result.tp += 1
        if expected["status"] != "stopped":
            result.taken += 1
            if dose_matches(match, expected["dose"], totals=ceilings):
                result.dose_ok += 1
            else:
                result.errors.append(f"{label}: {match.name} dose {match.dose} != {expected['dose']}")
            said = times_per_day(match, ceilings)
            if said == expected["times_per_day"]:
                result.tpd_ok += 1
            else:
                result.errors.append(f"{label}: {match.name} times_per_day {said} != {expected['times_per_day']}")
        if match.status == expected["status"]:
            result.status_ok += 1
        else:
            result.errors.append(f"{label}: {match.name} status {match.status} != {expected['status']}")
    for extra in remaining:
        result.fp += 1
        result.errors.append(f"{label}: extra {extra.name} ({extra.status})")
    return result
