"""Scores of extracted medications against gold labels (drug-level F1, dose and times_per_day accuracy)."""

from __future__ import annotations

from dataclasses import dataclass, field

from communs.apps.consultation.model import Medication
from communs.apps.consultation.normalize import norm
from communs.apps.consultation.strength import canonical


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dose_ok: int = 0
    tpd_ok: int = 0
    status_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("tp", "fp", "fn", "dose_ok", "tpd_ok", "status_ok"):
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
            "dose_exact": round(self.dose_ok / self.tp, 3) if self.tp else 0.0,
            "times_per_day_exact": round(self.tpd_ok / self.tp, 3) if self.tp else 0.0,
            "status_exact": round(self.status_ok / self.tp, 3) if self.tp else 0.0,
        }


def _gold_dose(text: str | None) -> tuple[float, str] | None:
    if not text:
        return None
    value, unit = text.split()
    return canonical(float(value), unit)


def _names(medication: Medication) -> set[str]:
    return {norm(medication.name), *(norm(s) for s in medication.substances)}


def score(predicted: list[Medication], gold: dict, label: str = "") -> Score:
    """Prescribed drugs (new, continued, modified) against the gold ones; a drug matches by any of its names."""
    result = Score()
    remaining = [m for m in predicted if m.prescribed]
    for expected in gold["medications"]:
        names = {norm(n) for n in expected["names"]}
        match = next((m for m in remaining if _names(m) & names), None)
        if match is None:
            result.fn += 1
            result.errors.append(f"{label}: missed {expected['names'][0]}")
            continue
        remaining.remove(match)
        result.tp += 1
        dose = _gold_dose(expected["dose"])
        if match.dose_value == dose or (match.dose_value and dose and abs(match.dose_value[0] - dose[0]) < 1e-6
                                        and match.dose_value[1] == dose[1]):  # fmt: skip
            result.dose_ok += 1
        else:
            result.errors.append(f"{label}: {match.name} dose {match.dose} != {expected['dose']}")
        if match.times_per_day == expected["times_per_day"]:
            result.tpd_ok += 1
        else:
            result.errors.append(
                f"{label}: {match.name} times_per_day {match.times_per_day} != {expected['times_per_day']}"
            )
        if match.status == expected["status"]:
            result.status_ok += 1
        else:
            result.errors.append(f"{label}: {match.name} status {match.status} != {expected['status']}")
    for extra in remaining:
        result.fp += 1
        result.errors.append(f"{label}: extra {extra.name} ({extra.status})")
    return result
