"""Gateway benchmark: what communs costs in front of an engine, and next to the LiteLLM proxy.

(a) Streaming throughput on the real embedded engine: one llama.cpp server, reached directly
    and through ``communs serve`` (an ``openai`` provider at the same URL), with the same
    streaming chat workload sent in ABBA order so that drift weighs on both paths alike.
    tokens/s = completion tokens / total stream duration (request sent -> last byte);
    TTFT = request sent -> first chunk carrying content. Target: communs/direct >= 0.97.
(b) Overhead alone: a fake upstream that answers at once (bench/fake_upstream.py), reached
    directly, through communs and through the LiteLLM proxy, interleaved request by request.
    added latency = percentile(latency through the gateway) - same percentile(direct).
    Target: communs p50 added <= 2 ms.

    .venv/bin/python bench/gateway.py [--requests N] [--model qwen2.5-coder-0.5b]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from communs.config import load_settings
from communs.models.artifacts import QWEN_05B, QWEN_15B, require
from communs.models.llamacpp import LlamaCppServer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from servers import MASTER_KEY, Child, ensure_litellm, start_communs, start_fake_upstream, start_litellm  # noqa: E402

ARTIFACTS = {"qwen2.5-coder-0.5b": QWEN_05B, "qwen2.5-coder-1.5b": QWEN_15B}
RESULTS = Path(__file__).resolve().parent / "results" / "gateway.json"
PROMPTS = [
    "Écris une fonction Python qui calcule la moyenne d'une liste de nombres.",
    "Explain in two sentences what an HTTP reverse proxy does.",
    "Écris une requête SQL qui compte les usagers par commune dans une table `usagers`.",
    "Write a bash one-liner that counts the lines of every .py file in a folder.",
]
HEADERS = {"Authorization": f"Bearer {MASTER_KEY}", "Content-Type": "application/json"}


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 100]."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


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
    return {"ttft": (first or ended) - started, "duration": ended - started,
            "tokens": int(usage.get("completion_tokens") or chunks), "text": "".join(text)}


def engine_streaming(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    settings = load_settings()
    engine = LlamaCppServer(require(ARTIFACTS[args.model], settings.models_dir), threads=2, alias=args.model)
    communs: Child | None = None
    try:
        engine.start()
        communs = start_communs(workdir / "a", settings.models_dir, args.model, engine.base_url, args.model)
        paths = {"direct": engine.base_url, "communs": communs.url + "/v1"}
        runs: dict[str, list[dict]] = {"direct": [], "communs": []}
        deadline = time.monotonic() + args.time_budget
        with httpx.Client(timeout=300) as client:
            for i in range(args.requests + 2):  # the first 2 pairs warm up and are not counted
                if time.monotonic() > deadline:
                    print(f"  (a) stopped after {i} pairs: over its {args.time_budget:.0f} s budget")
                    break
                # cache_prompt=false: llama.cpp must not reuse the prompt the other path just sent.
                body = {"model": args.model, "messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}],
                        "temperature": 0, "seed": 42, "max_tokens": args.max_tokens, "stream": True,
                        "stream_options": {"include_usage": True}, "cache_prompt": False}
                order = ("direct", "communs") if i % 2 == 0 else ("communs", "direct")  # ABBA
                pair = {name: stream_once(client, paths[name], body) for name in order}
                if i >= 2:
                    for name in runs:
                        runs[name].append({**pair[name], "same_text": pair["direct"]["text"] == pair["communs"]["text"]})
    finally:
        if communs is not None:
            communs.stop()
        engine.stop()
    out: dict[str, Any] = {"model": args.model, "pairs": len(runs["direct"]), "max_tokens": args.max_tokens}
    for name, rows in runs.items():
        tokens = sum(r["tokens"] for r in rows)
        duration = sum(r["duration"] for r in rows)
        out[name] = {"tokens": tokens, "tokens_per_s": tokens / duration if duration else 0.0,
                     "ttft_p50_ms": percentile([r["ttft"] * 1000 for r in rows], 50),
                     "ttft_mean_ms": statistics.fmean(r["ttft"] * 1000 for r in rows) if rows else 0.0}
    out["ratio"] = out["communs"]["tokens_per_s"] / out["direct"]["tokens_per_s"] if out["direct"]["tokens_per_s"] else 0.0
    out["identical_outputs"] = sum(r["same_text"] for r in runs["direct"])
    return out


def timed(client: httpx.Client, url: str, body: bytes, stream: bool) -> float:
    """Seconds for one request, body fully read."""
    started = time.perf_counter()
    if stream:
        with client.stream("POST", url, content=body, headers=HEADERS) as response:
            for _ in response.iter_bytes():
                pass
    else:
        response = client.post(url, content=body, headers=HEADERS)
        response.read()
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}: {response.content[:300]!r}")
    return time.perf_counter() - started


def overhead(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    children: list[Child] = []
    out: dict[str, Any] = {}
    try:
        upstream = start_fake_upstream(workdir)
        children.append(upstream)
        targets = {"direct": upstream.url + "/v1/chat/completions"}
        children.append(start_communs(workdir / "b", load_settings().models_dir, "fake-model",
                                      upstream.url + "/v1", "fake-model"))
        targets["communs"] = children[-1].url + "/v1/chat/completions"
        why = "skipped (--skip-litellm)" if args.skip_litellm else ensure_litellm()
        if why is None:
            try:
                children.append(start_litellm(workdir, "fake-model", upstream.url + "/v1"))
                targets["litellm"] = children[-1].url + "/v1/chat/completions"
            except RuntimeError as exc:
                why = f"LiteLLM proxy did not start: {exc}"
        if why:
            print(f"  LiteLLM left out: {why}")
            out["litellm_error"] = why
        messages = [{"role": "user", "content": "Bonjour, peux-tu m'aider ?"}]
        for mode, count in (("json", args.overhead_requests), ("sse", args.overhead_requests // 3)):
            body = json.dumps({"model": "fake-model", "messages": messages, "temperature": 0, "max_tokens": 16,
                               "stream": mode == "sse"}).encode()
            latencies: dict[str, list[float]] = {name: [] for name in targets}
            deadline = time.monotonic() + args.time_budget
            clients = {name: httpx.Client(timeout=30) for name in targets}  # one keep-alive connection each
            try:
                names = list(targets)
                for i in range(args.warmup + count):
                    if time.monotonic() > deadline:
                        print(f"  (b) {mode}: stopped after {i} rounds: over its {args.time_budget:.0f} s budget")
                        break
                    for name in names[i % len(names):] + names[:i % len(names)]:  # rotate the order each round
                        seconds = timed(clients[name], targets[name], body, mode == "sse")
                        if i >= args.warmup:
                            latencies[name].append(seconds * 1000)
            finally:
                for client in clients.values():
                    client.close()
            direct = latencies["direct"]
            result: dict[str, Any] = {"requests": len(direct)}
            for name, values in latencies.items():
                result[name] = {"p50_ms": percentile(values, 50), "p95_ms": percentile(values, 95)}
                if name != "direct":
                    result[name]["added_p50_ms"] = result[name]["p50_ms"] - percentile(direct, 50)
                    result[name]["added_p95_ms"] = result[name]["p95_ms"] - percentile(direct, 95)
                    result[name]["paired_added_p50_ms"] = percentile([g - d for g, d in zip(values, direct)], 50)
            if "litellm" in result:
                for q in ("p50", "p95"):
                    lite = result["litellm"][f"added_{q}_ms"]
                    result[f"ratio_communs_litellm_added_{q}"] = result["communs"][f"added_{q}_ms"] / lite if lite else None
            out[mode] = result
    finally:
        for child in reversed(children):
            child.stop()
    return out


def summary(results: dict[str, Any]) -> None:
    print("\n=== Summary " + "=" * 60)
    a = results.get("engine_streaming")
    if a:
        print(f"(a) streaming on {a['model']} ({a['pairs']} pairs, max_tokens {a['max_tokens']}, "
              f"{a['identical_outputs']}/{a['pairs']} identical outputs)")
        print(f"    {'path':10} {'tokens/s':>9} {'TTFT p50 ms':>12} {'TTFT mean ms':>13}")
        for name in ("direct", "communs"):
            row = a[name]
            print(f"    {name:10} {row['tokens_per_s']:9.2f} {row['ttft_p50_ms']:12.1f} {row['ttft_mean_ms']:13.1f}")
        verdict = "OK" if a["ratio"] >= 0.97 else "MISSED"
        print(f"    ratio communs/direct tokens/s = {a['ratio']:.3f}  (target >= 0.97: {verdict})")
    b = results.get("overhead")
    if b:
        for mode in ("json", "sse"):
            r = b.get(mode)
            if not r:
                continue
            print(f"(b) overhead, {'non-streaming' if mode == 'json' else 'short SSE stream'}, {r['requests']} requests "
                  "(ms)")
            print(f"    {'path':10} {'p50':>8} {'p95':>8} {'added p50':>10} {'added p95':>10}")
            for name in ("direct", "communs", "litellm"):
                if name in r:
                    row = r[name]
                    print(f"    {name:10} {row['p50_ms']:8.2f} {row['p95_ms']:8.2f} "
                          f"{row.get('added_p50_ms', 0.0):10.2f} {row.get('added_p95_ms', 0.0):10.2f}")
            if mode == "json":
                verdict = "OK" if r["communs"]["added_p50_ms"] <= 2.0 else "MISSED"
                print(f"    communs added p50 {r['communs']['added_p50_ms']:.2f} ms (target <= 2 ms: {verdict})")
            if "ratio_communs_litellm_added_p50" in r:
                print(f"    ratio communs/litellm added latency: p50 {r['ratio_communs_litellm_added_p50']:.3f}, "
                      f"p95 {r['ratio_communs_litellm_added_p95']:.3f}")
        if "litellm_error" in b:
            print(f"    LiteLLM: {b['litellm_error']}")
    print(f"load average (1, 5, 15 min) at the end: {results['loadavg_end']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=16, help="(a) streamed requests per path")
    parser.add_argument("--model", choices=sorted(ARTIFACTS), default="qwen2.5-coder-0.5b")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--overhead-requests", type=int, default=300, help="(b) non-streaming requests per path")
    parser.add_argument("--warmup", type=int, default=30, help="(b) warm-up rounds, not counted")
    parser.add_argument("--time-budget", type=float, default=600.0, help="seconds each measuring loop may take")
    parser.add_argument("--skip-engine", action="store_true", help="leave out (a)")
    parser.add_argument("--skip-litellm", action="store_true", help="leave LiteLLM out of (b)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    results: dict[str, Any] = {"loadavg_start": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="communs-bench-") as tmp:
        workdir = Path(tmp)
        if not args.skip_engine:
            print(f"(a) streaming through the embedded engine ({args.model}), {args.requests} requests per path...",
                  flush=True)
            results["engine_streaming"] = engine_streaming(args, workdir)
        print(f"(b) gateway overhead against a fake upstream, {args.overhead_requests} requests per path...",
              flush=True)
        results["overhead"] = overhead(args, workdir)
    results["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    summary(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
