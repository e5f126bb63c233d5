"""The long-job queue: a job runs once, wherever it is submitted from, and a worker killed mid-job (kill -9)
leaves it to another worker, which finishes it from what was saved: one result, nothing lost. Real PostgreSQL
and real `communs worker` processes for the fleet; a plain SQLite home, no broker, for the embedded default."""

from __future__ import annotations

import asyncio
import collections
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import sqlalchemy as sa

import tests.queue_kinds  # noqa: F401 - registers the test job kind in this process
from communs.config import load_settings
from communs.jobs.queue import InProcessQueue, open_queue
from communs.jobs.runner import Resources
from communs.jobs.store import JobTable
from communs.models.llamacpp import free_port
from tests.conftest import ROOT, server_env
from tests.test_observability import sample

KINDS = '["tests.queue_kinds"]'


def runs(folder: Path) -> list[tuple[str, int, int]]:
    """(job, step, pid) for every step started, in order."""
    log = folder / "runs.log"
    lines = log.read_text(encoding="utf-8").split() if log.exists() else []
    return [(lines[i], int(lines[i + 1]), int(lines[i + 2])) for i in range(0, len(lines), 3)]


def test_the_embedded_queue_runs_a_job_once_with_no_broker(tmp_path):
    settings = load_settings(home=tmp_path / "home", queue_stalled_seconds=2, queue_heartbeat_seconds=0.5)
    assert settings.queue_backend == "inprocess" and settings.database_url.startswith("sqlite:///")
    payload = {"folder": str(tmp_path), "steps": 4, "delay": 0.1}

    async def two_processes() -> tuple[str, str, list]:
        # two API processes on one database (each its own queue and connections): both are asked to run the job
        first, second = (InProcessQueue(settings, Resources(settings), JobTable(settings.database_url)) for _ in "ab")
        job_id = await first.submit("test.steps", "alice", payload)
        assert await second.submit("test.steps", "alice", payload, job_id=job_id) == job_id  # known: not queued twice
        second.run_here(job_id)
        await asyncio.gather(first.wait(), second.wait())
        cancelled = await first.submit("test.steps", "alice", {**payload, "steps": 50})
        await asyncio.sleep(0.3)
        await first.cancel(cancelled)
        await first.wait()
        states = [first.get(job_id, "alice"), second.get(job_id), first.get(cancelled)]
        await first.aclose()
        await second.aclose()
        return job_id, cancelled, states

    job_id, cancelled, (done, seen_by_other, stopped) = asyncio.run(two_processes())
    assert done.status == seen_by_other.status == "done" and done.attempts == 1
    assert done.result == {"steps": 4, "pid": os.getpid(), "attempt": 1} and done.progress == 1.0
    assert [(step) for job, step, _ in runs(tmp_path) if job == job_id] == [0, 1, 2, 3]  # each step once
    assert stopped.status == "cancelled" and 0 < stopped.done < 50


def test_a_fleet_api_only_enqueues_and_a_job_submitted_twice_is_queued_once(tmp_path, postgres_url):
    settings = load_settings(home=tmp_path / "home", database_url=postgres_url, queue_backend="procrastinate")
    payload = {"folder": str(tmp_path), "steps": 2, "delay": 0.1}

    async def two_replicas() -> tuple[str, str]:
        first, second = open_queue(settings), open_queue(settings)
        await asyncio.gather(first.start(), second.start())  # the schema is applied once, under a lock
        job_id = await first.submit("test.steps", "alice", payload)
        await asyncio.gather(*(q.submit("test.steps", "alice", payload, job_id=job_id) for q in (first, second)))
        await asyncio.sleep(0.5)
        status = second.get(job_id).status
        await first.aclose()
        await second.aclose()
        return job_id, status

    job_id, status = asyncio.run(two_replicas())
    assert status == "queued" and runs(tmp_path) == []  # no job runs in an API process
    engine = sa.create_engine(postgres_url)
    with engine.connect() as conn:
        queued = conn.execute(sa.text("SELECT count(*) FROM procrastinate_jobs WHERE lock = :id"), {"id": job_id})
        assert queued.scalar() == 1
    engine.dispose()


