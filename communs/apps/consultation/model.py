"""The structured result of a consultation: medications with their evidence, warnings, and the transcript."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PRESCRIBED = ("new", "continued", "modified")


@dataclass
class Evidence:
    start: int  # character offsets in the transcript
    end: int
    text: str
    time_start: float | None = None  # seconds in the recording, for audio input
    time_end: float | None = None


@dataclass
class Warning:
    kind: str  # unknown_drug, strength_not_marketed, above_daily_max, interaction, uncertain
    message: str
    drugs: list[str] = field(default_factory=list)
    severity: str = "warning"


@dataclass
class Medication:
    name: str
    substance: str | None
    cis: str | None
    atc: str | None
    dose: str | None
    quantity: str | None
    frequency: str | None
    times_per_day: int | None
    duration: str | None
    route: str | None
    status: str
    evidence: Evidence | None
    warnings: list[Warning] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)  # fields the rules could not settle from the transcript
    mentions: list[Evidence] = field(default_factory=list)
    dose_value: tuple[float, str] | None = None
    intake_value: tuple[float, str] | None = None  # the amount taken at once, when several units are ("2 x 500 mg")
    moments: list[str] = field(default_factory=list)
    as_needed: bool = False
    non_daily: bool = False
    single_dose: bool = False  # one intake in all (a single dose, a vaccine given today)
    max_per_day: float | None = None
    substances: tuple[str, ...] = ()
    lexicon_key: str | None = None
    source: str = "rules"  # or "rules+llm" when the model settled a field, checked against the transcript

    @property
    def prescribed(self) -> bool:
        return self.status in PRESCRIBED

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for private in (
            "dose_value",
            "intake_value",
            "substances",
            "moments",
            "as_needed",
            "non_daily",
            "single_dose",
            "max_per_day",
            "lexicon_key",
        ):
            out.pop(private)
        return out


@dataclass
class Consultation:
    transcript: str
    medications: list[Medication]
    not_prescribed: list[Medication]
    warnings: list[Warning]
    segments: list[dict] = field(default_factory=list)  # audio: [{start, end, text}] in seconds
    duration: float | None = None
    report_markdown: str = ""
    report_html: str = ""
    patient_plan: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "transcript": self.transcript,
            "medications": [m.to_dict() for m in self.medications],
            "not_prescribed": [m.name for m in self.not_prescribed],
            "not_prescribed_details": [
                {"name": m.name, "status": m.status, "evidence": asdict(m.evidence) if m.evidence else None}
                for m in self.not_prescribed
            ],
            "report_markdown": self.report_markdown,
            "report_html": self.report_html,
            "patient_plan": self.patient_plan,
            "warnings": [asdict(w) for w in self.warnings],
            "segments": self.segments,
            "duration": self.duration,
        }
