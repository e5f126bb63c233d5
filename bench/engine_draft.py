"""N-gram speculative decoding in the embedded engine, side by side: the same chat model served twice (drafts
off / on), the same requests sent to each, one engine at a time in the order off, on, on, off, so that both see the
same machine. The requests are the Simplifier's rewrites of the test letters' paragraphs (greedy, JSON
schema), the kind of answer that repeats its prompt; and a few free chat answers, which repeat nothing.

    PYTHONPATH=$PWD .venv/bin/python bench/engine_draft.py [--parts 6] [--chat 3] [--out PATH]

Writes ``bench/results/engine_draft.json``: per request and engine, seconds, the engine process's CPU seconds,
completion tokens, drafted and accepted tokens, and whether both answers are the same; totals and ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import httpx

from communs.apps.plain.simplify import SCHEMA, _prompt, max_tokens_for, plain_rules
from communs.clarity.facts import extract_facts, mask_facts
from communs.clarity.text import split_parts
from communs.config import ProviderConfig, load_settings
from communs.models.artifacts import artifact_path
from communs.models.llamacpp import LlamaCppServer

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "data" / "plain" / "letters"
OUT = Path(__file__).resolve().parent / "results" / "engine_draft.json"
CHAT = (
    "Donne trois conseils pour préparer un entretien d'embauche.",
    "Explique en quelques phrases ce qu'est une mutuelle.",
    "Écris un court message pour prévenir mon employeur que je suis malade.",
)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rewrite_requests(limit: int) -> list[dict]:
    bodies = []
    for path in sorted(LETTERS.glob("letter_*.txt")):
        for part in split_parts(path.read_text(encoding="utf-8")):
            if len(part.split()) <= 25:
                continue
            ruled = plain_rules(part)
            facts = extract_facts(ruled)
            masked, _ = mask_facts(ruled, facts)
            names = [f for f in facts if f.kind in ("office", "document")]
            bodies.append(
                {
                    "messages": _prompt(masked, "clair", names, ""),
                    "max_tokens": max_tokens_for(masked),
                    "temperature": 0,
                    "response_format": {"type": "json_schema", "json_schema": {"name": "texte", "schema": SCHEMA}},
                }
            )
            break  # one paragraph a letter: more letters, more kinds of text
        if len(bodies) == limit:
            break
    return bodies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="qwen2.5-coder-1.5b-instruct-q4_k_m")
    parser.add_argument("--parts", type=int, default=6)
    parser.add_argument("--chat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2, help="1: off then on; 2: off, on, on, off")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    settings = load_settings()
    path = artifact_path(ProviderConfig(backend="llamacpp", artifact=args.model), settings)
    engines = {
        "off": dict(draft_ngram=0),
        "on": dict(draft_ngram=3),
    }
    requests = [("rewrite", b) for b in rewrite_requests(args.parts)]
    requests += [
        ("chat", {"messages": [{"role": "user", "content": q}], "max_tokens": 160, "temperature": 0})
        for q in CHAT[: args.chat]
    ]
    rows: list[dict] = [{"kind": kind} for kind, _ in requests]
    # one engine at a time (each with the memory and caches to itself), in the order off, on, on, off: a slow
    # drift of the machine's load weighs on both alike
    for turn, name in enumerate(("off", "on", "on", "off")[: 2 * args.rounds]):
        engine = LlamaCppServer(path, n_ctx=4096, n_parallel=1, threads=settings.threads, alias="m", **engines[name])
        engine.start()
        try:
            assert engine._process is not None
            pid = engine._process.pid
            for index, (kind, body) in enumerate(requests):
                started, cpu = time.perf_counter(), cpu_seconds(pid)
                reply = httpx.post(
                    engine.base_url + "/chat/completions",
                    json={"model": "m", **body},
                    headers={"Authorization": f"Bearer {engine.api_key}"},
                    timeout=1800,
                ).json()
                timings = reply.get("timings", {})
                run = {
                    "seconds": round(time.perf_counter() - started, 2),
                    "cpu_seconds": round(cpu_seconds(pid) - cpu, 2),
                    "tokens": reply["usage"]["completion_tokens"],
                    "drafted": timings.get("draft_n", 0),
                    "accepted": timings.get("draft_n_accepted", 0),
                    "text": reply["choices"][0]["message"]["content"],
                    "load_average": round(os.getloadavg()[0], 1),
                }
                runs = rows[index].setdefault(name, [])
                runs.append(run)
                print(f"turn {turn} {name} {index} {kind}: {run['seconds']} s, {run['tokens']} tokens", flush=True)
        finally:
            engine.stop()
    for row in rows:
        for name in ("off", "on"):
            runs = row.pop(name)
            row[name] = {
                "seconds": round(sum(r["seconds"] for r in runs) / len(runs), 2),
                "cpu_seconds": round(sum(r["cpu_seconds"] for r in runs) / len(runs), 2),
                "tokens": runs[0]["tokens"],
                "drafted": runs[0]["drafted"],
                "accepted": runs[0]["accepted"],
                "text": runs[0]["text"],
                "runs": [r["seconds"] for r in runs],
            }
        row["same_answer"] = " ".join(row["off"]["text"].split()) == " ".join(row["on"]["text"].split())
    totals = {}
    for kind in ("rewrite", "chat"):
        chosen = [r for r in rows if r["kind"] == kind]
        if not chosen:
            continue
        off = sum(r["off"]["seconds"] for r in chosen)
        on = sum(r["on"]["seconds"] for r in chosen)
        totals[kind] = {
            "requests": len(chosen),
            "seconds_off": round(off, 1),
            "seconds_on": round(on, 1),
            "ratio": round(on / off, 3),
            "cpu_ratio": round(
                sum(r["on"]["cpu_seconds"] for r in chosen) / max(0.01, sum(r["off"]["cpu_seconds"] for r in chosen)), 3
            ),
            "tokens_from_drafts": round(
                sum(r["on"]["accepted"] for r in chosen) / max(1, sum(r["on"]["tokens"] for r in chosen)), 3
            ),
            "same_answers": sum(r["same_answer"] for r in chosen),
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    result = {"model": args.model, "threads": settings.threads, "totals": totals, "requests": rows}
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(json.dumps(totals, indent=1))


if __name__ == "__main__":
    main()
