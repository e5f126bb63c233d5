"""What request ids, metrics and logs cost per request: ``GET /v1/models`` in a loop on a real ``communs serve``.

    python bench/observability_overhead.py --tree /work/main --tree . -n 2000 --rounds 3

Each ``--tree`` is a checkout to serve (to compare a branch with the code before it); each round serves each
tree (and, for trees that have them, the JSON log and access log settings) in turn, on one keep-alive connection.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

KEY = "sk-bench-overhead"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(tree: Path, n: int, extra_env: dict[str, str]) -> list[float]:
    port = free_port()
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNS_")}
        env.update(PYTHONPATH=str(tree), COMMUNS_HOME=home, COMMUNS_MASTER_KEY=KEY, **extra_env)
        process = subprocess.Popen(
            [sys.executable, "-m", "communs.cli", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    httpx.get(url + "/health", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.2)
            with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"}) as client:
                for _ in range(200):  # warm-up
                    client.get("/v1/models")
                times = []
                for _ in range(n):
                    started = time.perf_counter()
                    client.get("/v1/models").raise_for_status()
                    times.append((time.perf_counter() - started) * 1e6)
            return times
        finally:
            process.terminate()
            process.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", action="append", type=Path, required=True)
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    variants: list[tuple[str, Path, dict[str, str]]] = []
    for tree in args.tree:
        variants.append((f"{tree} (defaults)", tree, {}))
        if (tree / "communs" / "observability").is_dir():
            variants.append(
                (f"{tree} (json + access log)", tree, {"COMMUNS_LOG_FORMAT": "json", "COMMUNS_ACCESS_LOG": "true"})
            )
    results: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    for _ in range(args.rounds):
        for name, tree, env in variants:
            results[name] += measure(tree.resolve(), args.n, env)
    for name, times in results.items():
        times.sort()
        print(
            f"{name}: median {statistics.median(times):.0f} µs, mean {statistics.fmean(times):.0f} µs, "
            f"p90 {times[int(len(times) * 0.9)]:.0f} µs ({len(times)} requests)"
        )


if __name__ == "__main__":
    main()
