"""Cancelling a running De Facto dossier over HTTP: it stops at its next batch, its status becomes cancelled, and
nothing it read stays behind (pages, batches, files, passage index); only its owner may cancel or delete it."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.test_api_auth_usage import cli
from tests.test_dossier import balto  # noqa: F401 - fixture

PDF = "application/pdf"


def _rows(home, query: str, *args) -> list[tuple]:
    with sqlite3.connect(home / "communs.db") as db:
        return db.execute(query, args).fetchall()


def _queue_status(home, job_id: str) -> str | None:
    rows = _rows(home, "SELECT status FROM queue_jobs WHERE id = ?", job_id)
    return rows[0][0] if rows else None


def _wait(predicate, timeout: float, what: str):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out waiting for {what}")


@pytest.mark.slow
def test_a_running_dossier_is_cancelled_at_its_next_batch_and_leaves_nothing(live_server, balto):  # noqa: F811
    pdf, _ = balto
    home = live_server.home
    with live_server.http() as http:
        response = http.post(
            "/v1/apps/dossier", files={"file": ("balto.pdf", pdf.read_bytes(), PDF)}, data={"llm": "0"}
        )
        assert response.status_code == 200, response.text
        job_id = response.json()["id"]
        running = _wait(
            lambda: (job := http.get(f"/v1/apps/dossier/{job_id}").json())["pages_done"] >= 8 and job, 300, "a batch"
        )
        assert running["status"] == "running" and running["pages_done"] < running["pages_total"] == 33

        key = cli(live_server, "keys", "create", "--name", "autre-service").stdout.strip().splitlines()[-1]
        with live_server.http(key) as other:  # someone else's dossier does not exist for them
            assert other.post(f"/v1/apps/dossier/{job_id}/cancel").status_code == 404
            assert other.delete(f"/v1/apps/dossier/{job_id}").status_code == 404

        cancelled = http.post(f"/v1/apps/dossier/{job_id}/cancel")
        assert cancelled.status_code == 200, cancelled.text
        assert cancelled.json()["status"] == "cancelled" and cancelled.json()["result"] is None
        # the runner stops at its next batch boundary, and the queue records the cancel
        assert _wait(lambda: _queue_status(home, job_id) == "cancelled", 120, "the runner to stop")
        time.sleep(1.0)
        job = http.get(f"/v1/apps/dossier/{job_id}").json()
        assert job["status"] == "cancelled" and job["pages_done"] == 0
        assert http.get(f"/v1/apps/dossier/{job_id}/pages").json()["data"] == []
        assert _rows(home, "SELECT count(*) FROM dossier_pages WHERE job = ?", job_id) == [(0,)]
        assert _rows(home, "SELECT count(*) FROM dossier_batches WHERE job = ?", job_id) == [(0,)]
        assert not (home / "dossier" / job_id).exists()
        assert http.post(f"/v1/apps/dossier/{job_id}/ask", json={"question": "Qui est la victime ?"}).status_code == 400

        # cancelling again changes nothing; deleting removes the dossier for good
        assert http.post(f"/v1/apps/dossier/{job_id}/cancel").json()["status"] == "cancelled"
        assert http.delete(f"/v1/apps/dossier/{job_id}").status_code == 204
        assert http.get(f"/v1/apps/dossier/{job_id}").status_code == 404
        assert http.post(f"/v1/apps/dossier/{job_id}/cancel").status_code == 404
