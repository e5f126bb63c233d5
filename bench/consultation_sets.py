"""Starclay on any labelled set of transcripts: drug F1, dose, times per day, status, as-needed, and stopped drugs
reported as taken (the worst error for a prescription list).

A set is a folder of ``<id>.txt`` transcripts and a ``gold.json`` keyed by id (``medications``: names, dose,
times_per_day, as_needed, status; ``not_prescribed``: lists of names). Sets written blind live under
``bench/data/consultation/`` and never feed the rules.

    .venv/bin/python bench/consultation_sets.py bench/data/consultation/blind_a [--llm] [--out PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communs.apps.consultation.evaluate import Score, counts_ceilings, lists_stopped, names_match, score  # noqa: E402
from communs.apps.consultation.pipeline import analyse  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402


def stopped_as_taken(prescribed: list, gold: dict, label: str) -> list[str]:
    """Drugs the gold says are not taken (stopped, refused, discussed) that the result lists as prescribed."""
    taken = [m["names"] for m in gold["medications"] if m["status"] != "stopped"]
    stopped = [m["names"] for m in gold["medications"] if m["status"] == "stopped"]
    out = []
    for names in gold["not_prescribed"] + stopped:
        # a prescribed drug that is also a gold medication (a shared substance) is not this stopped one
        if any(names_match(m, names) and not any(names_match(m, t) for t in taken) for m in prescribed):
            out.append(f"{label}: {names[0]} reported as taken")
    return out


def as_needed_errors(prescribed: list, gold: dict, label: str) -> tuple[int, int, list[str]]:
    """Right as-needed flags among matched drugs: (right, matched, errors)."""
    right = matched = 0
    errors = []
    for expected in gold["medications"]:
        match = next((m for m in prescribed if names_match(m, expected["names"])), None)
        if match is None or "as_needed" not in expected:
            continue
        matched += 1
        if bool(match.as_needed) == bool(expected["as_needed"]):
            right += 1
        else:
            errors.append(f"{label}: {match.name} as_needed {match.as_needed} != {expected['as_needed']}")
    return right, matched, errors


async def run(folder: Path, use_llm: bool) -> dict:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    settings = load_settings(threads=2)
    registry = Registry(settings) if use_llm else None
    listed = lists_stopped(gold)  # blind_d lists stopped drugs among the medications, blind_a-c among the others
    ceilings = counts_ceilings(gold)  # blind_d: times_per_day holds an as-needed maximum, 1 for a single dose
    total, stopped, an_right, an_total, an_errors, seconds = Score(), [], 0, 0, [], []
    try:
        for cid, labels in sorted(gold.items()):
            text = (folder / f"{cid}.txt").read_text(encoding="utf-8")
            started = time.perf_counter()
            result = await analyse(registry, transcript=text, use_llm=use_llm)
            seconds.append(time.perf_counter() - started)
            prescribed = result.medications
            ended = [m for m in result.not_prescribed if m.status == "stopped"] if listed else []
            total.add(score(prescribed + ended, labels, cid, stopped=listed, ceilings=ceilings))
            stopped += stopped_as_taken(prescribed, labels, cid)
            right, matched, errors = as_needed_errors(prescribed + ended, labels, cid)
            an_right, an_total, an_errors = an_right + right, an_total + matched, an_errors + errors
    finally:
        if registry is not None:
            await registry.aclose()
    return {
        "set": folder.name,
        "transcripts": len(gold),
        "mode": "rules+llm" if use_llm else "rules",
        "load_average": [round(x, 2) for x in os.getloadavg()],
        **total.to_dict(),
        "as_needed_exact": round(an_right / an_total, 3) if an_total else None,
        "stopped_reported_as_taken": len(stopped),
        "seconds_per_transcript_max": round(max(seconds), 2),
        "errors": total.errors + an_errors + stopped,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--llm", action="store_true", help="let the chat model settle open fields (product default)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    report = asyncio.run(run(args.folder, args.llm))
    print(json.dumps({k: v for k, v in report.items() if k != "errors"}, ensure_ascii=False))
    out = args.out or ROOT / "bench" / "results" / f"consultation_{args.folder.name}.json"
    previous = json.loads(out.read_text()) if out.exists() else {}
    previous[report["mode"]] = report
    out.write_text(json.dumps(previous, ensure_ascii=False, indent=2) + "\n")
    print("written", out)


if __name__ == "__main__":
    main()
