"""Operations: /metrics (Prometheus), the request id, structured logs — in-process and on a real `communs serve`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import httpx
import pytest
import yaml
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from communs.api.app import create_app
from communs.config import load_settings
from communs.models.llamacpp import free_port
from tests.conftest import MASTER_KEY, start_server, stop_server
from tests.upstreams import UpstreamServer, fake_upstream_app

AUTH = {"Authorization": f"Bearer {MASTER_KEY}"}


def app_for(tmp_path, upstream_url: str, **settings) -> TestClient:
    providers = [{"backend": "openai", "base_url": upstream_url, "model": "m"}]
    config = load_settings(
        home=tmp_path,
        master_key=MASTER_KEY,
        provider_health_interval=0,
        models=[{"id": "chat", "type": "text-generation", "providers": providers}],
        **settings,
    )
    return TestClient(create_app(config))


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus' text format (None: no such sample)."""
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == name and found.labels == labels:
                return found.value
    return None


def test_metrics_by_route_template_and_model_tokens(tmp_path):
    with UpstreamServer(fake_upstream_app("up")) as up, app_for(tmp_path, up.url) as client:
        assert client.get("/metrics").status_code == 401, "protected like the rest of the API"
        for _ in range(3):
            assert client.get("/v1/models", headers=AUTH).status_code == 200
        assert client.get("/v1/collections/12345", headers=AUTH).status_code == 404
        assert client.get("/no/such/page/42").status_code == 404
        chat = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}
        assert client.post("/v1/chat/completions", json=chat, headers=AUTH).status_code == 200
        response = client.get("/metrics", headers=AUTH)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    count = "communs_http_request_duration_seconds_count"
    assert sample(text, count, method="GET", route="/v1/models", status="200") >= 3
    assert sample(text, count, method="GET", route="/v1/collections/{collection_id}", status="404") >= 1
    assert sample(text, count, method="GET", route="unmatched", status="404") >= 1
    assert "/no/such/page/42" not in text and "12345" not in text, "no raw path becomes a label"
    assert sample(text, "communs_tokens_total", model="chat", direction="in") >= 3
    assert sample(text, "communs_tokens_total", model="chat", direction="out") >= 1
    assert sample(text, "communs_http_requests_in_flight") == 1.0, "the scrape itself"


def test_metrics_public_or_off(tmp_path):
    with app_for(tmp_path, "http://127.0.0.1:1/v1", metrics="public") as client:
        assert client.get("/metrics").status_code == 200
    with app_for(tmp_path, "http://127.0.0.1:1/v1", metrics="off") as client:
        assert client.get("/metrics", headers=AUTH).status_code == 404


def test_the_request_id_is_taken_or_made_and_returned(tmp_path):
    with app_for(tmp_path, "http://127.0.0.1:1/v1") as client:
        assert client.get("/health", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
        made = client.get("/health").headers["x-request-id"]
        assert len(made) == 32 and made != client.get("/health").headers["x-request-id"]
        odd = client.get("/health", headers={"X-Request-ID": "x" * 300}).headers["x-request-id"]
        assert len(odd) == 32, "an id too long (or with odd characters) is replaced"
        error = client.get("/v1/models", headers={"X-Request-ID": "on-error"})
        assert error.status_code == 401 and error.headers["x-request-id"] == "on-error"


def test_json_logs_carry_the_request_id_on_a_real_server(tmp_path):
    """A real `communs serve` (log_format json, access log on): the provider's failure and the access line of one
    request carry the id the client sent."""
    dead = f"http://127.0.0.1:{free_port()}/v1"
    with UpstreamServer(fake_upstream_app("ok")) as ok:
        config = tmp_path / "communs.yaml"
        providers = [{"backend": "openai", "base_url": url, "model": "m"} for url in (dead, ok.url)]
        config.write_text(
            yaml.safe_dump({"models": [{"id": "chat", "type": "text-generation", "providers": providers}]})
        )
        log = tmp_path / "server.log"
        server = start_server(
            tmp_path / "home",
            log,
            COMMUNS_CONFIG=str(config),
            COMMUNS_DEFAULT_CHAT_MODEL="chat",
            COMMUNS_LOG_FORMAT="json",
            COMMUNS_ACCESS_LOG="true",
            COMMUNS_PROVIDER_HEALTH_INTERVAL="0",
        )
        try:
            chat = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}
            for i in range(2):  # round-robin: one of the two starts with the dead provider
                headers = {**AUTH, "X-Request-ID": f"req-{i}"}
                response = httpx.post(server.url + "/v1/chat/completions", json=chat, headers=headers, timeout=30)
                assert response.status_code == 200 and response.headers["x-request-id"] == f"req-{i}"
        finally:
            stop_server(server)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert lines, log.read_text()[-2000:]
    failed = [line for line in lines if "failed" in line["message"] and line["logger"] == "communs.models.registry"]
    assert len(failed) == 1 and failed[0]["request_id"] in ("req-0", "req-1") and failed[0]["level"] == "WARNING"
    access = [line for line in lines if line["logger"] == "communs.access" and line.get("route") != "/health"]
    assert [(a["request_id"], a["route"], a["status"]) for a in access] == [
        ("req-0", "/v1/chat/completions", 200),
        ("req-1", "/v1/chat/completions", 200),
    ]
    assert all(isinstance(a["duration_ms"], float) for a in access)
    assert any(line["logger"].startswith("uvicorn") for line in lines), "uvicorn's own lines are JSON too"


def test_worker_processes_add_up_in_multiprocess_mode(tmp_path):
    """Two processes record (as two uvicorn workers would); a third renders /metrics' text with both."""
    folder = tmp_path / "prometheus"
    folder.mkdir()
    record = textwrap.dedent(
        """
        from communs.observability import metrics
        metrics.observe_request("GET", "/v1/models", 200, 0.01)
        metrics.record_tokens("chat", prompt=5, completion=2)
        metrics.job_started("ingest")
        metrics.job_finished("ingest", 3.0, ok=True)
        metrics.set_queue_depth(4)
        """
    )
    env = {
        "PROMETHEUS_MULTIPROC_DIR": str(folder),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
    }
    for _ in range(2):
        subprocess.run([sys.executable, "-c", record], env=env, check=True)
    render = "from communs.observability import metrics; import sys; sys.stdout.write(metrics.render().decode())"
    text = subprocess.run([sys.executable, "-c", render], env=env, check=True, capture_output=True, text=True).stdout
    count = "communs_http_request_duration_seconds_count"
    assert sample(text, count, method="GET", route="/v1/models", status="200") == 2.0
    assert sample(text, "communs_tokens_total", model="chat", direction="in") == 10.0
    assert sample(text, "communs_job_duration_seconds_count", kind="ingest", outcome="ok") == 2.0
    assert sample(text, "communs_queue_depth", queue="default") == 4.0


@pytest.fixture(autouse=True)
def _no_stray_multiproc(monkeypatch):
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
