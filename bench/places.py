"""Places (communs.places): load time and memory of the shipped data, lookup latency, and how often a commune is
found by its name, its postal code and in a sentence.

    .venv/bin/python bench/places.py [--sample 2000] [--seed 7]

Load time is the first load's (the modules already imported), memory the Python objects a second, traced load
keeps (tracemalloc) and the resident memory the first one added.
Queries are drawn from the shipped data itself (a seeded sample of communes): the figures say how the lookups
behave on every kind of name (homonyms, articles, hyphens), not how well they read real users' messages.
Results: bench/results/places.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communs.errors import CommunsError  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "places.json"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def timed(calls: list) -> dict:
    """p50 / p95 / max in ms of each call."""
    times = []
    for call in calls:
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "n": len(times),
        "p50_ms": round(statistics.median(times), 3),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 3),
        "max_ms": round(times[-1], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from communs.places import find_mention, load_gazetteer, lookup
    from communs.places import gazetteer as module

    before = rss_mb()
    cpu, wall = time.process_time(), time.perf_counter()
    gazetteer = load_gazetteer()
    load = {"cpu_s": round(time.process_time() - cpu, 2), "wall_s": round(time.perf_counter() - wall, 2)}
    rss = round(rss_mb() - before, 1)
    tracemalloc.start()  # a second load, traced (tracing slows it: not timed)
    module.load_gazetteer.cache_clear()
    again = load_gazetteer()
    traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(again.places) == len(gazetteer.places)
    del again
    memory = {
        "python_objects_mb": round(traced[0] / 1e6, 1),
        "peak_while_loading_mb": round(traced[1] / 1e6, 1),
        "rss_increase_mb": rss,
    }

    communes = [p for p in gazetteer.places if p.kind == "commune"]
    sample = random.Random(args.seed).sample(communes, args.sample)
    located = [p for p in sample if p.lat is not None and p.lon is not None]
    with_postal = [p for p in sample if p.postal_codes]

    def first(query: str):
        try:
            return lookup(query).places
        except CommunsError:
            return []

    by_name_first = sum(1 for p in sample if (first(p.name) or [None])[0] == p)
    by_name_among = sum(1 for p in sample if p in first(p.name))
    by_postal_among = sum(1 for p in with_postal if p in first(p.postal_codes[0]))
    sentences = {
        "capitalised": "J'aimerais rester près de {}.",
        "lower_case": "j'aimerais rester près de {}",
        "after_a": "je vis à {} depuis deux ans",
    }
    in_text = {}
    for label, template in sentences.items():
        hits = 0
        for place in sample:
            name = place.name if label != "lower_case" else place.name.lower()
            mention = find_mention(gazetteer, template.format(name))
            hits += bool(mention and mention.place and (mention.place == place or place in mention.alternatives))
        in_text[label] = round(hits / len(sample), 3)

    latency = {
        "name": timed([lambda p=p: lookup(p.name) for p in sample[:500]]),
        "postal_code": timed([lambda p=p: lookup(p.postal_codes[0]) for p in with_postal[:500]]),
        "sentence": timed([lambda p=p: lookup(f"je cherche une formation près de {p.name}") for p in sample[:500]]),
        "name_and_10_nearest": timed([lambda p=p: lookup(p.name, nearest=10) for p in located[:500]]),
        "suggest_3_letters": timed([lambda p=p: gazetteer.complete(p.name[:3], 8) for p in sample[:500]]),
    }
    result = {
        "data": gazetteer.source,
        "places": len(gazetteer.places),
        "communes": len(communes),
        "load": load,
        "memory": memory,
        "sample": args.sample,
        "seed": args.seed,
        "found_by_name_first": round(by_name_first / len(sample), 3),
        "found_by_name_among_homonyms": round(by_name_among / len(sample), 3),
        "found_by_postal_code_among_communes": round(by_postal_among / len(with_postal), 3),
        "found_in_a_sentence": in_text,
        "latency": latency,
    }
    RESULTS.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