def _worker(tmp_path: Path, postgres_url: str, name: str, **extra: str) -> subprocess.Popen:
    env = server_env(
        tmp_path / "home",
        COMMUNS_DATABASE_URL=postgres_url,
        COMMUNS_QUEUE_BACKEND="procrastinate",
        COMMUNS_QUEUE_HEARTBEAT_SECONDS="0.5",
        COMMUNS_QUEUE_STALLED_SECONDS="2",
        COMMUNS_QUEUE_IMPORTS=KINDS,
        PYTHONPATH=str(ROOT),
        **extra,
    )
    log = open(tmp_path / f"{name}.log", "w")  # noqa: SIM115 - closed with the process
    return subprocess.Popen([sys.executable, "-m", "communs.cli", "worker"], env=env, stdout=log, stderr=log)


def test_a_worker_killed_mid_job_leaves_it_to_another_that_finishes_it_once(tmp_path, postgres_url):
    settings = load_settings(home=tmp_path / "home", database_url=postgres_url, queue_backend="procrastinate")
    table = JobTable(postgres_url)

    async def kill_one_mid_job() -> tuple[str, int, int]:
        queue = open_queue(settings, table=table)
        await queue.start()  # the schema, before the workers race for it
        workers = {w.pid: w for w in (_worker(tmp_path, postgres_url, "a"), _worker(tmp_path, postgres_url, "b"))}
        try:
            job_id = await queue.submit("test.steps", "alice", {"folder": str(tmp_path), "steps": 8, "delay": 0.4})
            deadline = time.time() + 40
            while time.time() < deadline and table.get(job_id).done < 3:
                await asyncio.sleep(0.1)
            job = table.get(job_id)
            assert job.status == "running" and job.done >= 3, (job, (tmp_path / "a.log").read_text())
            killed = int((job.worker or "").split(":")[1])
            os.kill(killed, signal.SIGKILL)
            workers[killed].wait()
            while time.time() < deadline and not table.get(job_id).ended:
                await asyncio.sleep(0.1)
            return job_id, killed, next(pid for pid in workers if pid != killed)
        finally:
            for worker in workers.values():
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)
            for worker in workers.values():
                try:
                    worker.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    worker.kill()
            await queue.aclose()

    job_id, killed, survivor = asyncio.run(kill_one_mid_job())
    table = JobTable(postgres_url)
    done = table.get(job_id)
    assert done.status == "done" and done.attempts == 2, done
    assert done.result == {"steps": 8, "pid": survivor, "attempt": 2}
    started = collections.Counter(step for _, step, _ in runs(tmp_path))
    assert sorted(started) == list(range(8))  # nothing lost
    assert sum(started.values()) <= 9  # the saved steps were not redone: only the one cut short, at most
    assert {pid for _, step, pid in runs(tmp_path) if step == 7} == {survivor}
    with table.engine.connect() as conn:  # nothing left in the queue: no second run waiting
        left = conn.execute(sa.text("SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"))
        assert left.scalar() == 0
    table.close()


def test_a_worker_serves_its_job_metrics_on_its_metrics_port(tmp_path, postgres_url):
    settings = load_settings(home=tmp_path / "home", database_url=postgres_url, queue_backend="procrastinate")
    port = free_port()
    table = JobTable(postgres_url)

    async def one_job() -> str:
        queue = open_queue(settings, table=table)
        await queue.start()
        job_id = await queue.submit("test.steps", "alice", {"folder": str(tmp_path), "steps": 2, "delay": 0.1})
        await queue.aclose()
        return job_id

    job_id = asyncio.run(one_job())
    worker = _worker(tmp_path, postgres_url, "m", COMMUNS_METRICS_PORT=str(port))
    try:
        deadline = time.time() + 40
        while time.time() < deadline and not table.get(job_id).ended:
            time.sleep(0.1)
        assert table.get(job_id).status == "done", (tmp_path / "m.log").read_text()
        time.sleep(1.2)  # two heartbeats: the depth is read again
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=15)
        table.close()
    assert sample(text, "communs_job_duration_seconds_count", kind="test.steps", outcome="ok") == 1
    assert sample(text, "communs_jobs_running", kind="test.steps") == 0
    assert sample(text, "communs_queue_depth", queue="communs") == 0
