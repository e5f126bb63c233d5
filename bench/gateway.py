"""Gateway benchmark: what communs costs in front of an engine, and next to the LiteLLM proxy.

(a) Streaming throughput on the real embedded engine (bench/engine_stream.py): one llama.cpp
    server, reached directly and through ``communs serve`` (an ``openai`` provider at the same
    URL), the same streaming chat requests in pairs, sequential (ABBA order, so that drift weighs
    on both paths alike) and concurrent (both at once, decoded in one batch: robust to a busy machine).
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
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

# bench/ is on sys.path as the script's folder
from engine_stream import ARTIFACTS, engine_streaming
from servers import (
    HEADERS,
    Child,
    client_for,
    ensure_litellm,
    percentile,
    start_communs,
    start_fake_upstream,
    start_litellm,
)

from communs.config import load_settings

RESULTS = Path(__file__).resolve().parent / "results" / "gateway.json"


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
        children.append(
            start_communs(workdir / "b", load_settings().models_dir, "fake-model", upstream.url + "/v1", "fake-model")
        )
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
            body = json.dumps(
                {
                    "model": "fake-model",
                    "messages": messages,
                    "temperature": 0,
                    "max_tokens": 16,
                    "stream": mode == "sse",
                }
            ).encode()
            latencies: dict[str, list[float]] = {name: [] for name in targets}
            failures: list[str] = []
            deadline = time.monotonic() + args.time_budget
            clients = {name: client_for(30) for name in targets}  # one keep-alive connection each
            try:
                names = list(targets)
                for i in range(args.warmup + count):
                    if time.monotonic() > deadline:
                        print(f"  (b) {mode}: stopped after {i} rounds: over its {args.time_budget:.0f} s budget")
                        break
                    try:  # rotate the order each round; a failed round is counted, not measured
                        order = names[i % len(names) :] + names[: i % len(names)]
                        round_ms = {
                            name: timed(clients[name], targets[name], body, mode == "sse") * 1000 for name in order
                        }
                    except (httpx.HTTPError, RuntimeError) as exc:
                        failures.append(f"{mode} round {i}: {exc!r}"[:300])
                        continue
                    if i >= args.warmup:
                        for name, ms in round_ms.items():
                            latencies[name].append(ms)
            finally:
                for client in clients.values():
                    client.close()
            direct = latencies["direct"]
            result: dict[str, Any] = {"requests": len(direct), "failed_rounds": failures}
            for name, values in latencies.items():
                result[name] = {"p50_ms": percentile(values, 50), "p95_ms": percentile(values, 95)}
                if name != "direct":
                    result[name]["added_p50_ms"] = result[name]["p50_ms"] - percentile(direct, 50)
                    result[name]["added_p95_ms"] = result[name]["p95_ms"] - percentile(direct, 95)
                    result[name]["paired_added_p50_ms"] = percentile([g - d for g, d in zip(values, direct)], 50)
            if "litellm" in result:
                for q in ("p50", "p95"):
                    lite = result["litellm"][f"added_{q}_ms"]
                    result[f"ratio_communs_litellm_added_{q}"] = (
                        result["communs"][f"added_{q}_ms"] / lite if lite else None
                    )
            out[mode] = result
    finally:
        for child in reversed(children):
            child.stop()
    return out


def summary(results: dict[str, Any]) -> None:
    print("\n=== Summary " + "=" * 60)
    a = results.get("engine_streaming")
    for mode in ("sequential", "concurrent"):
        r = (a or {}).get(mode)
        if not r:
            continue
        print(
            f"(a) streaming on {a['model']}, {mode} pairs ({r['pairs']} pairs, max_tokens {a['max_tokens']}, "
            f"{r['identical_outputs']}/{r['pairs']} identical outputs)"
        )
        print(f"    {'path':10} {'tokens/s':>9} {'TTFT p50 ms':>12} {'TTFT mean ms':>13}")
        for name in ("direct", "communs"):
            row = r[name]
            print(f"    {name:10} {row['tokens_per_s']:9.2f} {row['ttft_p50_ms']:12.1f} {row['ttft_mean_ms']:13.1f}")
        if r["errors"]:
            print(f"    failed pairs: {len(r['errors'])} (first: {r['errors'][0]})")
        if mode == "concurrent":
            print("    (TTFT not comparable here: the request reaching the engine second waits for the first's prompt)")
        verdict = "OK" if r["ratio"] >= 0.97 else "MISSED"
        print(
            f"    ratio communs/direct tokens/s = {r['ratio']:.3f} (target >= 0.97: {verdict}); "
            f"median of per-pair ratios {r['ratio_median_of_pairs']:.3f}"
        )
    b = results.get("overhead")
    if b:
        for mode in ("json", "sse"):
            r = b.get(mode)
            if not r:
                continue
            print(
                f"(b) overhead, {'non-streaming' if mode == 'json' else 'short SSE stream'}, {r['requests']} requests "
                "(ms)"
            )
            if r["failed_rounds"]:
                print(f"    failed rounds: {len(r['failed_rounds'])} (first: {r['failed_rounds'][0]})")
            print(f"    {'path':10} {'p50':>8} {'p95':>8} {'added p50':>10} {'added p95':>10}")
            for name in ("direct", "communs", "litellm"):
                if name in r:
                    row = r[name]
                    print(
                        f"    {name:10} {row['p50_ms']:8.2f} {row['p95_ms']:8.2f} "
                        f"{row.get('added_p50_ms', 0.0):10.2f} {row.get('added_p95_ms', 0.0):10.2f}"
                    )
            if mode == "json":
                verdict = "OK" if r["communs"]["added_p50_ms"] <= 2.0 else "MISSED"
                print(f"    communs added p50 {r['communs']['added_p50_ms']:.2f} ms (target <= 2 ms: {verdict})")
            if "ratio_communs_litellm_added_p50" in r:
                print(
                    f"    ratio communs/litellm added latency: p50 {r['ratio_communs_litellm_added_p50']:.3f}, "
                    f"p95 {r['ratio_communs_litellm_added_p95']:.3f}"
                )
        if "litellm_error" in b:
            print(f"    LiteLLM: {b['litellm_error']}")
    print(f"load average (1, 5, 15 min) at the end: {results['loadavg_end']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=16, help="(a) streamed requests per path")
    parser.add_argument("--model", choices=sorted(ARTIFACTS), default="qwen2.5-coder-0.5b")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument(
        "--engine-mode",
        choices=("sequential", "concurrent", "both"),
        default="both",
        help="(a) pairs one after the other (ABBA), at the same time, or both",
    )
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
            print(
                f"(a) streaming through the embedded engine ({args.model}), {args.requests} requests per path "
                "and mode...",
                flush=True,
            )
            modes = ["sequential", "concurrent"] if args.engine_mode == "both" else [args.engine_mode]
            results["engine_streaming"] = engine_streaming(
                args.model, args.requests, args.max_tokens, modes, args.time_budget, workdir
            )
        print(
            f"(b) gateway overhead against a fake upstream, {args.overhead_requests} requests per path...", flush=True
        )
        results["overhead"] = overhead(args, workdir)
    results["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    summary(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
