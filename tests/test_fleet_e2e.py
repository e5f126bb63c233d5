"""The whole fleet, real processes: two `communs serve` replicas and two `communs worker` on one PostgreSQL
database, one Redis, one Milvus server (chunks and vectors; their records are in PostgreSQL) and one data home
(the shared volume of a real fleet: dossier uploads).

A key made on A works on B; revoked on B, refused on A within a second; a rate limit holds across both; a
document uploaded on A is found on B right after its 201; a De Facto dossier submitted on A runs on a worker,
and when that worker is killed (`kill -9`) mid-job the other one finishes it: one result, every page once;
and the usage of both replicas is in PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from communs.accounts.store import open_store
from communs.config import load_settings
from communs.models.llamacpp import free_port
from tests.conftest import MASTER_KEY, server_env
from tests.test_dossier import balto, first_pages  # noqa: F401 - fixtures

PDF = "application/pdf"
TEXT = (
    "La carte nationale d'identité se renouvelle en mairie. Le délai de fabrication dépend de la commune.\n\n"
    "Pour un passeport biométrique, le demandeur prend rendez-vous et présente un justificatif de domicile."
)


@dataclass
class Fleet:
    home: Path
    env: dict[str, str]
    logs: Path
    urls: list[str] = field(default_factory=list)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def start(self, name: str, *args: str) -> subprocess.Popen:
        log = (self.logs / f"{name}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "communs.cli", *args],
            env=server_env(self.home, **self.env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.processes[name] = process
        return process

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")[-3000:]

    def wait_healthy(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        for name, url in zip(("api-a", "api-b"), self.urls):
            while True:
                assert self.processes[name].poll() is None, self.log(name)
                try:
                    if httpx.get(url + "/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, self.log(name)
                time.sleep(0.2)

    def http(self, replica: int, key: str = MASTER_KEY) -> httpx.Client:
        return httpx.Client(base_url=self.urls[replica], headers={"Authorization": f"Bearer {key}"}, timeout=300)

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "communs.cli", *args],
            env=server_env(self.home, **self.env),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture
def fleet(
    tmp_path: Path, postgres_url: str, redis_url: str, redis_prefix: str, milvus_uri: str, milvus_prefix: str
) -> Iterator[Fleet]:
    env = {
        "COMMUNS_DATABASE_URL": postgres_url,
        "COMMUNS_SEARCH_URI": milvus_uri,  # the search engine every replica shares (chunks and vectors)
        "COMMUNS_SEARCH_PREFIX": milvus_prefix,
        "COMMUNS_REDIS_URL": redis_url,
        "COMMUNS_REDIS_PREFIX": redis_prefix,
        "COMMUNS_QUEUE_BACKEND": "procrastinate",
        "COMMUNS_QUEUE_HEARTBEAT_SECONDS": "0.5",  # the queue's test settings: a dead worker is noticed in 2 s
        "COMMUNS_QUEUE_STALLED_SECONDS": "2",
    }
    fleet = Fleet(tmp_path / "home", env, tmp_path)  # one data home: the fleet's shared volume
    fleet.cli("db", "upgrade")  # the schema, once, before anything starts (compose's `migrate`)
    try:
        for name in ("api-a", "api-b"):
            port = free_port()
            fleet.urls.append(f"http://127.0.0.1:{port}")
            fleet.start(name, "serve", "--port", str(port))
        for name in ("worker-1", "worker-2"):
            fleet.start(name, "worker")
        fleet.wait_healthy()
        yield fleet
    finally:
        fleet.stop()
    for name in fleet.processes:
        assert "Traceback" not in fleet.log(name), fleet.log(name)


def refused_within(http: httpx.Client, seconds: float, started: float) -> float:
    while (status := http.get("/v1/models").status_code) == 200:
        assert time.perf_counter() - started < seconds, "the revoked key still works"
        time.sleep(0.005)
    assert status == 401
    return time.perf_counter() - started


def one(engine: sa.Engine, query: str, **params: object) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(sa.text(query), params)]


def test_two_replicas_and_two_workers_on_postgresql_and_redis(fleet: Fleet, balto, postgres_url):  # noqa: F811
    engine = sa.create_engine(postgres_url)
    settings = load_settings(
        home=fleet.home,
        database_url=postgres_url,
        redis_url=fleet.env["COMMUNS_REDIS_URL"],
        redis_prefix=fleet.env["COMMUNS_REDIS_PREFIX"],
    )
    store = open_store(settings)
    try:
        # the dossier first: the workers read it while the rest is checked
        pdf, _ = balto
        with fleet.http(0) as a:
            files = {"file": ("balto-16.pdf", first_pages(pdf, 16), PDF)}  # two batches of 8 pages
            submitted = a.post("/v1/apps/dossier", files=files, data={"llm": "false"})
            assert submitted.status_code == 200, submitted.text
            dossier = submitted.json()["id"]

        # a key made on A (its environment) works on B, which never saw it; revoked on B, refused on A within 1 s
        key = fleet.cli("keys", "create", "--name", "agent-a").strip().splitlines()[-1]
        key_id = store.authenticate(key).key_id
        with fleet.http(0, key) as on_a, fleet.http(1, key) as on_b:
            assert on_b.get("/v1/models").status_code == 200
            assert on_a.get("/v1/models").status_code == 200  # now in A's cache
            revoke = subprocess.Popen(  # B's side: the admin command runs with the fleet's settings
                [sys.executable, "-m", "communs.cli", "keys", "revoke", str(key_id)],
                env=server_env(fleet.home, **fleet.env),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            assert revoke.wait(timeout=120) == 0, revoke.stderr.read() if revoke.stderr else ""
            started = time.perf_counter()
            print(f"revoked key refused on A {refused_within(on_a, 1.0, started) * 1000:.0f} ms after the revocation")
            assert on_b.get("/v1/models").status_code == 401

        # one rate limit across both replicas: the 4th request of the minute is refused on either
        limited, _ = store.create_key("limited", rpm=3)
        with fleet.http(0, limited) as on_a, fleet.http(1, limited) as on_b:
            assert [on_a.get("/v1/models").status_code, on_b.get("/v1/models").status_code] == [200, 200]
            assert on_a.get("/v1/models").status_code == 200
            refused = on_b.get("/v1/models")
            assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limit_exceeded"
            assert on_a.get("/v1/models").status_code == 429

        # a document uploaded on A is found on B right after its 201, although B had cached the collection
        user_a, _ = store.create_key("usage-a")
        user_b, _ = store.create_key("usage-b")
        with fleet.http(0, user_a) as a, fleet.http(1, user_a) as b:
            created = a.post("/v1/collections", json={"name": "fiches", "visibility": "private"})
            assert created.status_code == 201, created.text
            collection = created.json()["id"]
            assert collection in [c["id"] for c in b.get("/v1/collections").json()["data"]]  # on B at once
            # its record is a row of the fleet's PostgreSQL (search.sqlite keeps the chunks only)
            assert one(engine, "SELECT name, visibility FROM collections WHERE id = :id", id=collection) == [
                ("fiches", "private")
            ]
            first = a.post(
                "/v1/documents",
                files={"file": ("cni.txt", TEXT.encode(), "text/plain")},
                data={"collection": str(collection)},
            )
            assert first.status_code == 201, first.text
            query = {"prompt": "renouveler sa carte d'identité", "collections": [collection], "method": "semantic"}
            assert len(b.post("/v1/search", json=query).json()["data"]) >= 1  # B caches the collection's vectors
            second = a.post(
                "/v1/documents",
                files={"file": ("permis.txt", b"Le permis de conduire probatoire dure trois ans.", "text/plain")},
                data={"collection": str(collection)},
            )
            assert second.status_code == 201
            found = b.post("/v1/search", json={**query, "prompt": "durée du permis probatoire", "k": 1})
            assert found.json()["data"][0]["chunk"]["metadata"]["document_id"] == second.json()["id"], found.text
            assert b.get(f"/v1/collections/{collection}").json()["documents"] == 2
        with fleet.http(1, user_b) as b:
            assert b.post("/v1/embeddings", json={"input": "Bonjour"}).status_code == 200

        # the dossier: running on one worker; that worker killed mid-job, the other finishes it
        with fleet.http(1) as b:
            deadline = time.monotonic() + 240
            while (job := b.get(f"/v1/apps/dossier/{dossier}").json())["pages_done"] < 8:
                assert job["status"] in ("queued", "running"), job
                assert time.monotonic() < deadline, fleet.log("worker-1") + fleet.log("worker-2")
                time.sleep(0.1)
            [(holder, status)] = one(engine, "SELECT worker, status FROM queue_jobs WHERE id = :id", id=dossier)
            assert status == "running" and job["status"] == "running", "the worker should be killed mid-job"
            pid = int(holder.split(":")[1])
            killed = next(name for name, p in fleet.processes.items() if p.pid == pid)
            os.kill(pid, signal.SIGKILL)
            fleet.processes[killed].wait()
            while (job := b.get(f"/v1/apps/dossier/{dossier}").json())["status"] in ("queued", "running"):
                assert time.monotonic() < deadline, fleet.log("worker-1") + fleet.log("worker-2")
                time.sleep(0.3)
        assert job["status"] == "done" and job["pages_done"] == job["pages_total"] == 16, job
        assert job["result"]["pages"] == 16
        with fleet.http(0) as a:
            assert a.get(f"/v1/apps/dossier/{dossier}").json()["result"] == job["result"]  # the same on A
        [(finisher, attempts, queue_status)] = one(
            engine, "SELECT worker, attempts, status FROM queue_jobs WHERE id = :id", id=dossier
        )
        assert queue_status == "done" and attempts == 2 and int(finisher.split(":")[1]) != pid
        pages = one(engine, "SELECT number FROM dossier_pages WHERE job = :id ORDER BY number", id=dossier)
        assert [n for (n,) in pages] == list(range(1, 17)), "every page once"
        assert one(engine, "SELECT batch FROM dossier_batches WHERE job = :id ORDER BY batch", id=dossier) == [
            (0,),
            (1,),
        ]
        assert one(engine, "SELECT resumed FROM dossier_jobs WHERE id = :id", id=dossier) == [(1,)]
        left = one(engine, "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')")
        assert left == [(0,)], "no second run waiting"

        # the usage of both replicas, in PostgreSQL
        expected = {("usage-a", "documents"): 2, ("usage-a", "search"): 2, ("usage-b", "embeddings"): 1}
        query = (
            "SELECT u.name, g.endpoint, count(*) FROM usage g JOIN api_keys k ON k.id = g.key_id "
            "JOIN users u ON u.id = k.user_id WHERE u.name IN ('usage-a', 'usage-b') GROUP BY u.name, g.endpoint"
        )
        deadline = time.monotonic() + 20
        while {(n, e): c for n, e, c in one(engine, query)} != expected:
            assert time.monotonic() < deadline, one(engine, query)
            time.sleep(0.2)
    finally:
        store.close()
        engine.dispose()
