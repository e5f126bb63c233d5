"""De Facto questions replayed on dossiers read once: for iterating on ask.py without re-reading the PDFs.

    .venv/bin/python bench/dossier_replay.py build --case-dir bench/data/dossier --cases blind1,blind2,blind3 \
        --home /tmp/df-home          # renders, reads (OCR), indexes each dossier once; the synthesis from rules only
    .venv/bin/python bench/dossier_replay.py ask --home /tmp/df-home [--llm] [--verbose] [--results out.json]

``build`` keeps the job folders and a ``replay.json`` (case: job id, gold, expected figures) under ``--home``;
``ask`` opens each job's index (``JobStore.index``: the search collection ``dossier:<job id>``; an index
built before the shared store is moved into it on first use) and answers the gold questions with the current code,
scored as bench/dossier.py scores them (correct page; right page and figure).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dossier as bench  # noqa: E402  (bench/dossier.py: its --case-dir puts the case modules on the path)

from communs.apps.dossier.jobs import JobStore, run_job  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402


def _registry(home: Path) -> Registry:
    return Registry(load_settings(home=home, models_dir=Path.home() / ".local" / "share" / "communs" / "models"))


async def build_jobs(home: Path, cases: list[str]) -> None:
    registry, store = _registry(home), JobStore(home)
    manifest_path = home / "replay.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    try:
        for case in cases:
            pdf, gold_path = bench.build.build(case, home / "data")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            gold["answers"] = getattr(sys.modules.get(f"case_{case}"), "ANSWERS", {})
            job = store.create([(pdf.name, pdf.read_bytes())], owner="bench", use_llm=False)
            done = await run_job(store, job.id, registry)
            if done.status != "done":
                raise SystemExit(f"{case}: {done.error}")
            manifest[case] = {"job": done.id, "gold": gold}
            manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
            print(case, done.id, flush=True)
    finally:
        await registry.aclose()


async def ask(home: Path, cases: list[str] | None, use_llm: bool, verbose: bool, results: Path | None) -> None:
    registry, store = _registry(home), JobStore(home)
    manifest = json.loads((home / "replay.json").read_text(encoding="utf-8"))
    out: dict = {"loadavg_start": list(os.getloadavg()), "mode": "model" if use_llm else "extractive"}
    hits = total = figure_hits = figure_total = first_hits = 0
    try:
        for case, entry in manifest.items():
            if cases and case not in cases:
                continue
            figures = await bench.questions(store, registry, entry["job"], entry["gold"], None, use_llm=use_llm)
            out[case] = figures
            answers = entry["gold"].get("answers", {})
            for row in figures["rows"]:
                figure = answers.get(row["question"])
                got = figure is not None and row["hit"] and bench._squash(figure) in bench._squash(row["answer"])
                total += 1
                hits += row["hit"]
                figure_total += figure is not None
                figure_hits += bool(got)
                if verbose and (not row["hit"] or (figure is not None and not got)):
                    mark = "PAGE" if not row["hit"] else "FIG "
                    print(
                        f"{mark} {case} {row['question']}\n     gold {row['gold']} got {row['pages']} "
                        f"passages {row['passages']} want {figure!r}\n     -> {row['answer'][:200]}"
                    )
            first_hits += round(figures["first_page"] * figures["count"])
            print(case, figures["accuracy"], "first", figures["first_page"], figures["right_page_and_figure"])
    finally:
        await registry.aclose()
    out["total"] = {
        "pages": f"{hits}/{total}",
        "first_page": f"{first_hits}/{total}",
        "figures": f"{figure_hits}/{figure_total}",
    }
    out["loadavg_end"] = list(os.getloadavg())
    print(
        "total correct page",
        hits,
        "/",
        total,
        round(hits / max(total, 1), 3),
        "| first page",
        round(first_hits / max(total, 1), 3),
        "| page and figure",
        figure_hits,
        "/",
        figure_total,
        round(figure_hits / max(figure_total, 1), 3),
    )
    if results:
        results.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["build", "ask"])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--cases", default=None, help="comma-separated case names")
    parser.add_argument("--case-dir", type=Path, default=None, help="a folder of case_<name>.py modules")
    parser.add_argument("--llm", action="store_true", help="answers by the chat model (default: extractive)")
    parser.add_argument("--verbose", action="store_true", help="print each miss")
    parser.add_argument("--results", type=Path, default=None)
    args = parser.parse_args()
    cases = args.cases.split(",") if args.cases else None
    if args.action == "build":
        args.home.mkdir(parents=True, exist_ok=True)
        asyncio.run(build_jobs(args.home, cases or ["balto", "heldout"]))
    else:
        asyncio.run(ask(args.home, cases, args.llm, args.verbose, args.results))


if __name__ == "__main__":
    main()
