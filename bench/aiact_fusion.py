"""SONIC fusion weights across the question sets, leave-one-set-out: the retrieval's signals (hybrid ranking,
recital, glossary and lay-profile votes) are computed once per question and cached, then recall@5 of each weight
setting is computed from them without the models (retrieve.rank). For each set left out, the setting best on the
other sets is reported with its recall on the set left out.

    PYTHONPATH=$PWD .venv/bin/python bench/aiact_fusion.py [--cache /tmp/aiact_signals.pkl] [--grid NAME=V1,V2 ...]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import itertools
import json
import pickle
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communs.apps.aiact.act import load_act  # noqa: E402
from communs.apps.aiact.glossary import expand  # noqa: E402
from communs.apps.aiact.index import embed, open_index  # noqa: E402
from communs.apps.aiact.retrieve import Signals, Weights, asked, rank, signals  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402

DATA = ROOT / "bench" / "data" / "aiact"
SETS = ["questions", *(f"questions_blind{n}" for n in range(1, 7))]


async def collect(sets: list[str]) -> dict[str, list[tuple[dict, Signals]]]:
    out: dict[str, list[tuple[dict, Signals]]] = {}
    with tempfile.TemporaryDirectory() as home:
        settings = load_settings(home=Path(home), threads=2)
        registry = Registry(settings)
        index = await open_index(settings, registry)
        for name in sets:
            rows = []
            for q in json.loads((DATA / f"{name}.json").read_text())["questions"]:
                query = expand(q["q"])
                texts = [query] if query == q["q"] else [query, q["q"]]
                asking = asked(q["q"])
                distinct = asking != q["q"].strip()
                vectors = await embed(registry, [*texts, asking] if distinct else texts, "query")
                vectors, asked_vector = (vectors[:-1], vectors[-1]) if distinct else (vectors, None)
                rows.append((q, await signals(index, q["q"], query, vectors, 5, asked_vector=asked_vector)))
            out[name] = rows
            print("collected", name, len(rows), flush=True)
        index.store.close()
        await registry.aclose()
    return out


def recall(act: Any, rows: list[tuple[dict, Signals]], weights: Weights, k: int = 5) -> float:
    values = []
    for q, found in rows:
        tops = {act.top(i) for i in rank(act, found, k, weights)[0]}
        values.append(sum(g in tops for g in q["gold"]) / len(q["gold"]))
    return statistics.mean(values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "aiact_signals.pkl")
    parser.add_argument("--grid", nargs="*", default=[], help="a Weights field and its values: cited=0.2,0.3")
    args = parser.parse_args()
    if args.cache.is_file():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = asyncio.run(collect(SETS))
        args.cache.write_bytes(pickle.dumps(data))
    act = load_act()
    axes = {name: [float(v) for v in values.split(",")] for name, values in (g.split("=") for g in args.grid)}
    settings = [Weights(**dict(zip(axes, combo))) for combo in itertools.product(*axes.values())] or [Weights()]
    table = {w: {name: recall(act, rows, w) for name, rows in data.items()} for w in settings}
    default = Weights()
    fields = list(axes)

    def label(w: Weights) -> str:
        return " ".join(f"{f}={getattr(w, f)}" for f in fields) or "default"

    for w, row in sorted(table.items(), key=lambda item: -statistics.mean(item[1].values()))[:15]:
        print(f"{statistics.mean(row.values()):.3f}", label(w), {n: round(v, 3) for n, v in row.items()})
    for left in data:
        best = max(settings, key=lambda w: statistics.mean(v for n, v in table[w].items() if n != left))
        base = table.get(default) or {left: recall(act, data[left], default)}
        print(f"leave out {left}: {label(best)} → {table[best][left]:.3f} (default {base[left]:.3f})")
    print("fields:", [f.name for f in dataclasses.fields(Weights)])


if __name__ == "__main__":
    main()
