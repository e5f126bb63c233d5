"""One process against a fleet of two, on the same machine in the same run: requests/s and latency percentiles.

    python bench/scale.py                       # writes bench/results/scale.json, prints the fleet/embedded ratios
    python bench/scale.py --seconds 3 --concurrency 1 10

- ``embedded``: one ``communs serve``, SQLite under its home, limits in memory (the default install);
- ``fleet``: two ``communs serve`` on one PostgreSQL database and one Redis, sharing one data home; the client
  sends request i to replica i mod 2 (a round robin, no load balancer in between).

All three servers run during the whole bench; each cell (endpoint × concurrency) measures ``embedded`` then
``fleet`` back to back, so that the other load on the machine weighs on both alike. Clients are httpx async
tasks on one event loop, keep-alive connections; a user key (not the master key) with a per-minute limit high
enough never to bite, so that every request goes through the key cache and the rate limiter (in memory, or in
Redis). The searched collection holds five Service-Public fiches (tests/data/service_public_fiches).
The machine's load average is recorded: on a shared machine the figures are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
FICHES = ["F1341", "F13213", "F1604", "F1420", "F903"]
POSTGRES = os.environ.get("COMMUNS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS = os.environ.get("COMMUNS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
MASTER = "sk-bench-scale-master"
PROMPTS = [
    "Comment renouveler sa carte d'identité ?",
    "Quelles aides pour payer son loyer ?",
    "Que faire en cas de perte du permis de conduire ?",
    "Comment déclarer un changement d'adresse ?",
]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def env_for(home: Path, threads: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNS_")}
    env.update(PYTHONPATH=str(ROOT), COMMUNS_HOME=str(home), COMMUNS_MASTER_KEY=MASTER)
    env.update(COMMUNS_THREADS=str(threads), **extra)
    if "COMMUNS_MODELS_DIR" in os.environ:
        env["COMMUNS_MODELS_DIR"] = os.environ["COMMUNS_MODELS_DIR"]
    return env


def communs(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-m", "communs.cli", *args], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"communs {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def serve(env: dict[str, str], log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    out = log.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "communs.cli", "serve", "--port", str(port)], env=env, stdout=out, stderr=out
    )
    return process, f"http://127.0.0.1:{port}"


def wait_up(url: str, process: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"communs serve exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit(f"communs serve did not start: {log.read_text()[-2000:]}")


@contextmanager
def served(home: Path, threads: int = 2, **extra: str) -> Iterator[tuple[subprocess.Popen, str]]:
    """One `communs serve` on ``home``, up: its process and URL; stopped on leaving."""
    process, url = serve(env_for(home, threads, **extra), home / "server.log")
    try:
        wait_up(url, process, home / "server.log")
        yield process, url
    finally:
        process.terminate()
        process.wait(timeout=30)


def prepare(url: str, key: str) -> int:
    """A collection of five fiches, and one call of each endpoint (models loaded): the collection's id."""
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {key}"}, timeout=600) as http:
        collection = http.post("/v1/collections", json={"name": "fiches", "visibility": "private"}).json()["id"]
        for fiche in FICHES:
            text = (ROOT / "tests/data/service_public_fiches/txt" / f"{fiche}.txt").read_bytes()
            added = http.post(
                "/v1/documents", files={"file": (f"{fiche}.txt", text, "text/plain")}, data={"collection": collection}
            )
            added.raise_for_status()
        return int(collection)


def request_for(endpoint: str, i: int, collection: int) -> tuple[str, str, dict | None]:
    prompt = PROMPTS[i % len(PROMPTS)]
    if endpoint == "models":
        return "GET", "/v1/models", None
    if endpoint == "embeddings":
        return "POST", "/v1/embeddings", {"input": prompt}
    return "POST", "/v1/search", {"prompt": prompt, "collections": [collection], "k": 5}


async def cell(urls: list[str], collections: list[int], key: str, endpoint: str, clients: int, seconds: float) -> dict:
    """``clients`` tasks, each sending requests one after the other for ``seconds``; request i to urls[i % n]."""
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    headers = {"Authorization": f"Bearer {key}"}
    pools = [httpx.AsyncClient(base_url=u, headers=headers, limits=limits, timeout=120) for u in urls]
    latencies: list[float] = []
    errors: list[str] = []
    counter = [0]

    async def client(stop: float) -> None:
        while time.perf_counter() < stop:
            i = counter[0]
            counter[0] += 1
            target = i % len(pools)
            method, path, body = request_for(endpoint, i, collections[target])
            started = time.perf_counter()
            try:
                response = await pools[target].request(method, path, json=body)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {response.text[:120]}")
                    continue
            except httpx.HTTPError as exc:
                errors.append(repr(exc))
                continue
            latencies.append(time.perf_counter() - started)

    try:
        warm = time.perf_counter() + min(1.0, seconds / 4)
        await asyncio.gather(*(client(warm) for _ in range(clients)))  # connections opened, caches warm
        latencies.clear()
        errors.clear()
        started = time.perf_counter()
        await asyncio.gather(*(client(started + seconds) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    finally:
        for pool in pools:
            await pool.aclose()
    ordered = sorted(latencies)

    def pct(q: float) -> float | None:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 2) if ordered else None

    return {
        "requests": len(ordered),
        "requests_per_s": round(len(ordered) / elapsed, 1),
        "p50_ms": pct(0.50),
        "p95_ms": pct(0.95),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 2) if ordered else None,
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:3],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }


def fresh_database() -> tuple[str, str]:
    import psycopg

    admin = POSTGRES.replace("postgresql+psycopg://", "postgresql://")
    name = "communs_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin, name


def drop_database(admin: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="measured seconds per cell")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--endpoints", nargs="+", default=["models", "embeddings", "search"])
    parser.add_argument("--threads", type=int, default=2, help="COMMUNS_THREADS of every server")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/scale.json")
    args = parser.parse_args()

    admin, database = fresh_database()
    database_url = POSTGRES.rsplit("/", 1)[0] + "/" + database
    fleet_extra = {
        "COMMUNS_DATABASE_URL": database_url,
        "COMMUNS_REDIS_URL": REDIS,
        "COMMUNS_REDIS_PREFIX": "communs-bench-" + uuid.uuid4().hex[:8],
        "COMMUNS_QUEUE_BACKEND": "procrastinate",
    }
    loadavg_start = [round(x, 2) for x in os.getloadavg()]
    processes: list[subprocess.Popen] = []
    with tempfile.TemporaryDirectory(prefix="communs-bench-scale-") as tmp:
        work = Path(tmp)
        embedded_env = env_for(work / "embedded", args.threads)
        fleet_env = env_for(work / "fleet", args.threads, **fleet_extra)
        try:
            communs("db", "upgrade", env=fleet_env)
            keys = {}
            for name, env in (("embedded", embedded_env), ("fleet", fleet_env)):
                created = communs("keys", "create", "--name", f"bench-{name}", "--rpm", "10000000", env=env)
                keys[name] = created.strip().splitlines()[-1]
            servers = {"embedded": [serve(embedded_env, work / "embedded.log")]}
            servers["fleet"] = [serve(fleet_env, work / f"fleet-{i}.log") for i in (1, 2)]
            logs = {"embedded": [work / "embedded.log"], "fleet": [work / "fleet-1.log", work / "fleet-2.log"]}
            for name, started in servers.items():
                for (process, url), log in zip(started, logs[name]):
                    processes.append(process)
                    wait_up(url, process, log)
            urls = {name: [url for _, url in started] for name, started in servers.items()}
            collection = {name: prepare(urls[name][0], keys[name]) for name in urls}  # the fleet's home is shared
            results: dict[str, dict] = {}
            for endpoint in args.endpoints:
                for clients in args.concurrency:
                    row = {}
                    for name in ("embedded", "fleet"):
                        collections = [collection[name]] * len(urls[name])
                        row[name] = asyncio.run(
                            cell(urls[name], collections, keys[name], endpoint, clients, args.seconds)
                        )
                        got = row[name]
                        print(
                            f"{endpoint:<10} x{clients:<3} {name:<8} {got['requests_per_s']:>8.1f} req/s  "
                            f"p50 {got['p50_ms']} ms  p95 {got['p95_ms']} ms  errors {got['errors']}  "
                            f"load {got['loadavg_after'][0]}",
                            flush=True,
                        )
                    row["ratio_requests_per_s"] = round(
                        row["fleet"]["requests_per_s"] / max(row["embedded"]["requests_per_s"], 1e-9), 2
                    )
                    results[f"{endpoint}@{clients}"] = row
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
            drop_database(admin, database)

    report = {
        "what": "one communs serve (SQLite, limits in memory) vs two on PostgreSQL + Redis (shared home), "
        "client round-robin over the two ports; same machine, same run, cells interleaved",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "shared": True},
        "loadavg_start": loadavg_start,
        "loadavg_end": [round(x, 2) for x in os.getloadavg()],
        "seconds_per_cell": args.seconds,
        "threads_per_server": args.threads,
        "results": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\nfleet / embedded, requests/s:")
    for cell_name, row in results.items():
        print(f"  {cell_name:<16} {row['ratio_requests_per_s']:.2f}")
    print(f"load average: start {loadavg_start}, end {report['loadavg_end']}; written to {args.out}")


if __name__ == "__main__":
    main()
