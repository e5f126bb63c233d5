"""Load under attack: chat streams, embeddings and searches while one hostile request of each kind runs.

    python bench/load.py                   # writes bench/results/load.json
    python bench/load.py --streams 10 --requests 40

One `communs serve` on a fresh home (the 0.5B test chat model), a collection of five Service-Public fiches; then,
all at once: ``--streams`` chat completions streamed, ``--requests`` embeddings and searches (half each, ten at a
time), and the hostile requests of issue 21 (a six-hour FLAC of silence to transcribe, an image bomb and a zip bomb
in a dossier and a document, a PDF past the page limit, a dossier of blank scans cancelled while it runs), while
/health is polled every 100 ms. Reported: the errors of each kind (a hostile request must get its 4xx, a normal
one its 200), /health's p50/p95/max, the wall time and the machine's load average (a shared machine: noisy).
The full run took 608 s on 2 cores shared with other work (load average 14.7): the 50 streams of the chat model
are most of it; ``--streams 10 --requests 40`` gives a quicker look.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import MASTER, PROMPTS, env_for, prepare, serve, wait_up  # noqa: E402
from bench.servers import percentile  # noqa: E402
from tests.bombs import blank_pdf, png_bomb, silent_flac, zip_bomb_docx  # noqa: E402

CHAT_MODEL = "qwen2.5-coder-0.5b"
RESULT = ROOT / "bench/results/load.json"


async def chat_stream(http: httpx.AsyncClient, i: int) -> str | None:
    body = {"messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}], "max_tokens": 12, "stream": True}
    async with http.stream("POST", "/v1/chat/completions", json=body) as response:
        if response.status_code != 200:
            return f"chat {response.status_code}: {(await response.aread())[:200]!r}"
        lines = [line async for line in response.aiter_lines() if line.startswith("data: ")]
    return None if lines and lines[-1] == "data: [DONE]" else f"chat stream ended without [DONE] ({len(lines)} events)"


async def light(http: httpx.AsyncClient, i: int, collection: int, gate: asyncio.Semaphore) -> str | None:
    prompt = PROMPTS[i % len(PROMPTS)]
    async with gate:
        if i % 2:
            response = await http.post("/v1/embeddings", json={"input": prompt})
        else:
            response = await http.post("/v1/search", json={"prompt": prompt, "collections": [collection], "k": 5})
    return None if response.status_code == 200 else f"{response.url.path} {response.status_code}"


def _expect(name: str, response: httpx.Response, status: int, code: str) -> str | None:
    try:
        got = response.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        got = None
    return None if (response.status_code, got) == (status, code) else f"{name}: {response.status_code} {got}"


async def hostile(http: httpx.AsyncClient, collection: int) -> dict[str, str | None]:
    flac, png, docx, pdf = silent_flac(6 * 3600), png_bomb(), zip_bomb_docx(600 * 2**20), blank_pdf(2001)

    async def audio() -> str | None:
        files = {"file": ("silence.flac", flac, "audio/flac")}
        return _expect("audio", await http.post("/v1/audio/transcriptions", files=files), 413, "audio_too_long")

    async def image() -> str | None:
        response = await http.post("/v1/apps/dossier", files={"file": ("bombe.png", png)}, data={"llm": "0"})
        return _expect("image bomb", response, 400, "image_too_large")

    async def archive() -> str | None:
        response = await http.post(
            "/v1/documents", files={"file": ("bombe.docx", docx)}, data={"collection": str(collection)}
        )
        return _expect("zip bomb", response, 413, "document_too_large")

    async def pages() -> str | None:
        response = await http.post(
            "/v1/documents", files={"file": ("long.pdf", pdf)}, data={"collection": str(collection)}
        )
        return _expect("pages", response, 413, "too_many_pages")

    async def cancel() -> str | None:
        response = await http.post("/v1/apps/dossier", files={"file": ("scans.pdf", blank_pdf(40))}, data={"llm": "0"})
        if response.status_code != 200:
            return f"dossier {response.status_code}"
        job_id = response.json()["id"]
        await asyncio.sleep(3)
        status = (await http.post(f"/v1/apps/dossier/{job_id}/cancel")).json().get("status")
        await asyncio.sleep(5)
        after = (await http.get(f"/v1/apps/dossier/{job_id}")).json()
        return None if status == after["status"] == "cancelled" else f"cancel: {status} then {after['status']}"

    names = ["audio", "image", "archive", "pages", "cancel"]
    outcomes = await asyncio.gather(audio(), image(), archive(), pages(), cancel(), return_exceptions=True)
    return {n: (repr(o) if isinstance(o, BaseException) else o) for n, o in zip(names, outcomes, strict=True)}


async def poll_health(url: str, stop: asyncio.Event, latencies: list[float]) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        while not stop.is_set():
            started = time.perf_counter()
            response = await http.get("/health")
            latencies.append((time.perf_counter() - started) * 1000 if response.status_code == 200 else float("inf"))
            await asyncio.sleep(0.1)


async def run(url: str, collection: int, streams: int, requests: int) -> dict:
    limits = httpx.Limits(max_connections=streams + 40)
    headers = {"Authorization": f"Bearer {MASTER}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=600, limits=limits) as http:
        stop, latencies = asyncio.Event(), []
        prober = asyncio.create_task(poll_health(url, stop, latencies))
        gate = asyncio.Semaphore(10)
        started = time.monotonic()
        chats = asyncio.gather(*(chat_stream(http, i) for i in range(streams)), return_exceptions=True)
        lights = asyncio.gather(*(light(http, i, collection, gate) for i in range(requests)), return_exceptions=True)
        bad = hostile(http, collection)
        chat_results, light_results, bad_results = await asyncio.gather(chats, lights, bad)
        wall = time.monotonic() - started
        stop.set()
        await prober
    errors = [repr(r) if isinstance(r, BaseException) else r for r in [*chat_results, *light_results] if r]
    finite = [v for v in latencies if v != float("inf")]
    return {
        "wall_s": round(wall, 1),
        "chat_streams": streams,
        "embeddings_and_searches": requests,
        "errors": errors,
        "hostile": bad_results,
        "health": {
            "polls": len(latencies),
            "failed": len(latencies) - len(finite),
            "p50_ms": round(percentile(finite, 50), 1),
            "p95_ms": round(percentile(finite, 95), 1),
            "max_ms": round(max(finite, default=float("nan")), 1),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=50)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--output", type=Path, default=RESULT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="communs-load-") as folder:
        home = Path(folder)
        env = env_for(home, 2, COMMUNS_DEFAULT_CHAT_MODEL=CHAT_MODEL)
        process, url = serve(env, home / "server.log")
        try:
            wait_up(url, process, home / "server.log")
            collection = prepare(url, MASTER)
            with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {MASTER}"}, timeout=600) as http:
                body = {"messages": [{"role": "user", "content": "Bonjour"}], "max_tokens": 4}
                http.post("/v1/chat/completions", json=body).raise_for_status()  # the chat model loaded
            load_before = os.getloadavg()
            report = asyncio.run(run(url, collection, args.streams, args.requests))
            report["load_average"] = {"before": [round(v, 2) for v in load_before]}
            report["load_average"]["after"] = [round(v, 2) for v in os.getloadavg()]
        finally:
            process.terminate()
            process.wait(timeout=30)
    report |= {"cpus": os.cpu_count(), "machine": platform.machine(), "chat_model": CHAT_MODEL}
    report["date"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))
    failed = report["errors"] or any(report["hostile"].values()) or report["health"]["failed"]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
