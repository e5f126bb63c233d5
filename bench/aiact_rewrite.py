"""The chat model rewriting a lay question into the Act's vocabulary, measured on missed questions only (slow on
shared cores): recall@5 of the product's retrieval before, and of the rewrite + the question after, with the
seconds per call and the load average. Not in the product: ``ask`` must stay within 15 s on 2 idle cores.

    PYTHONPATH=$PWD nice python bench/aiact_rewrite.py MISSES.json   # a list of {"q", "gold"}, e.g. the
    # "misses_with_glossary" of bench/aiact.py's --out file
"""

import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
from communs.apps.aiact.index import open_index
from communs.apps.aiact.retrieve import retrieve
from communs.config import load_settings
from communs.models.chat import complete
from communs.models.registry import Registry

SYSTEM = (
    "You rewrite a person's question about the EU AI Act (Regulation 2024/1689) for a search in the Act's "
    "English text. Reply with one English sentence using the Act's own legal terms (e.g. prohibited AI "
    "practices, high-risk AI system, provider, deployer, importer, notified body, conformity assessment, "
    "general-purpose AI model, transparency obligations, penalties). Reply with the sentence only."
)


def _recall(act, ids, gold):
    tops = {act.top(i) for i in ids}
    return sum(g in tops for g in gold) / len(gold)


async def main():
    misses = json.loads(Path(sys.argv[1]).read_text())
    with tempfile.TemporaryDirectory() as home:
        settings = load_settings(home=Path(home), models_dir=Path.home() / ".local/share/communs/models", threads=2)
        reg = Registry(settings)
        index = await open_index(settings, reg)
        act = index.act
        rows = []
        for m in misses:
            before = await retrieve(index, m["q"], 5)
            load = os.getloadavg()[0]
            t = time.perf_counter()
            text = await complete(
                reg,
                [{"role": "system", "content": SYSTEM}, {"role": "user", "content": m["q"]}],
                max_tokens=60,
                temperature=0.0,
            )
            dt = time.perf_counter() - t
            after = await retrieve(index, text + "\n" + m["q"], 5)
            rows.append((_recall(act, before.ids, m["gold"]), _recall(act, after.ids, m["gold"]), dt, load))
            print(
                round(rows[-1][0], 2),
                round(rows[-1][1], 2),
                f"{dt:.1f}s load {load:.1f}",
                "|",
                text[:160],
                flush=True,
            )
        n = len(rows)
        print(
            "before",
            sum(r[0] for r in rows) / n,
            "after",
            sum(r[1] for r in rows) / n,
            "sec/call",
            sum(r[2] for r in rows) / n,
            "load",
            sum(r[3] for r in rows) / n,
        )


asyncio.run(main())
