"""De Facto's misses by class, on dossiers read once by bench/dossier_replay.py (its ``--home``).

    .venv/bin/python bench/dossier_misses.py --home /tmp/df-home --case-dir bench/data/dossier [--cases a,b] [--list]

Each question is answered with the current code (extractive) and, when it misses, put in one class:

* ``refused``: an answerable question answered "pas dans le dossier";
* ``answered_unanswerable``: a question the file does not answer, answered;
* ``not_retrieved``: no gold page among the search's candidates (lexical and semantic, before the rerank);
* ``ranked_below``: a gold page among the candidates, but the answer cites other pages (its rank given);
* ``figure_missing``: a gold page cited, the figure asked for absent from the answer;

with, for each, whether the gold pages are image pages (OCR) and whether the figure is in their OCR text at all
(``figure_in_ocr``: False is OCR noise), and the question's kinds of answer (query.py).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dossier as bench  # noqa: E402

from communs.apps.dossier.ask import answer  # noqa: E402
from communs.apps.dossier.jobs import JobStore  # noqa: E402
from communs.apps.dossier.query import analyse_question  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402


async def classify(home: Path, cases: list[str] | None, listing: bool) -> dict:
    registry = Registry(load_settings(home=home, models_dir=Path.home() / ".local" / "share" / "communs" / "models"))
    store = JobStore(home)
    manifest = json.loads((home / "replay.json").read_text(encoding="utf-8"))
    classes: Counter = Counter()
    rows = []
    try:
        for case, entry in manifest.items():
            if cases and case not in cases:
                continue
            kinds = {i + 1: kind for i, (kind, _) in enumerate(importlib.import_module(f"case_{case}").PAGES)}
            answers = entry["gold"].get("answers", {})
            index = store.index(store.get(entry["job"]))
            page_text: dict[int, str] = {}
            for p in index.passages:
                page_text[p.page] = page_text.get(p.page, "") + " " + p.text
            for item in entry["gold"]["questions"]:
                reply = await answer(index, item["question"], registry, use_llm=False)
                want = answers.get(item["question"])
                gold = item["pages"]
                hit = bench.question_hit(reply, item)
                got_figure = want is None or bench._squash(want) in bench._squash(reply["answer"])
                if hit and got_figure:
                    continue
                query = analyse_question(item["question"], set(index.df))
                ranked, _ = await index.search(query, registry)
                candidate_pages = [index.passages[i].page for i, _ in ranked]
                if not item["answerable"]:
                    klass = "answered_unanswerable"
                elif not reply["found"]:
                    klass = "refused"
                elif not hit:
                    klass = "ranked_below" if set(gold) & set(candidate_pages) else "not_retrieved"
                else:
                    klass = "figure_missing"
                in_ocr = any(bench._squash(want) in bench._squash(page_text.get(g, "")) for g in gold) if want else None
                rank = next((r for r, p in enumerate(candidate_pages) if p in gold), None)
                row = {
                    "case": case,
                    "question": item["question"],
                    "class": klass,
                    "kinds": query.kinds,
                    "gold": gold,
                    "gold_kinds": sorted({kinds.get(g, "?") for g in gold}),
                    "figure": want,
                    "figure_in_ocr": in_ocr,
                    "gold_rank": rank,
                    "pages": reply["pages"],
                    "answer": reply["answer"][:160],
                }
                classes[klass] += 1
                if in_ocr is False:
                    classes["of which figure not in the OCR text"] += 1
                rows.append(row)
                if listing:
                    print(json.dumps(row, ensure_ascii=False))
            index.close()
    finally:
        await registry.aclose()
    kinds_count = Counter(k for row in rows for k in row["kinds"] or ["(none)"])
    return {"classes": dict(classes), "kinds_of_missed": dict(kinds_count), "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--cases", default=None)
    parser.add_argument("--case-dir", type=Path, default=None)
    parser.add_argument("--list", action="store_true", help="print each miss")
    args = parser.parse_args()
    out = asyncio.run(classify(args.home, args.cases.split(",") if args.cases else None, args.list))
    print(json.dumps({k: v for k, v in out.items() if k != "rows"}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
