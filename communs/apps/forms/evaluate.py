"""Defect recall and precision of the form audit on forms with seeded defects (field + kind must both match).

A folder holds ``<form>.json`` files, each with a ``<form>.expected.json`` listing its seeded defects
``{"defects": [{"field", "kind"}]}``. Used by the tests and by ``bench/forms.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from communs.apps.forms.audit import audit_form
from communs.apps.forms.model import form_from_json


def evaluate(paths: list[Path]) -> dict:
    expected: set[tuple[str, str, str]] = set()
    found: set[tuple[str, str, str]] = set()
    for path in paths:
        truth = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
        expected |= {(path.stem, d["field"], d["kind"]) for d in truth["defects"]}
        found |= {
            (path.stem, r.name, i.kind) for r in audit_form(form_from_json(path.read_bytes())).fields for i in r.issues
        }
    hits = expected & found
    return {
        "forms": len(paths),
        "defects": len(expected),
        "found": len(found),
        "recall": round(len(hits) / max(len(expected), 1), 3),
        "precision": round(len(hits) / max(len(found), 1), 3),
        "missed": sorted(expected - found),
        "false_alarms": sorted(found - expected),
        "missed_by_kind": dict(Counter(kind for _, _, kind in expected - found)),
        "false_alarms_by_kind": dict(Counter(kind for _, _, kind in found - expected)),
    }


def forms_in(folder: Path, pattern: str = "form_*.json") -> list[Path]:
    return sorted(p for p in folder.glob(pattern) if not p.name.endswith(".expected.json"))
