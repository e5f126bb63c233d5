"""Prometheus metrics: what every part of communs may record, and the ``/metrics`` text.

Other modules call the small functions below and never touch ``prometheus_client`` themselves:

    metrics.record_tokens("qwen2.5-coder-1.5b", prompt=120, completion=48)
    metrics.job_started("dossier"); ...; metrics.job_finished("dossier", seconds=12.5, ok=True)
    metrics.set_queue_depth(7)

Several processes (``communs serve --workers N``): with ``PROMETHEUS_MULTIPROC_DIR`` set (``serve`` sets it to a
fresh folder when it starts more than one worker), each process writes its values to memory-mapped files there
and ``/metrics`` adds them up across the live processes, whichever worker answers the scrape. Several hosts or
containers: each replica has its own ``/metrics``; Prometheus scrapes each one (never through the load
balancer) and sums with ``sum by (...)``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from communs.config import environ_flag

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = CONTENT_TYPE_LATEST

# seconds: from a cached /v1/models answer (sub-millisecond) to a long transcription
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)
_JOB_BUCKETS = (0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600)

REQUEST_SECONDS = Histogram(
    "communs_http_request_duration_seconds",
    "HTTP requests by route template (not the raw path), method and status: time to the last byte.",
    ["method", "route", "status"],
    buckets=_LATENCY_BUCKETS,
)
REQUESTS_IN_FLIGHT = Gauge(
    "communs_http_requests_in_flight", "HTTP requests being answered.", multiprocess_mode="livesum"
)
TOKENS = Counter(
    "communs_tokens_total", "Tokens by model and direction (in: prompt, out: completion).", ["model", "direction"]
)
PROVIDER_STATE = Gauge(
    "communs_provider_circuit_state",
    "Circuit breaker of a model's provider: 0 closed (in use), 1 half-open (one trial request), 2 open (skipped).",
    ["model", "provider"],
    multiprocess_mode="livemax",
)
PROVIDER_UP = Gauge(
    "communs_provider_up",
    "1 when the provider's last request or health check succeeded, else 0.",
    ["model", "provider"],
    multiprocess_mode="livemin",
)
PROVIDER_IN_FLIGHT = Gauge(
    "communs_provider_in_flight",
    "Requests in flight to a provider.",
    ["model", "provider"],
    multiprocess_mode="livesum",
)
PROVIDER_FAILURES = Counter(
    "communs_provider_failures_total", "Failed calls and health checks of a provider.", ["model", "provider"]
)
QUEUE_DEPTH = Gauge("communs_queue_depth", "Jobs waiting in a queue.", ["queue"], multiprocess_mode="livemostrecent")
JOBS_RUNNING = Gauge("communs_jobs_running", "Jobs being run, by kind.", ["kind"], multiprocess_mode="livesum")
JOB_SECONDS = Histogram(
    "communs_job_duration_seconds", "Jobs by kind and outcome (ok, error).", ["kind", "outcome"], buckets=_JOB_BUCKETS
)


_request_series: dict[tuple[str, str, int], Histogram] = {}


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    key = (method, route, status)
    series = _request_series.get(key)  # a dict look-up instead of labels()' lock and checks on every request
    if series is None:
        series = _request_series[key] = REQUEST_SECONDS.labels(method, route, str(status))
    series.observe(seconds)


def record_tokens(model: str | None, *, prompt: int, completion: int) -> None:
    name = model or "none"
    if prompt:
        TOKENS.labels(name, "in").inc(prompt)
    if completion:
        TOKENS.labels(name, "out").inc(completion)


def provider_state(model: str, provider: str, *, state: int, up: bool) -> None:
    PROVIDER_STATE.labels(model, provider).set(state)
    PROVIDER_UP.labels(model, provider).set(1 if up else 0)


def provider_failed(model: str, provider: str) -> None:
    PROVIDER_FAILURES.labels(model, provider).inc()


def provider_in_flight(model: str, provider: str, delta: int) -> None:
    PROVIDER_IN_FLIGHT.labels(model, provider).inc(delta)


def job_started(kind: str) -> None:
    """A job of ``kind`` starts running (call ``job_finished`` when it ends, whatever the outcome)."""
    JOBS_RUNNING.labels(kind).inc()


def job_finished(kind: str, seconds: float, ok: bool) -> None:
    JOBS_RUNNING.labels(kind).dec()
    JOB_SECONDS.labels(kind, "ok" if ok else "error").observe(seconds)


def set_queue_depth(n: int, queue: str = "default") -> None:
    QUEUE_DEPTH.labels(queue).set(n)


def multiprocess_dir() -> str | None:
    return environ_flag(MULTIPROC_ENV) or None


def prepare_multiprocess(directory: Path | None = None) -> Path:
    """Before starting several worker processes: an empty folder for their metric files (a fresh temporary one by
    default: never shared with another server), named in the environment they inherit (before any worker imports
    ``prometheus_client``)."""
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="communs-metrics-"))
    elif directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True, exist_ok=True)
    os.environ[MULTIPROC_ENV] = str(directory)
    return directory


def process_exited() -> None:
    """A worker's shutdown: its ``live*`` gauges stop counting."""
    if multiprocess_dir():
        multiprocess.mark_process_dead(os.getpid())


def render() -> bytes:
    """The metrics in Prometheus' text format: this process's, or every live worker's in multiprocess mode."""
    if multiprocess_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)


def serve_metrics(port: int, addr: str = "0.0.0.0") -> None:
    """Serve ``/metrics`` on its own port from a thread: for processes with no HTTP face (``communs worker``)."""
    from prometheus_client import start_http_server

    if multiprocess_dir():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        start_http_server(port, addr, registry=registry)
    else:
        start_http_server(port, addr)
