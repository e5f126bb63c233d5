"""ZenIA (orientation) benchmark: hit@5 of the recommended métiers on bench/orientation_profiles.json.

    .venv/bin/python bench/orientation.py [--with-model] [--model qwen2.5-coder-1.5b]

Sets (one message per profile; gold: acceptable ROME 4.0 codes or domaine professionnel prefixes): --set dev,
orientation_profiles.json (26, written before the matcher was tuned; tuning then looked at them, so its figure is a
development figure), --set fresh, orientation_profiles_fresh.json (12, stricter gold, written after the matcher and
never used to tune it).
Default: rules + e5 matching, no chat model (deterministic). --with-model lets the chat model fill thin profiles
(the product's default) and times the whole turn, reply included.
Results: bench/results/orientation_<set>[_with_model].json.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communs.apps.orientation import orient  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402

SETS = {
    "dev": ROOT / "bench" / "orientation_profiles.json",
    "fresh": ROOT / "bench" / "orientation_profiles_fresh.json",
}
RESULTS = ROOT / "bench" / "results" / "orientation_dev.json"


def acceptable(code: str, gold: list[str]) -> bool:
    return any(code == g or (len(g) < 5 and code.startswith(g)) for g in gold)


async def run(with_model: bool, model: str | None, which: str, path: Path | None = None) -> dict:
    settings = load_settings(home=Path(tempfile.mkdtemp(prefix="bench-orientation-")), threads=2)
    registry = Registry(settings)
    rows = []
    try:
        for item in json.loads((path or SETS[which]).read_text())["profiles"]:
            started = time.perf_counter()
            result = await orient(
                registry, [{"role": "user", "content": item["text"]}], k=5, model=model, use_llm=with_model
            )
            seconds = time.perf_counter() - started
            codes = [c.metier.code for c in result.cards]
            ranks = [i + 1 for i, c in enumerate(codes) if acceptable(c, item["gold"])]
            rows.append(
                {
                    "id": item["id"],
                    "hit": bool(ranks),
                    "first_rank": ranks[0] if ranks else None,
                    "top5": [f"{c.metier.code} {c.metier.title}" for c in result.cards],
                    "reply_source": result.reply_source,
                    "seconds": round(seconds, 2),
                }
            )
            mark = "ok  " if ranks else "MISS"
            print(f"{mark} {item['id']:22} {seconds:5.1f}s  " + " | ".join(rows[-1]["top5"]), flush=True)
    finally:
        await registry.aclose()
    hits = sum(r["hit"] for r in rows)
    reciprocal = sum(1 / r["first_rank"] for r in rows if r["first_rank"]) / len(rows)
    return {
        "set": which,
        "profiles": len(rows),
        "hit_at_5": round(hits / len(rows), 3),
        "mrr_at_5": round(reciprocal, 3),
        "with_model": with_model,
        "replies_from_model": sum(r["reply_source"] == "model" for r in rows),
        "seconds_p50": sorted(r["seconds"] for r in rows)[len(rows) // 2],
        "model": model or settings.default_chat_model,
        "load_average": os.getloadavg()[0],
        "rows": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-model", action="store_true")
    parser.add_argument("--model")
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--set-file", type=Path, help="any profile set ({'profiles': [{'id', 'text', 'gold'}]})")
    parser.add_argument("--out", type=Path, help="results file (default: bench/results/orientation_<set>.json)")
    args = parser.parse_args()
    if args.set_file:
        args.set = args.set_file.stem
    result = asyncio.run(run(args.with_model, args.model, args.set, args.set_file))
    print(f"hit@5 {result['hit_at_5']:.3f}  MRR@5 {result['mrr_at_5']:.3f}  on {result['profiles']} profiles")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    name = args.out or RESULTS.with_name(f"orientation_{args.set}{'_with_model' if args.with_model else ''}.json")
    name.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
