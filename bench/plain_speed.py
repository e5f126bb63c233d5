"""Simplifier speed, old against new, in the same conditions: each letter of ``tests/data/plain/letters`` goes
through the Simplifier of an earlier commit and through the current one, back to back (the order flips from one
letter to the next), in one process with one embedded engine. On a shared machine absolute seconds mean little:
the ratio does, and so do the model calls and tokens, which the load does not change.

    PYTHONPATH=$PWD .venv/bin/python bench/plain_speed.py --old ce181d3 [--letters 01,05] [--limit N]

Writes ``bench/results/plain_speed.json``: per letter and version, seconds, model calls, prompt / cached /
completion tokens, facts missing and the reading-ease gain (textstat, as ``bench/plain.py``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
import types
from pathlib import Path

import textstat

from communs.apps.plain import simplify as new_simplify
from communs.config import load_settings
from communs.models.registry import Registry
from communs.models.trace import tracing

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "data" / "plain" / "letters"
OUT = Path(__file__).resolve().parent / "results" / "plain_speed.json"


def old_module(rev: str) -> types.ModuleType:
    """``communs/apps/plain/simplify.py`` as it was at ``rev`` (its imports resolve to today's modules)."""
    source = subprocess.run(
        ["git", "show", f"{rev}:communs/apps/plain/simplify.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    module = types.ModuleType("old_simplify")
    module.__dict__["__name__"] = "old_simplify"
    sys.modules["old_simplify"] = module  # dataclasses look their module up
    exec(compile(source, f"{rev}:simplify.py", "exec"), module.__dict__)
    return module


async def run(registry: Registry, module: types.ModuleType, text: str) -> dict:
    started = time.perf_counter()
    with tracing() as trace:
        result = await module.simplify(text, registry)
    seconds = time.perf_counter() - started
    statuses = [p.status for p in result.parts]
    return {
        "seconds": round(seconds, 1),
        "gain": round(textstat.flesch_reading_ease(result.text) - textstat.flesch_reading_ease(text), 1),
        "facts": len(result.kept_facts) + len(result.missing_facts),
        "missing_facts": [f.text for f in result.missing_facts],
        "parts": {s: statuses.count(s) for s in ("simplified", "unchanged", "kept_original")},
        "load_average": round(os.getloadavg()[0], 1),
        "model": trace.summary(),
        "text": result.text,
    }


def summary(rows: list[dict], key: str) -> dict:
    runs = [r[key] for r in rows]
    return {
        "seconds": round(sum(r["seconds"] for r in runs), 1),
        "seconds_per_letter_p50": round(statistics.median(r["seconds"] for r in runs), 1),
        "seconds_per_letter_max": round(max(r["seconds"] for r in runs), 1),
        "calls": sum(r["model"]["calls"] for r in runs),
        "prompt_tokens": sum(r["model"]["prompt_tokens"] for r in runs),
        "cached_tokens": sum(r["model"]["cached_tokens"] for r in runs),
        "completion_tokens": sum(r["model"]["completion_tokens"] for r in runs),
        "facts": sum(r["facts"] for r in runs),
        "facts_missing": sum(len(r["missing_facts"]) for r in runs),
        "gain": round(statistics.mean(r["gain"] for r in runs), 1),
    }


async def main() -> None:
    textstat.set_lang("fr")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", help="the commit of the Simplifier to compare with (none: time the current one alone)")
    parser.add_argument("--letters", help="comma-separated letter numbers (01,05...); all by default")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    paths = sorted(LETTERS.glob("letter_*.txt"))
    if args.letters:
        wanted = {f"letter_{n.strip()}.txt" for n in args.letters.split(",")}
        paths = [p for p in paths if p.name in wanted]
    paths = paths[: args.limit]
    old = old_module(args.old) if args.old else None
    registry = Registry(load_settings())
    rows: list[dict] = []
    try:
        for index, path in enumerate(paths):
            text = path.read_text(encoding="utf-8")
            order = [("old", old), ("new", new_simplify)] if old else [("new", new_simplify)]
            row: dict = {"id": path.stem, "chars": len(text), "first": order[index % len(order)][0]}
            for name, module in order if index % 2 == 0 else reversed(order):
                row[name] = await run(registry, module, text)
                calls = row[name]["model"]["calls"]
                print(f"{path.stem} {name}: {row[name]['seconds']} s, {calls} calls", file=sys.stderr, flush=True)
            rows.append(row)
            if old:
                print(
                    f"{path.stem}: old {row['old']['seconds']} s {row['old']['model']['calls']} calls, "
                    f"new {row['new']['seconds']} s {row['new']['model']['calls']} calls, "
                    f"gain {row['old']['gain']} / {row['new']['gain']}, missing "
                    f"{len(row['old']['missing_facts'])} / {len(row['new']['missing_facts'])}",
                    file=sys.stderr,
                    flush=True,
                )
            args.out.parent.mkdir(parents=True, exist_ok=True)
            totals = {"new": summary(rows, "new"), "load_average": os.getloadavg()}
            if old:
                totals["old"] = summary(rows, "old")
                totals["ratio"] = round(totals["new"]["seconds"] / max(0.1, totals["old"]["seconds"]), 2)
            args.out.write_text(json.dumps({"totals": totals, "letters": rows}, ensure_ascii=False, indent=1) + "\n")
    finally:
        await registry.aclose()
    print(json.dumps(json.loads(args.out.read_text())["totals"], indent=1))


if __name__ == "__main__":
    asyncio.run(main())
