"""The JSON of POST /v1/apps/consultation (Starclay), as models for the OpenAPI schema.

They mirror :meth:`communs.apps.consultation.model.Consultation.to_dict`, which the CLI's ``--json`` prints.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from communs.api.responses import Result


class Evidence(Result):
    start: int = Field(description="Offset of the evidence in the transcript (characters).")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The words of the transcript the fact was read from.")
    time_start: float | None = Field(description="Seconds into the recording (audio input), else null.")
    time_end: float | None


class DrugWarning(Result):
    kind: str = Field(description="unknown_drug, strength_not_marketed, above_daily_max, interaction, uncertain...")
    message: str = Field(description="The warning, in French.")
    drugs: list[str] = Field(description="The medications it is about.")
    severity: str = Field(description="warning or info.")


class Medication(Result):
    name: str = Field(description="The medication as named (brand or substance).")
    substance: str | None = Field(description="Its active substance(s), from the BDPM.")
    cis: str | None = Field(description="BDPM CIS code of the product, when one product is settled.")
    atc: str | None = Field(description="WHO ATC code.")
    dose: str | None = Field(description="Strength, e.g. '500 mg'.")
    quantity: str | None = Field(description="Amount per intake, e.g. '2 comprimés'.")
    frequency: str | None = Field(description="How often, as said, e.g. 'trois fois par jour'.")
    times_per_day: int | None = Field(description="Intakes a day, when the frequency gives a number.")
    duration: str | None = Field(description="How long, e.g. '5 jours'.")
    route: str | None = Field(description="orale, inhalée, cutanée, nasale...")
    status: str = Field(description="new, continued, modified (prescribed), stopped, mentioned...")
    evidence: Evidence | None = Field(description="Where the prescription is said in the transcript.")
    warnings: list[DrugWarning]
    uncertain: list[str] = Field(description="Fields the rules could not settle from the transcript.")
    mentions: list[Evidence] = Field(description="Every mention of the medication in the transcript.")
    source: str = Field(description="rules, or rules+llm when the model settled a field (checked).")


class NotPrescribed(Result):
    name: str
    status: str
    evidence: Evidence | None


class PlanRow(Result):
    medicament: str = Field(description="The medication and its strength.")
    matin: str = Field(description="Amount to take in the morning ('' if none; '*' marks advised times).")
    midi: str
    soir: str
    coucher: str
    autre: str = Field(description="Another moment, or 'Si besoin : ...'.")
    duree: str
    pourquoi: str


class PatientPlan(Result):
    """The patient's plan in plain French: a table morning / noon / evening / bedtime."""

    columns: list[str]
    rows: list[PlanRow]
    notes: list[str]
    markdown: str


class TranscriptSegment(Result):
    start: float = Field(description="Seconds into the recording.")
    end: float
    text: str


class ConsultationResult(Result):
    """A consultation's verified prescription, its reports and the patient's plan."""

    transcript: str
    medications: list[Medication] = Field(description="The medications prescribed (new, continued, modified).")
    not_prescribed: list[str] = Field(description="Names of the medications mentioned but not prescribed.")
    not_prescribed_details: list[NotPrescribed]
    report_markdown: str = Field(description="The report for the doctor, in French, as Markdown.")
    report_html: str = Field(description="The same report, as escaped HTML.")
    patient_plan: PatientPlan
    warnings: list[DrugWarning] = Field(description="Checks that failed: unknown drug, daily maximum, interaction...")
    segments: list[TranscriptSegment] = Field(description="The recording's segments (audio input), else empty.")
    duration: float | None = Field(description="The recording's length in seconds (audio input), else null.")
    fhir: dict[str, Any] | None = Field(
        default=None, description="A FHIR R4 Bundle of MedicationRequest resources (only when 'fhir' was asked)."
    )
