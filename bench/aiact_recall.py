"""SONIC retrieval on every question set at once, without the chat model: recall@5, recall@10 and MRR of the
gold articles (article or annex level), the misses at 5, and the refusals.

    .venv/bin/python bench/aiact_recall.py [--sets questions questions_blind2] [--out PATH [--key NAME]] [--misses]
        [--milvus URI|lite]

``--milvus``: the index in a Milvus server (``lite``: a Milvus Lite server started for the run), as a fleet
configured with ``search: {backend: milvus}`` keeps it; by default the embedded SQLite index.

recall@k: share of a question's gold articles among the articles of its first k passages, averaged over the
questions; MRR: 1 / the rank of the first gold article among the first 10 (0 if none). The sets are the seen
development sets of bench/data/aiact (see bench/aiact.py); bench/aiact.py stays the reference for recall@5.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communs.apps.aiact.index import open_index  # noqa: E402
from communs.apps.aiact.retrieve import retrieve  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402

DATA = ROOT / "bench" / "data" / "aiact"
SETS = [
    "questions",
    "questions_blind1",
    "questions_blind2",
    "questions_blind3",
    "questions_blind4",
    "questions_blind5",
    "questions_blind6",
    "questions_blind7",
]


def ranked_tops(act: Any, ids: list[str]) -> list[str]:
    """The articles and annexes of the passages, in order, each once."""
    out: list[str] = []
    for ident in ids:
        if act.top(ident) not in out:
            out.append(act.top(ident))
    return out


async def measure(index: Any, questions: list[dict], outside: list[dict]) -> dict[str, Any]:
    act = index.act
    at5, at10, rr, misses, wrongly_refused = [], [], [], [], []
    for q in questions:
        tops10 = ranked_tops(act, (await retrieve(index, q["q"], 10)).ids)
        found = await retrieve(index, q["q"], 5)  # as the product and bench/aiact.py ask
        tops5 = ranked_tops(act, found.ids)
        if not found.in_scope:
            wrongly_refused.append(q["q"])
        gold = q["gold"]
        at5.append(sum(g in tops5 for g in gold) / len(gold))
        at10.append(sum(g in tops10 for g in gold) / len(gold))
        rr.append(next((1 / (i + 1) for i, t in enumerate(tops10) if t in gold), 0.0))
        if at5[-1] < 1:
            misses.append({"q": q["q"], "gold": gold, "top10": tops10})
    refused = [not (await retrieve(index, q["q"], 5)).in_scope for q in outside]
    return {
        "recall_at_5": round(statistics.mean(at5), 3),
        "recall_at_10": round(statistics.mean(at10), 3),
        "mrr": round(statistics.mean(rr), 3),
        "outside_refused": f"{sum(refused)}/{len(refused)}",
        "wrongly_refused": f"{len(wrongly_refused)}/{len(questions)}",
        "wrongly_refused_questions": wrongly_refused,
        "misses": misses,
    }


@contextlib.contextmanager
def milvus(uri: str | None, folder: Path) -> Iterator[str | None]:
    """The Milvus server's URI (None: the embedded index); ``lite``: a Milvus Lite server for the run."""
    if uri != "lite":
        yield uri
        return
    from communs.search.milvus_support import lite_server

    with lite_server(folder / "milvus") as started:
        yield started


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="*", default=SETS)
    parser.add_argument("--out", type=Path, default=None, help="write the figures and misses here")
    parser.add_argument("--key", default=None, help="write under this key of --out, keeping the file's other keys")
    parser.add_argument("--misses", action="store_true", help="print the misses at 5")
    parser.add_argument("--milvus", default=None, help="the index in this Milvus server ('lite': one started here)")
    args = parser.parse_args()
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as home, milvus(args.milvus, Path(home)) as uri:
        settings = load_settings(home=Path(home), threads=2, search_uri=uri)
        registry = Registry(settings)
        index = await open_index(settings, registry)
        for name in args.sets:
            data = json.loads((DATA / f"{name}.json").read_text())
            out[name] = await measure(index, data["questions"], data["out_of_scope"])
            brief = {k: v for k, v in out[name].items() if k not in ("misses", "wrongly_refused_questions")}
            print(name, brief, flush=True)
            if args.misses:
                for m in out[name]["misses"]:
                    print("  ", m["gold"], m["top10"][:6], m["q"][:150])
        index.store.close()
        await registry.aclose()
    if args.out:
        if args.key:
            out = {**(json.loads(args.out.read_text()) if args.out.is_file() else {}), args.key: out}
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    asyncio.run(main())
