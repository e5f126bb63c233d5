"""De Facto benchmark: accuracy against the gold dossiers, and a 100-mixed-page file end to end.

For the development dossier (33 pages, tests/data/dossier/case_balto.py) and the held-out one (10 pages,
case_heldout.py, never used to tune the rules): persons recall, right role, chronology dates, offences,
documents, and questions answered with a correct page (the default chat model answers). Then the
development dossier's pages three times over plus one (100 pages, 39 of them image-only, each scan
rendered with its own noise) through the whole job: OCR, rules, index, the model's synthesis.
Targets (issue 6): persons ≥ 0.95, roles ≥ 0.9, dates ≥ 0.9, offences ≥ 0.9, questions ≥ 0.85,
100 pages ≤ 180 s on 2 cores.

    .venv/bin/python bench/dossier.py [--model qwen2.5-coder-1.5b] [--cases balto,heldout,100] [--no-questions]
    .venv/bin/python bench/dossier.py --cases 100       # the 100-page run alone (about 3 minutes on idle cores)

Each run records its stages' durations (lecture = reading and OCR, analyse = rules, index = passages and
their vectors, synthèse = the model's synthesis) with the 1-minute load average at each stage's end: on a
shared machine, a figure means little without the load it was measured under.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from communs.apps.dossier.ask import answer
from communs.apps.dossier.jobs import JobStore, run_job
from communs.config import load_settings
from communs.models.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "dossier"
RESULTS = Path(__file__).resolve().parent / "results" / "dossier.json"
sys.path.insert(0, str(DATA))

for i, arg in enumerate(sys.argv):  # --case-dir: cases written elsewhere (bench/data/dossier) come first
    if arg == "--case-dir" and i + 1 < len(sys.argv):
        sys.path.insert(0, str(Path(sys.argv[i + 1]).resolve()))

import build  # noqa: E402
from score import question_hit, score  # noqa: E402

TARGETS = {
    "persons_recall": 0.95,
    "roles_accuracy": 0.9,
    "events_recall": 0.9,
    "offences_recall": 0.9,
    "questions": 0.85,
    "seconds_100_pages": 180,
}


async def run(store: JobStore, registry: Registry, name: str, data: bytes) -> tuple[dict, float, dict]:
    """(result, seconds, {stage: {"seconds", "loadavg_1min"}}: each stage's duration and the load at its end)."""
    job = store.create([(name, data)], owner="bench")
    starts: dict[str, float] = {}
    loads: dict[str, float] = {}
    start = time.perf_counter()

    def progress(state) -> None:
        if state.stage not in starts:
            if starts:
                loads[list(starts)[-1]] = round(os.getloadavg()[0], 2)
            starts[state.stage] = time.perf_counter() - start

    done = await run_job(store, job.id, registry, on_progress=progress)
    seconds = time.perf_counter() - start
    if done.status != "done":
        raise SystemExit(f"{name}: {done.error}")
    names = [n for n in starts if n != "terminé"]
    ends = [starts[n] for n in names[1:]] + [starts.get("terminé", seconds)]
    stages = {n: {"seconds": round(e - starts[n], 1), "loadavg_1min": loads.get(n)} for n, e in zip(names, ends)}
    return {"id": done.id, **done.result}, seconds, stages


def _squash(text: str) -> str:
    """Figures compared without spaces or case ("18 500 euros" == "18500 euros")."""
    return "".join(text.split()).lower()


async def questions(
    store: JobStore, registry: Registry, job_id: str, gold: dict, model: str | None, use_llm: bool = True
) -> dict:
    index = store.index(store.get(job_id))
    rows, hits, seconds = [], 0, []
    figures_expected = gold.get("answers", {})
    figure_hits = first_hits = 0
    for item in gold["questions"]:
        start = time.perf_counter()
        reply = await answer(index, item["question"], registry, model=model, use_llm=use_llm)
        seconds.append(time.perf_counter() - start)
        hit = question_hit(reply, item)
        hits += hit
        # stricter: the first page cited is a gold page (citing more pages cannot raise this one)
        first_hits += hit if not item["answerable"] else bool(reply["pages"] and reply["pages"][0] in item["pages"])
        figure = figures_expected.get(item["question"])
        if figure is not None:
            figure_hits += hit and _squash(figure) in _squash(reply["answer"])
        row = {"question": item["question"], "gold": item["pages"], "pages": reply["pages"], "hit": hit}
        row |= {"passages": [p["page"] for p in reply["passages"]], "seconds": round(seconds[-1], 1)}
        rows.append(row | {"answer": reply["answer"]})
    return {
        "accuracy": round(hits / len(gold["questions"]), 3),
        "first_page": round(first_hits / len(gold["questions"]), 3),
        "count": len(gold["questions"]),
        "with_figure": len(figures_expected),
        "right_page_and_figure": round(figure_hits / len(figures_expected), 3) if figures_expected else None,
        "seconds_mean": round(sum(seconds) / len(seconds), 1),
        "seconds_max": round(max(seconds), 1),
        "loadavg_end": list(os.getloadavg()),
        "rows": rows,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="chat model (default: the settings' default, the 1.5B)")
    parser.add_argument("--cases", default="balto,heldout,100", help="which runs, comma-separated")
    parser.add_argument("--no-questions", action="store_true")
    parser.add_argument(
        "--extractive", action="store_true", help="questions answered without the model (the passages' best sentence)"
    )
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument(
        "--case-dir", type=Path, default=None, help="a folder of case_<name>.py modules (e.g. bench/data/dossier)"
    )
    args = parser.parse_args()
    results = args.results
    home = Path(tempfile.mkdtemp(prefix="bench-dossier-"))
    settings = load_settings(home=home)  # the embedded models from the user's models folder
    registry = Registry(settings)
    store = JobStore(home)
    cases = args.cases.split(",")
    out: dict = json.loads(results.read_text(encoding="utf-8")) if results.exists() else {}
    out |= {"loadavg_start": list(os.getloadavg()), "cpus": len(os.sched_getaffinity(0)), "targets": TARGETS}
    out["model"] = args.model or settings.default_chat_model or "default (first text-generation model)"

    def save() -> None:  # after each run, so a long benchmark keeps what it measured
        results.parent.mkdir(exist_ok=True)
        results.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")

    try:
        for case in [c for c in cases if c != "100"]:
            pdf, gold_path = build.build(case, home / "data")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            module = sys.modules.get(f"case_{case}")
            gold["answers"] = getattr(module, "ANSWERS", {})  # expected figures, where the case gives them
            result, seconds, stages = await run(store, registry, pdf.name, pdf.read_bytes())
            figures = {"pages": result["pages"], "seconds": round(seconds, 1), "stages": stages, **score(result, gold)}
            figures["synthesis"] = {k: result["synthesis"].get(k) for k in ("source", "dropped", "text", "error")}
            if not args.no_questions:
                figures["questions"] = await questions(
                    store, registry, result["id"], gold, args.model, use_llm=not args.extractive
                )
                figures["questions"]["mode"] = "extractive" if args.extractive else "model"
            out[case] = figures
            print(case, json.dumps({k: v for k, v in figures.items() if k != "questions"}, ensure_ascii=False))
            if "questions" in figures:
                print(case, "questions", figures["questions"]["accuracy"])
            save()
        if "100" in cases:
            import case_balto

            pages = case_balto.PAGES * 3 + case_balto.PAGES[:1]
            data = build.render(pages, seed=11)
            load_start = list(os.getloadavg())
            result, seconds, stages = await run(store, registry, "cent-pages.pdf", data)
            out["hundred_pages"] = {
                "pages": result["pages"],
                "image_pages": sum(1 for kind, _ in pages if kind != "text"),
                "seconds": round(seconds, 1),
                "stages": stages,
                "synthesis_source": result["synthesis"]["source"],
                "synthesis_dropped": len(result["synthesis"]["dropped"]),
                "synthesis_error": result["synthesis"].get("error"),
                "loadavg_start": load_start,
                "loadavg_after": list(os.getloadavg()),
            }
            print("100 pages", json.dumps(out["hundred_pages"]))
            save()
    finally:
        await registry.aclose()


if __name__ == "__main__":
    asyncio.run(main())
