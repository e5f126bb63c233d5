"""Part (a) of the gateway benchmark: streaming on the real engine, direct versus through communs.

One llama.cpp server (``LlamaCppServer``) is reached directly and through ``communs serve``, whose
only model is an ``openai`` provider at that server's URL: both paths hit the very same engine.
The same streaming chat requests (fixed prompts, temperature 0, fixed seed) go in pairs:

- sequential: one path after the other, in ABBA order, so that drift weighs on both alike;
- concurrent: both paths at once; llama.cpp decodes the two in the same batch, so a noisy,
  shared machine slows both alike and what differs is the gateway's own cost.

tokens/s = completion tokens / total stream duration (request sent -> last byte);
TTFT = request sent -> first chunk that carries content.
"""

from __future__ import annotations

import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from servers import HEADERS, Child, client_for, percentile, start_communs

from communs.config import load_settings
from communs.models.artifacts import QWEN_05B, QWEN_15B, require
from communs.models.llamacpp import LlamaCppServer

ARTIFACTS = {"qwen2.5-coder-0.5b": QWEN_05B, "qwen2.5-coder-1.5b": QWEN_15B}
PROMPTS = [
    "Écris une fonction Python qui calcule la moyenne d'une liste de nombres.",
    "Explain in two sentences what an HTTP reverse proxy does.",
    "Écris une requête SQL qui compte les usagers par commune dans une table `usagers`.",
    "Write a bash one-liner that counts the lines of every .py file in a folder.",
]
WARMUP_PAIRS = 2


def stream_once(client: httpx.Client, url: str, body: dict) -> dict[str, Any]:
    """One streamed chat completion: TTFT, duration, completion tokens and the text."""
    started = time.perf_counter()
    first: float | None = None
    text: list[str] = []
    chunks = 0
    usage: dict = {}
    with client.stream("POST", url + "/chat/completions", content=json.dumps(body), headers=HEADERS) as response:
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}: {response.read()[:300]!r}")
        for line in response.iter_lines():
            if not line.startswith("data:") or line[5:].strip() == "[DONE]":
                continue
            chunk = json.loads(line[5:])
            usage = chunk.get("usage") or usage
            for choice in chunk.get("choices") or []:
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    first = first or time.perf_counter()
                    chunks += 1
                    text.append(piece)
    ended = time.perf_counter()
    return {
        "ttft": (first or ended) - started,
        "duration": ended - started,
        "tokens": int(usage.get("completion_tokens") or chunks),
        "text": "".join(text),
    }


def _summarise(pairs: list[dict[str, dict]], errors: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"pairs": len(pairs), "errors": errors}
    for name in ("direct", "communs"):
        rows = [pair[name] for pair in pairs]
        tokens = sum(r["tokens"] for r in rows)
        duration = sum(r["duration"] for r in rows)
        out[name] = {
            "tokens": tokens,
            "tokens_per_s": tokens / duration if duration else 0.0,
            "ttft_p50_ms": percentile([r["ttft"] * 1000 for r in rows], 50),
            "ttft_mean_ms": statistics.fmean(r["ttft"] * 1000 for r in rows) if rows else float("nan"),
        }
    direct_rate = out["direct"]["tokens_per_s"]
    out["ratio"] = out["communs"]["tokens_per_s"] / direct_rate if direct_rate else float("nan")
    per_pair = [
        (p["communs"]["tokens"] / p["communs"]["duration"]) / (p["direct"]["tokens"] / p["direct"]["duration"])
        for p in pairs
        if p["direct"]["tokens"] and p["communs"]["tokens"]
    ]
    out["ratio_median_of_pairs"] = percentile(per_pair, 50)
    out["identical_outputs"] = sum(p["direct"]["text"] == p["communs"]["text"] for p in pairs)
    out["rows"] = [
        {
            name: {
                "tokens": p[name]["tokens"],
                "ttft_ms": round(p[name]["ttft"] * 1000, 1),
                "duration_s": round(p[name]["duration"], 3),
            }
            for name in ("direct", "communs")
        }
        for p in pairs
    ]
    return out


def _run_pairs(
    mode: str, paths: dict[str, str], model: str, count: int, max_tokens: int, time_budget: float
) -> dict[str, Any]:
    pairs: list[dict[str, dict]] = []
    errors: list[str] = []
    deadline = time.monotonic() + time_budget
    clients = {name: client_for(300, keep_alive=False) for name in paths}
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            for i in range(count + WARMUP_PAIRS):
                if time.monotonic() > deadline:
                    print(f"  (a) {mode}: stopped after {i} pairs: over its {time_budget:.0f} s budget")
                    break
                # cache_prompt=false: llama.cpp must not reuse the prompt that the other path just sent.
                body = {
                    "model": model,
                    "messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}],
                    "temperature": 0,
                    "seed": 42,
                    "max_tokens": max_tokens,
                    "stream": True,
                    "stream_options": {"include_usage": True},
                    "cache_prompt": False,
                }
                try:
                    if mode == "concurrent":
                        futures = {
                            name: pool.submit(stream_once, clients[name], url, body) for name, url in paths.items()
                        }
                        pair = {name: future.result(timeout=600) for name, future in futures.items()}
                    else:
                        order = ("direct", "communs") if i % 2 == 0 else ("communs", "direct")  # ABBA
                        pair = {name: stream_once(clients[name], paths[name], body) for name in order}
                except (httpx.HTTPError, RuntimeError, TimeoutError) as exc:
                    errors.append(f"pair {i}: {exc!r}"[:300])
                    print(f"  (a) {mode} pair {i} failed: {exc!r}"[:300])
                    continue
                if i >= WARMUP_PAIRS:
                    pairs.append(pair)
    finally:
        for client in clients.values():
            client.close()
    return _summarise(pairs, errors)


def engine_streaming(
    model: str, requests: int, max_tokens: int, modes: list[str], time_budget: float, workdir: Path
) -> dict[str, Any]:
    """Run the streaming pairs in each mode; returns the figures by mode."""
    settings = load_settings()
    engine = LlamaCppServer(require(ARTIFACTS[model], settings.models_dir), threads=2, alias=model)
    communs: Child | None = None
    out: dict[str, Any] = {"model": model, "max_tokens": max_tokens, "requests_per_path": requests}
    try:
        engine.start()
        communs = start_communs(workdir / "a", settings.models_dir, model, engine.base_url, model)
        paths = {"direct": engine.base_url, "communs": communs.url + "/v1"}
        for mode in modes:
            print(f"  (a) {mode} pairs...", flush=True)
            out[mode] = _run_pairs(mode, paths, model, requests, max_tokens, time_budget)
    finally:
        if communs is not None:
            communs.stop()
        engine.stop()
    return out
