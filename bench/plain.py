"""Simplifier benchmark: reading-ease gain and fact preservation on real fiches and jargon-heavy letters.

Texts: the 23 service-public.fr fiches of ``tests/data/service_public_fiches/txt`` and the annotated
letters of ``tests/data/plain/letters`` (written by us, with gold facts and jargon). Each text goes
through ``simplify`` with the embedded default chat model (1.5B), exactly as the API runs it.

Measured, per text and on average:
- Kandel–Moles reading ease before / after, scored by an independent implementation (``textstat``
  in French), and by ours for comparison; the target is a gain of at least +15 points on average;
- facts kept: the facts our rules extract (all must be kept), and, for the letters, the gold facts of
  the annotation found verbatim (spaces normalised) in the rewrite: an independent check;
- jargon recall of the clarity engine on the letters' annotated terms (target ≥ 0.9);
- time per text and share of parts rewritten / left unchanged / kept original.

Rewriting ~150,000 characters takes about an hour on 2 cores, so each text's result is stored in
``bench/results/plain/<id>.json`` and a rerun skips the texts already done (``--fresh`` to redo).

    .venv/bin/python bench/plain.py [--only letters|fiches] [--limit N] [--max-chars N] [--fresh]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

import textstat

from communs.apps.plain.simplify import MAX_CHARS, simplify
from communs.clarity import analyze
from communs.clarity.lexicon import jargon_index
from communs.config import load_settings
from communs.models.registry import Registry
from communs.models.trace import tracing

ROOT = Path(__file__).resolve().parent.parent
FICHES = ROOT / "tests" / "data" / "service_public_fiches" / "txt"
LETTERS = ROOT / "tests" / "data" / "plain" / "letters"
RESULTS = Path(__file__).resolve().parent / "results"
RUNS = RESULTS / "plain"
GAIN_TARGET = 15.0
JARGON_TARGET = 0.9


def fiche_body(text: str) -> str:
    """A fiche's body: the rendering starts with title, URL and date lines, which are not prose."""
    lines = text.splitlines()
    body = [line for line in lines if not re.match(r"^(https?://|modified \d{4}-|Vérifié le)", line.strip())]
    return "\n".join(body).strip()


def corpus(only: str | None) -> list[tuple[str, str, dict]]:
    texts: list[tuple[str, str, dict]] = []
    if only in (None, "letters"):
        for path in sorted(LETTERS.glob("letter_*.txt")):
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            texts.append((path.stem, path.read_text(encoding="utf-8"), gold))
    if only in (None, "fiches"):
        for path in sorted(FICHES.glob("F*.txt")):
            texts.append((path.stem, fiche_body(path.read_text(encoding="utf-8")), {}))
    return texts


def within_limit(text: str) -> list[str]:
    """The text in pieces of at most MAX_CHARS characters, cut between paragraphs."""
    pieces, current = [], ""
    for paragraph in re.split(r"\n\s*\n", text):
        if current and len(current) + len(paragraph) + 2 > MAX_CHARS:
            pieces.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    return [*pieces, current] if current else pieces


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " ")).strip()


# A deadline's wording around its duration is jargon the rewrite may change ("dans un délai de deux
# mois" -> "dans les deux mois"): the gold fact's core, the duration itself, must be there verbatim.
DEADLINE_WORDING = re.compile(r"^(dans (un|le) délai de|sous un délai de|sous|dans|à compter du|à compter de)\s+")


def fact_core(fact: str) -> str:
    return DEADLINE_WORDING.sub("", flat(fact))


def reading_ease(text: str) -> float:
    textstat.set_lang("fr")
    return round(textstat.flesch_reading_ease(text), 1)


