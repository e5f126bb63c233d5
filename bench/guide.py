"""Albertine benchmark: does the next step point to the right element of the page?

Cases: ``bench/guide_cases.json`` — goal / page / history / gold-element cases on the sample
pages of ``communs/apps/guide/samples`` (a service-public.fr home page with a cookie banner, an
impots.gouv.fr login page, a multi-step CAF form, a search results page, a confirmation page). They
were written before the rules were tuned; the 19 "dev" cases were then used to tune them, the 6
"heldout" cases only run at the end (written at the same time, by the same hand, and the action
lexicon was written with all 25 goals in view: not blind). 12 "fresh" cases and a sixth page
(``rendez-vous.html``, an ANTS appointment search with a different consent banner) were written after
all tuning and run once.

Three modes, each on every case:
- ``rules``: lexical rules and patterns only (no model at all);
- ``e5``: rules plus e5 similarity (the embeddings model);
- ``model``: rules, e5, then the chat model picks among the close candidates and words the step.

A case counts as right when the step's element is one of the gold ids (or no element for a gold
``null``) and, for the element's action, when it matches the gold action. Results go to
``bench/results/guide.json``.

    .venv/bin/python bench/guide.py [--modes rules,e5,model] [--split dev|heldout|fresh] [--model NAME] [--out F]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.snapshot import HistoryItem
from communs.apps.guide.step import next_step
from communs.config import get_settings
from communs.models.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "guide_cases.json"
SAMPLES = ROOT / "communs" / "apps" / "guide" / "samples"
RESULTS = Path(__file__).resolve().parent / "results" / "guide.json"
SPLITS = ("dev", "heldout", "fresh")


def load_cases(split: str | None = None, path: Path = CASES) -> list[dict]:
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    for case in cases:
        case.setdefault("split", path.stem)
    return [c for c in cases if split is None or c["split"] == split]


def case_input(case: dict, pages: Path = SAMPLES):
    url = "https://exemple.gouv.fr/" + case["page"]
    page = snapshot_from_html((pages / case["page"]).read_text(encoding="utf-8"), url=url)
    page = page.with_filled(case.get("filled", []))
    return case["goal"], page, [HistoryItem(**h) for h in case.get("history", [])]


async def run(
    modes: list[str], split: str | None, model: str | None, path: Path = CASES, pages: Path = SAMPLES
) -> dict:
    cases = load_cases(split, path)
    registry = Registry(get_settings())
    report: dict = {"cases": len(cases), "split": split or "all", "modes": {}}
    try:
        for mode in modes:
            rows = []
            for case in cases:
                goal, page, history = case_input(case, pages)
                started = time.perf_counter()
                step = await next_step(
                    goal, page, history, None if mode == "rules" else registry, model=model, use_model=mode == "model"
                )
                seconds = time.perf_counter() - started
                gold = case["gold"] or [None]  # null: no element (the goal is reached)
                right = step.element_id in gold and step.action == case["action"]
                rows.append(
                    {
                        "id": case["id"],
                        "split": case["split"],
                        "right": right,
                        "element_right": step.element_id in gold,
                        "got": step.element_id,
                        "action": step.action,
                        "source": step.source,
                        "instruction": step.instruction,
                        "seconds": round(seconds, 2),
                    }
                )
                mark = "ok " if right else "NON"
                print(f"[{mode}] {mark} {case['id']:<28} {step.element_id!s:<20} {step.instruction}", file=sys.stderr)
            summary = {}
            for name in sorted({r["split"] for r in rows}):
                part = [r for r in rows if r["split"] == name]
                if part:
                    summary[name] = {"right": sum(r["right"] for r in part), "of": len(part)}
            summary["all"] = {"right": sum(r["right"] for r in rows), "of": len(rows)}
            summary["accuracy"] = round(summary["all"]["right"] / len(rows), 3)
            summary["median_s"] = round(statistics.median(r["seconds"] for r in rows), 2)
            ordered = sorted(r["seconds"] for r in rows)
            summary["p95_s"] = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
            summary["max_s"] = max(r["seconds"] for r in rows)
            summary["model_picked"] = sum(r["source"] == "model" for r in rows)
            report["modes"][mode] = {"summary": summary, "rows": rows}
    finally:
        await registry.aclose()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modes", default="rules,e5,model")
    parser.add_argument(
        "--split", default=None, help=f"one split of the cases ({', '.join(SPLITS)} for the default set)"
    )
    parser.add_argument("--cases", type=Path, default=CASES, help="a case file (its split defaults to its name)")
    parser.add_argument("--pages", type=Path, default=SAMPLES, help="the folder of the cases' pages")
    parser.add_argument("--model", default=None, help="chat model (default: the configured default)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    report = asyncio.run(run(args.modes.split(","), args.split, args.model, args.cases, args.pages))
    report["chat_model"] = args.model or "default"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for mode, result in report["modes"].items():
        print(mode, json.dumps(result["summary"], ensure_ascii=False))


if __name__ == "__main__":
    main()
