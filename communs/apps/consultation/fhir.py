"""An optional FHIR R4 Bundle of MedicationRequest resources for the medications of a consultation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from communs.apps.consultation.model import Consultation, Medication

ATC_SYSTEM = "http://www.whocc.no/atc"
CIS_SYSTEM = "urn:oid:1.2.250.1.213.2.3.1"  # ANS OID of the CIS code list (ANSM product codes)
ROUTES = {"orale": "Voie orale", "inhalée": "Voie inhalée", "cutanée": "Voie cutanée", "nasale": "Voie nasale"}
FHIR_STATUS = {"new": "active", "continued": "active", "modified": "active", "stopped": "stopped"}


def _request(m: Medication, when: str) -> dict[str, Any]:
    coding = []
    if m.cis:
        coding.append({"system": CIS_SYSTEM, "code": m.cis, "display": m.name})
    if m.atc:
        coding.append({"system": ATC_SYSTEM, "code": m.atc})
    text = " ".join(p for p in (m.name, m.dose) if p)
    dosage: dict[str, Any] = {
        "text": ", ".join(p for p in (m.quantity, m.frequency, f"pendant {m.duration}" if m.duration else None) if p)
        or None,
        "asNeededBoolean": m.as_needed,
    }
    if m.times_per_day:
        dosage["timing"] = {"repeat": {"frequency": m.times_per_day, "period": 1, "periodUnit": "d"}}
    if m.route:
        dosage["route"] = {"text": ROUTES.get(m.route, m.route)}
    if m.quantity:
        try:
            value = float(m.quantity.split()[0].replace(",", "."))
            dosage["doseAndRate"] = [{"doseQuantity": {"value": value, "unit": m.quantity.split(maxsplit=1)[1]}}]
        except (ValueError, IndexError):
            pass
    resource: dict[str, Any] = {
        "resourceType": "MedicationRequest",
        "id": str(uuid.uuid4()),
        "status": FHIR_STATUS.get(m.status, "active"),
        "intent": "order",
        "medicationCodeableConcept": {"coding": coding, "text": text},
        "subject": {"display": "Patient de la consultation"},
        "authoredOn": when,
        "dosageInstruction": [{k: v for k, v in dosage.items() if v is not None}],
        "note": [{"text": f"Transcription : « {m.evidence.text} »"}] if m.evidence else [],
    }
    return resource


def to_fhir(result: Consultation, *, when: datetime | None = None) -> dict[str, Any]:
    stamp = (when or datetime.now(UTC)).isoformat(timespec="seconds")
    meds = result.medications + [m for m in result.not_prescribed if m.status == "stopped" and m.substances]
    entries = []
    for m in meds:
        resource = _request(m, stamp)
        entries.append({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource})
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "type": "collection",
        "timestamp": stamp,
        "entry": entries,
    }
