"""Memory under hostile requests: the worst request of at most 1 MiB of each kind, one at a time, against a real
server, with the resident memory of the server and of its children (the llama.cpp engine...) sampled meanwhile.

    python bench/memory.py                     # writes bench/results/memory.json
    python bench/memory.py --only analyze,forms

One `communs serve` on a fresh home (the 0.5B test chat model), every model warmed by one small request; then each
request below alone, ``--timeout`` seconds at most (a request still running then is counted with the peak it had
reached, and goes on in the server: the requests that may run long come last). Reported per request: its status,
seconds, and the peak resident memory of the server process, of its children together, and of both, against the
idle baseline measured just before. Issue 21's bound: no request of at most 1 MiB makes the process use more than
2 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.scale import MASTER, served  # noqa: E402
from tests.bombs import blank_pdf, png_bomb, silent_flac, zip_bomb_docx  # noqa: E402

CHAT_MODEL = "qwen2.5-coder-0.5b"
RESULT = ROOT / "bench/results/memory.json"
MIB = 2**20
LIMIT = 2 * 2**30

Send = Callable[[httpx.Client], httpx.Response]


def resident(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (its engines and their own children)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def sample(pid: int) -> tuple[int, int]:
    """The server's resident bytes and its descendants' together."""
    return resident(pid), sum(resident(child) for child in children(pid))


def text_mib(seed: str) -> str:
    return (seed * (MIB // len(seed) + 1))[: MIB - 200]


def html_form(inputs: int) -> bytes:
    fields = "".join(f'<label for="i{i}">Numéro {i}</label><input id="i{i}" name="n{i}">' for i in range(inputs))
    html = f"<html><body><form>{fields}</form></body></html>".encode()
    return html[: MIB - 100] + b"</form></body></html>" if len(html) > MIB else html


def requests(collection: int) -> dict[str, Send]:
    prose = text_mib("Le demandeur doit fournir les pièces justificatives afférentes avant le 12 mars 2024. ")
    line = "Médecin : Je vous prescris du paracétamol 1 g trois fois par jour pendant cinq jours.\nPatient : Merci.\n"
    per_input = 32_000  # under the per-input limit (32,768); 31 of them: under the per-request one (1,000,000)
    return {
        "chat 1 MiB prompt": lambda h: h.post(
            "/v1/chat/completions", json={"messages": [{"role": "user", "content": prose}], "max_tokens": 4}
        ),
        "embeddings 31 x 32k characters": lambda h: h.post(
            "/v1/embeddings", json={"input": [prose[i * per_input : (i + 1) * per_input] for i in range(31)]}
        ),
        "analyze 1 MiB text": lambda h: h.post("/v1/apps/plain/analyze", json={"text": prose}),
        "simplify 1 MiB text": lambda h: h.post("/v1/apps/plain/simplify", json={"text": prose}),
        "consultation 1 MiB transcript": lambda h: h.post(
            "/v1/apps/consultation", json={"transcript": text_mib(line), "llm": False}
        ),
        "forms audit 1 MiB HTML (thousands of inputs)": lambda h: h.post(
            "/v1/apps/forms/audit", files={"file": ("form.html", html_form(20_000), "text/html")}
        ),
        "JSON nested 500k levels": lambda h: h.post(
            "/v1/chat/completions", content=b"[" * (MIB // 2) + b"]" * (MIB // 2), headers=JSON
        ),
        "document: DOCX zip bomb": lambda h: h.post(
            "/v1/documents", files={"file": ("bomb.docx", zip_bomb_docx(600 * MIB))}, data={"collection": collection}
        ),
        "document: PDF of 2,001 blank pages": lambda h: h.post(
            "/v1/documents", files={"file": ("long.pdf", blank_pdf(2001))}, data={"collection": collection}
        ),
        "dossier: PNG bomb": lambda h: h.post(
            "/v1/apps/dossier", files={"file": ("bomb.png", png_bomb())}, data={"llm": "0"}
        ),
        "transcription: FLAC of 6 h of silence": lambda h: h.post(
            "/v1/audio/transcriptions", files={"file": ("silence.flac", silent_flac(6 * 3600), "audio/flac")}
        ),
        "transcription: FLAC of silence at the duration limit (2 h)": lambda h: h.post(
            "/v1/audio/transcriptions", files={"file": ("silence.flac", silent_flac(2 * 3600 - 60), "audio/flac")}
        ),
    }


JSON = {"content-type": "application/json"}


def measure(url: str, pid: int, send: Send, timeout: float) -> dict[str, Any]:
    idle_server, idle_children = sample(pid)
    peak = [idle_server, idle_children, idle_server + idle_children]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            server, kids = sample(pid)
            peak[0], peak[1], peak[2] = max(peak[0], server), max(peak[1], kids), max(peak[2], server + kids)
            time.sleep(0.05)

    watcher = threading.Thread(target=watch)
    watcher.start()
    started = time.perf_counter()
    try:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {MASTER}"}, timeout=timeout) as http:
            response = send(http)
        status: int | str = response.status_code
        try:
            code = response.json().get("error", {}).get("code") if response.status_code >= 400 else None
        except ValueError:
            code = None
    except httpx.TimeoutException:
        status, code = "timeout", None
    seconds = time.perf_counter() - started
    time.sleep(1.0)  # what a background job (a dossier) or a thread still does just after the answer
    done.set()
    watcher.join()
    return {
        "status": status,
        "code": code,
        "seconds": round(seconds, 1),
        "idle_mib": {"server": idle_server // MIB, "children": idle_children // MIB},
        "peak_mib": {"server": peak[0] // MIB, "children": peak[1] // MIB, "both": peak[2] // MIB},
        "growth_mib": {
            "server": (peak[0] - idle_server) // MIB,
            "both": (peak[2] - idle_server - idle_children) // MIB,
        },
        "over_2_gib": peak[2] > LIMIT,
    }


def warm(url: str) -> int:
    """Every model loaded once (a small request each), and the collection the document requests go to."""
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {MASTER}"}, timeout=600) as http:
        collection = http.post("/v1/collections", json={"name": "memory", "visibility": "private"}).json()["id"]
        http.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "Bonjour"}], "max_tokens": 2})
        http.post("/v1/embeddings", json={"input": "Bonjour"})
        http.post("/v1/apps/plain/analyze", json={"text": "Bonjour à tous."})
        http.post("/v1/apps/consultation", json={"transcript": "Médecin : Bonjour.", "llm": False})
        http.post("/v1/audio/transcriptions", files={"file": ("s.flac", silent_flac(2), "audio/flac")})
        return int(collection)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a request may run (default 120)")
    parser.add_argument("--only", help="comma-separated words: run the requests whose name holds one of them")
    parser.add_argument("--output", type=Path, default=RESULT)
    args = parser.parse_args()
    report: dict[str, Any] = {"requests": {}}
    with tempfile.TemporaryDirectory(prefix="communs-memory-") as folder:
        with served(Path(folder), COMMUNS_DEFAULT_CHAT_MODEL=CHAT_MODEL) as (process, url):
            collection = warm(url)
            idle = sample(process.pid)
            report["idle_after_warm_up_mib"] = {"server": idle[0] // MIB, "children": idle[1] // MIB}
            words = [w.strip().lower() for w in (args.only or "").split(",") if w.strip()]
            for name, send in requests(collection).items():
                if words and not any(w in name.lower() for w in words):
                    continue
                result = measure(url, process.pid, send, args.timeout)
                report["requests"][name] = result
                print(name, json.dumps(result), flush=True)
    report |= {"limit_mib": LIMIT // MIB, "cpus": os.cpu_count(), "machine": platform.machine()}
    report |= {"chat_model": CHAT_MODEL, "load_average": [round(v, 2) for v in os.getloadavg()]}
    report["date"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sys.exit(1 if any(r["over_2_gib"] for r in report["requests"].values()) else 0)


if __name__ == "__main__":
    main()
