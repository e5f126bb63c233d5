"""Freshness, for bench/search.py: from a document's 201 on replica A to its first hit on replica B.

Two ``communs serve`` processes per backend, started as bench/scale.py starts them:

- ``milvus``: both on one Milvus server (the run's Milvus Lite server) for the chunks and one PostgreSQL database
  for the records (``COMMUNS_TEST_POSTGRES_URL``; a fresh database, dropped at the end), as a fleet runs;
- ``sqlite``: both on one data home, so one ``search.sqlite`` (WAL) and one ``communs.db``: replicas on one
  machine sharing a file (a search reads the collection's ``vector_versions`` row and reloads what changed).

A collection is made on A, and each round uploads a short text document holding a word no other document has
(``POST /v1/documents`` to A); from A's 201, B is asked ``POST /v1/search`` (lexical, k=1, for that word) over and
over until the document comes first: the freshness is the time from the 201 to the end of that answer (an upper
bound: it includes one search's own time, which is reported too). The first round, which loads B's caches, is
reported apart from the others.
"""

from __future__ import annotations

import statistics
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from scale import MASTER, POSTGRES, communs, drop_database, env_for, fresh_database, serve, wait_up

TARGET_S = 1.0
FICHE = Path(__file__).resolve().parents[1] / "tests" / "data" / "service_public_fiches" / "txt" / "F1341.txt"


def _word(n: int) -> str:
    """A word no French text holds, that the analysis keeps whole: letters only, no stemmable ending."""
    letters = uuid.uuid4().hex.translate(str.maketrans("0123456789", "ghijklmnop"))
    return f"zq{letters[:10]}x{n}".replace("0", "")


def rounds(url_a: str, url_b: str, count: int, timeout: float = 30.0) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {MASTER}"}
    body = FICHE.read_text(encoding="utf-8")[:1500]
    waits: list[float] = []
    polls: list[int] = []
    search_ms: list[float] = []
    with (
        httpx.Client(base_url=url_a, headers=headers, timeout=120) as a,
        httpx.Client(base_url=url_b, headers=headers, timeout=120) as b,
    ):
        collection = a.post("/v1/collections", json={"name": "fraîcheur", "visibility": "private"})
        collection.raise_for_status()
        collection_id = collection.json()["id"]
        for n in range(count + 1):
            word = _word(n)
            text = f"{body}\n\nMot témoin du document : {word}.\n"
            added = a.post(
                "/v1/documents",
                files={"file": (f"doc-{n}.txt", text.encode(), "text/plain")},
                data={"collection": collection_id},
            )
            if added.status_code != 201:
                raise RuntimeError(f"POST /v1/documents on A: {added.status_code} {added.text[:200]}")
            document_id = added.json()["id"]
            created = time.perf_counter()
            tries = 0
            while True:
                tries += 1
                began = time.perf_counter()
                found = b.post(
                    "/v1/search", json={"prompt": word, "collections": [collection_id], "k": 1, "method": "lexical"}
                )
                found.raise_for_status()
                done = time.perf_counter()
                search_ms.append((done - began) * 1e3)
                data = found.json()["data"]
                if data and data[0]["chunk"]["metadata"]["document_id"] == document_id:
                    break
                if done - created > timeout:
                    raise RuntimeError(f"document {document_id} not found on B after {timeout} s")
            waits.append(done - created)
            polls.append(tries)
    first, rest = waits[0], waits[1:]
    return {
        "rounds": len(rest),
        "first_round_s": round(first, 3),
        "p50_s": round(statistics.median(rest), 3),
        "max_s": round(max(rest), 3),
        "mean_polls": round(statistics.fmean(polls[1:]), 2),
        "first_poll_hits": sum(1 for p in polls[1:] if p == 1),
        "search_p50_ms": round(statistics.median(search_ms), 1),
        "all_s": [round(w, 3) for w in waits],
    }


def run_freshness(folder: Path, backends: list[str], milvus_uri: str | None, count: int) -> dict[str, Any]:
    out: dict[str, Any] = {"target_s": TARGET_S}
    for backend in backends:
        extra: dict[str, str] = {}
        database: tuple[str, str] | None = None
        if backend == "milvus":
            assert milvus_uri is not None
            database = fresh_database()
            extra = {
                "COMMUNS_SEARCH_URI": milvus_uri,
                "COMMUNS_SEARCH_PREFIX": "fresh" + uuid.uuid4().hex[:8],
                "COMMUNS_DATABASE_URL": POSTGRES.rsplit("/", 1)[0] + "/" + database[1],
            }
        env = env_for(folder / f"fresh-{backend}", 2, **extra)
        processes: list[subprocess.Popen] = []
        try:
            if backend == "milvus":
                communs("db", "upgrade", env=env)
            urls = []
            for name in ("a", "b"):
                log = folder / f"fresh-{backend}-{name}.log"
                process, url = serve(env, log)
                processes.append(process)
                wait_up(url, process, log, timeout=900)  # a loaded machine starts slowly
                urls.append(url)
            print(f"freshness: {backend}, two replicas up; {count} documents...", flush=True)
            row = rounds(urls[0], urls[1], count)
            row["met"] = row["max_s"] <= TARGET_S
            out[backend] = row
            print(
                f"  {backend}: 201 on A -> first hit on B p50 {row['p50_s'] * 1e3:.0f} ms, "
                f"max {row['max_s'] * 1e3:.0f} ms over {row['rounds']} documents "
                f"(first {row['first_round_s'] * 1e3:.0f} ms); one search on B {row['search_p50_ms']:.0f} ms; "
                f"found at the first try {row['first_poll_hits']}/{row['rounds']}",
                flush=True,
            )
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
            if database is not None:
                drop_database(*database)
    return out
