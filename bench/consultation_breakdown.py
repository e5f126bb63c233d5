"""Starclay's errors on a labelled set by kind (missed, extra, dose, times per day, status, as-needed, stopped
reported as taken) and by the phenomena the gold tags each transcript with, from a report written by
``consultation_sets.py``.

    .venv/bin/python bench/consultation_breakdown.py bench/data/consultation/blind_c \
        bench/results/consultation_blind_c.json [--mode after_round_3]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

KINDS = [("missed", "fn"), ("extra", "fp"), (" dose ", "dose"), ("times_per_day", "tpd"), (" status ", "status"),
         ("as_needed", "as_needed"), ("reported as taken", "stopped_as_taken")]  # fmt: skip


def kind(error: str) -> str:
    return next((name for marker, name in KINDS if marker in error), "other")


def breakdown(gold: dict, errors: list[str]) -> dict:
    by_kind: Counter[str] = Counter()
    by_tag: dict[str, Counter[str]] = defaultdict(Counter)
    for error in errors:
        label, _, _ = error.partition(":")
        name = kind(error)
        by_kind[name] += 1
        for tag in gold.get(label, {}).get("phenomena", []):
            by_tag[tag][name] += 1
    return {"by_kind": dict(by_kind), "by_phenomenon": {t: dict(c) for t, c in sorted(by_tag.items())}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("report", type=Path)
    parser.add_argument("--mode", default="rules", help="the report's entry (a mode or a round name)")
    args = parser.parse_args()
    gold = json.loads((args.folder / "gold.json").read_text(encoding="utf-8"))
    report = json.loads(args.report.read_text(encoding="utf-8"))
    report = report.get(args.mode, report)
    report = report if "errors" in report else report["rules"]  # an entry holding its mode's report
    print(json.dumps(breakdown(gold, report["errors"]), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