async def run_one(registry: Registry, name: str, text: str, gold: dict) -> dict:
    started = time.perf_counter()
    with tracing() as trace:
        pieces = [await simplify(piece, registry) for piece in within_limit(text)]
    seconds = time.perf_counter() - started
    result = pieces[0]
    if len(pieces) > 1:  # a text over the API's limit: simplified in pieces, as a client would
        joined = "\n\n".join(p.text for p in pieces)
        result.text, result.before, result.after = joined, analyze(text), analyze(joined)
        result.parts = [part for p in pieces for part in p.parts]
        result.kept_facts = [f for p in pieces for f in p.kept_facts]
        result.missing_facts = [f for p in pieces for f in p.missing_facts]
    statuses = [p.status for p in result.parts]
    record = {
        "id": name,
        "chars": len(text),
        "seconds": round(seconds, 1),
        "textstat_before": reading_ease(text),
        "textstat_after": reading_ease(result.text),
        "ours_before": result.before.kandel_moles,
        "ours_after": result.after.kandel_moles,
        "words_per_sentence": [result.before.words_per_sentence, result.after.words_per_sentence],
        "facts": len(result.kept_facts) + len(result.missing_facts),
        "missing_facts": [f.text for f in result.missing_facts],
        "parts": {s: statuses.count(s) for s in ("simplified", "unchanged", "kept_original")},
        "text": result.text,
        "model": trace.summary(),
    }
    if gold.get("facts"):
        rewritten = flat(result.text)
        record["gold_facts"] = len(gold["facts"])
        record["gold_facts_missing"] = [f for f in gold["facts"] if fact_core(f) not in rewritten]
    return record


def jargon_recall() -> dict:
    found = expected = 0
    for path in sorted(LETTERS.glob("letter_*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["jargon"]
        hits = {m.entry.term for m in jargon_index().find(path.read_text(encoding="utf-8"))}
        expected += len(gold)
        found += sum(1 for term in gold if term in hits)
    return {"recall": round(found / max(1, expected), 3), "terms": expected}


def summarise(records: list[dict]) -> dict:
    def group(rs: list[dict]) -> dict:
        if not rs:
            return {}
        gains = [r["textstat_after"] - r["textstat_before"] for r in rs]
        parts = {k: sum(r["parts"][k] for r in rs) for k in ("simplified", "unchanged", "kept_original")}
        return {
            "texts": len(rs),
            "textstat_before": round(statistics.mean(r["textstat_before"] for r in rs), 1),
            "textstat_after": round(statistics.mean(r["textstat_after"] for r in rs), 1),
            "textstat_gain": round(statistics.mean(gains), 1),
            "ours_gain": round(statistics.mean(r["ours_after"] - r["ours_before"] for r in rs), 1),
            "facts": sum(r["facts"] for r in rs),
            "facts_missing": sum(len(r["missing_facts"]) for r in rs),
            "gold_facts": sum(r.get("gold_facts", 0) for r in rs),
            "gold_facts_missing": sum(len(r.get("gold_facts_missing", [])) for r in rs),
            "parts": parts,
            "seconds": round(sum(r["seconds"] for r in rs), 1),
            "chars": sum(r["chars"] for r in rs),
        }

    # a page without sentences (a guided-search menu: a list of regions) gets a meaningless negative score from
    # textstat: listed, not averaged
    unscorable = [r["id"] for r in records if r["textstat_before"] < 0]
    records = [r for r in records if r["textstat_before"] >= 0]
    letters = [r for r in records if r["id"].startswith("letter_")]
    fiches = [r for r in records if not r["id"].startswith("letter_")]
    overall = group(records)
    return {
        "model": "default chat model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M, embedded)",
        "scorer": f"textstat {textstat.__version__} flesch_reading_ease, lang fr (Kandel–Moles)",
        "gain_target": GAIN_TARGET,
        "all": overall,
        "letters": group(letters),
        "fiches": group(fiches),
        "gain_target_met": bool(overall) and overall["textstat_gain"] >= GAIN_TARGET,
        "all_facts_kept": bool(overall) and overall["facts_missing"] == 0 and overall["gold_facts_missing"] == 0,
        "not_scored": unscorable,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["letters", "fiches"])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--max-chars", type=int, help="skip texts longer than this (a sample of the short fiches)")
    args = parser.parse_args()
    RUNS.mkdir(parents=True, exist_ok=True)
    texts = [t for t in corpus(args.only) if not args.max_chars or len(t[1]) <= args.max_chars][: args.limit]
    registry = Registry(load_settings())
    try:
        for name, text, gold in texts:
            out = RUNS / f"{name}.json"
            if out.exists() and not args.fresh:
                continue
            record = await run_one(registry, name, text, gold) | {"load_average": os.getloadavg()[0]}
            out.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
            print(
                f"{name}: textstat {record['textstat_before']} -> {record['textstat_after']}, "
                f"facts missing {len(record['missing_facts'])}, {record['seconds']} s",
                file=sys.stderr,
                flush=True,
            )
    finally:
        await registry.aclose()
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RUNS.glob("*.json"))]
    summary = summarise(records) | {"jargon": jargon_recall()}
    (RESULTS / "plain.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
