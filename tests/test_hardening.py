"""Hardening (issue 21): no server error on any input, no request that stalls the others, bounded work.

Real HTTP against a real ``communs serve`` (the session's ``live_server``), except the catch-all handler, which needs
a route that fails: the real application with one such route added, served by uvicorn on a free port.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable

import httpx
import pytest
import uvicorn

from communs.api.app import create_app
from communs.api.bodies import MAX_JSON_DEPTH, json_depth
from communs.apps.dossier.jobs import stored_name
from communs.apps.plain.simplify import simplify
from communs.documents import parse_document
from communs.documents.chunking import chunk_document
from communs.models.llamacpp import free_port
from communs.models.registry import Registry

HUGE = 2**64  # one past what SQLite can bind: an OverflowError (a 500) before the bounds


def assert_client_error(response: httpx.Response) -> dict:
    """A 4xx in the OpenAI shape (400 or Albert's 422 for a validation error, 413 for a limit)."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    error = response.json()["error"]
    assert error["message"] and error["type"]
    return error


@pytest.fixture(scope="module")
def http(live_server):
    with live_server.http() as client:
        yield client


@pytest.fixture(scope="module")
def collection(http: httpx.Client) -> int:
    response = http.post("/v1/collections", json={"name": "hardening"})
    assert response.status_code == 201
    return response.json()["id"]


def test_integers_beyond_64_bits_are_client_errors(http: httpx.Client, collection: int) -> None:
    for path in (
        f"/v1/collections/{HUGE}",
        f"/v1/documents/{HUGE}",
        f"/v1/chunks/{HUGE}",
        f"/v1/documents?collection={HUGE}",
        f"/v1/documents?collection={collection}&offset={HUGE}",
        f"/v1/documents?collection={collection}&limit={HUGE}",
        f"/v1/collections?offset={HUGE}",
        f"/v1/chunks/1?offset={HUGE}",
        f"/v1/collections/{-HUGE}",
    ):
        assert_client_error(http.get(path))
    assert_client_error(http.delete(f"/v1/documents/{HUGE}"))
    assert_client_error(http.patch(f"/v1/collections/{HUGE}", json={"name": "x"}))
    assert_client_error(http.post("/v1/search", json={"prompt": "loyer", "collections": [HUGE]}))
    files = {"file": ("a.txt", b"Bonjour.", "text/plain")}
    assert_client_error(http.post("/v1/documents", files=files, data={"collection": str(HUGE)}))
    # in chat, a float that is a whole number is an int to Pydantic: 1e30 must be refused, not sent on (a 502)
    for field in ("max_tokens", "max_completion_tokens", "seed", "n"):
        body = {"messages": [{"role": "user", "content": "Bonjour"}], field: 1e30}
        error = assert_client_error(http.post("/v1/chat/completions", json=body))
        assert field in error["message"]
    message = [{"role": "user", "content": "Bonjour"}]
    body = {"messages": message, "search": True, "search_args": {"collections": [HUGE]}}
    assert_client_error(http.post("/v1/chat/completions", json=body))
    assert_client_error(http.post("/v1/embeddings", json={"input": "Bonjour", "dimensions": HUGE}))
    # still fine within the bounds
    assert http.get(f"/v1/documents?collection={collection}&offset={2**63 - 1}").json()["data"] == []
    assert http.get(f"/v1/collections/{2**63 - 1}").status_code == 404


def test_metadata_keys_and_filters_are_checked(http: httpx.Client, collection: int) -> None:
    for filters in ({"a\x00b": "x"}, {"\x07": 1}, {"": 1}, {"k" * 300: 1}, {"page": HUGE}, {"author": "a\x00"}):
        error = assert_client_error(
            http.post("/v1/search", json={"prompt": "loyer", "collections": [collection], "filters": filters})
        )
        assert error["param"] == "filters"
    for metadata in ({"a\x00": 1}, {"tab\there": 1}):
        files = {"file": ("a.txt", b"Bonjour. Le chat dort.", "text/plain")}
        data = {"collection": str(collection), "metadata": json.dumps(metadata)}
        error = assert_client_error(http.post("/v1/documents", files=files, data=data))
        assert error["param"] == "metadata"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deeply_nested_json_is_refused_before_parsing(http: httpx.Client, collection: int) -> None:
    assert json_depth(b'{"a": "[[[[", "b": [[{}]]}') == 4  # brackets in strings do not count
    assert json_depth(b'"\\"[[[["') == 0
    for depth in (MAX_JSON_DEPTH + 1, 5000):
        deep = nested(depth)
        headers = {"content-type": "application/json"}
        chat = '{"messages": [{"role": "user", "content": "Bonjour"}], "extra": ' + deep + "}"
        assert_client_error(http.post("/v1/chat/completions", content=chat, headers=headers))
        consultation = '{"transcript": "Bonjour.", "llm": false, "x": ' + deep + "}"
        assert_client_error(http.post("/v1/apps/consultation", content=consultation, headers=headers))
        # the same body without a JSON content type: the route's own parser checks it
        assert_client_error(http.post("/v1/apps/consultation", content=consultation))
        assert_client_error(http.post("/v1/apps/forms/audit", content='{"title": "x", "fields": ' + deep + "}"))
        form_file = {"file": ("form.json", ('{"title": "x", "fields": ' + deep + "}").encode(), "application/json")}
        assert_client_error(http.post("/v1/apps/forms/audit", files=form_file))
        files = {"file": ("a.txt", b"Bonjour.", "text/plain")}
        data = {"collection": str(collection), "metadata": '{"a": ' + deep + "}"}
        assert_client_error(http.post("/v1/documents", files=files, data=data))
    # a body within the depth still goes through
    ok = {"messages": [{"role": "user", "content": "Bonjour"}], "max_tokens": 0, "extra": json.loads(nested(10))}
    assert "max_tokens" in assert_client_error(http.post("/v1/chat/completions", json=ok))["message"]


def test_dossier_file_names_are_made_safe(live_server, http: httpx.Client) -> None:
    long_name = "é" * 200 + ".txt"  # 404 bytes: over the 255 a file system allows
    assert len(stored_name(long_name).encode()) <= 200 and stored_name(long_name).endswith(".txt")
    assert stored_name("../../etc/passwd") == "passwd" and stored_name("..") == "document"
    text = "PROCÈS-VERBAL D'AUDITION\nLe 3 mars 2024, M. Jean Martin déclare avoir vu le scooter.".encode()
    response = http.post("/v1/apps/dossier", files={"file": (long_name, text, "text/plain")}, data={"llm": "false"})
    assert response.status_code in (200, 201, 202), response.text
    stored = [p for folder in live_server.home.rglob("files") if folder.is_dir() for p in folder.iterdir()]
    assert any(p.name.endswith(".txt") and "é" in p.name for p in stored)
    assert all(len(p.name.encode()) <= 255 for p in stored)
    # a refused upload leaves no folder behind
    before = sorted(str(p) for p in live_server.home.rglob("files"))
    assert_client_error(http.post("/v1/apps/dossier", files={"file": (long_name, b"", "text/plain")}))
    assert sorted(str(p) for p in live_server.home.rglob("files")) == before


def test_embedding_inputs_are_bounded(http: httpx.Client, collection: int) -> None:
    started = time.monotonic()
    error = assert_client_error(http.post("/v1/embeddings", json={"input": "mot " * 10_000}))  # 40,000 characters
    assert error["code"] == "payload_too_large" and "max_embedding_input_chars" in error["message"]
    error = assert_client_error(http.post("/v1/embeddings", json={"input": ["mot " * 8000] * 40}))  # 1.28 M in all
    assert "max_embedding_total_chars" in error["message"]
    error = assert_client_error(http.post("/v1/search", json={"prompt": "x" * 40_000, "collections": [collection]}))
    assert error["param"] == "prompt"
    assert time.monotonic() - started < 5  # refused before the engine sees them


def test_chunking_is_linear_on_runs_of_punctuation() -> None:
    for text in ("!" * 40_000, "?!…" * 13_000, ". " * 20_000, "A. " * 13_000):
        parsed = parse_document(text.encode(), "bang.txt")
        started = time.perf_counter()
        chunks = chunk_document(parsed, max_chars=1200, overlap_chars=150)
        assert time.perf_counter() - started < 0.5, text[:6]
        assert chunks


def worst_health_while(url: str, heavy: Callable[[], httpx.Response]) -> tuple[httpx.Response, float, float]:
    """The heavy request's answer, how long it took, and the slowest /health polled while it ran."""
    worst = 0.0
    done = threading.Event()

    def poll() -> None:
        nonlocal worst
        with httpx.Client(base_url=url, timeout=60) as client:
            while not done.is_set():
                started = time.perf_counter()
                assert client.get("/health").status_code == 200
                worst = max(worst, time.perf_counter() - started)
                time.sleep(0.02)

    poller = threading.Thread(target=poll)
    started = time.perf_counter()
    poller.start()
    try:
        response = heavy()
    finally:
        took = time.perf_counter() - started
        done.set()
        poller.join()
    return response, took, worst


def test_heavy_requests_do_not_stall_the_others(live_server, http: httpx.Client, collection: int) -> None:
    fields = "".join(
        f'<label for="i{i}">Votre numéro de téléphone {i}</label><input id="i{i}" name="tel{i}" type="text">'
        for i in range(250)
    )
    html = f"<html><body><form>{fields}</form></body></html>".encode()
    line = "Médecin : Je vous prescris du paracétamol 1 g trois fois par jour pendant cinq jours.\nPatient : Merci.\n"
    # warm-up: the lexicons and language models load once, outside what is measured
    http.post("/v1/apps/forms/audit", files={"file": ("w.html", html[:600] + b"</form>", "text/html")})
    http.post("/v1/apps/consultation", json={"transcript": line, "llm": False})
    heavy = {
        "form audit": lambda: http.post("/v1/apps/forms/audit", files={"file": ("f.html", html, "text/html")}),
        "consultation": lambda: http.post("/v1/apps/consultation", json={"transcript": line * 150, "llm": False}),
    }
    for name, send in heavy.items():
        response, took, worst = worst_health_while(live_server.url, send)
        assert response.status_code == 200, (name, response.text[:300])
        print(f"{name}: {took:.2f} s; slowest /health meanwhile {worst:.3f} s")
        assert worst < 0.5, (name, took, worst)
    too_long = http.post("/v1/apps/consultation", json={"transcript": line * 3000, "llm": False})
    assert assert_client_error(too_long)["code"] == "payload_too_large"
    many = "".join(f'<label for="i{i}">Numéro {i}</label><input id="i{i}" name="n{i}">' for i in range(1001))
    too_many = http.post("/v1/apps/forms/audit", files={"file": ("f.html", f"<form>{many}</form>", "text/html")})
    assert assert_client_error(too_many)["code"] == "payload_too_large"  # 15,000 inputs ran for over 90 s


def test_simplify_leaves_the_event_loop_free(settings) -> None:
    """The Simplifier's analyses (spaCy, seconds on 20,000 characters, more on its first load) run in a thread: the
    event loop, which serves every other request, is never held for long (it was, for each whole analysis)."""
    clear = "Vous avez rendez-vous demain à la mairie. Venez avec votre carte. " * 290  # nothing for the model

    async def run() -> tuple[float, float]:
        worst, ticking = 0.0, True

        async def tick() -> None:
            nonlocal worst
            while ticking:
                started = time.perf_counter()
                await asyncio.sleep(0.005)
                worst = max(worst, time.perf_counter() - started)

        await simplify(clear[:300], Registry(settings))  # spaCy and the lexicons load once, outside the measure
        ticker = asyncio.create_task(tick())
        started = time.perf_counter()
        result = await simplify(clear, Registry(settings))
        took = time.perf_counter() - started
        ticking = False
        await ticker
        assert result.parts and all(p.status == "unchanged" for p in result.parts)
        return took, worst

    took, worst = asyncio.run(run())
    print(f"simplify {took:.2f} s; the event loop held at most {worst:.3f} s")
    assert worst < min(1.0, took / 4), (took, worst)  # 4.4 s before, 0.28 s after, on a loaded 2-core machine


def test_an_unexpected_error_is_an_openai_style_500(settings) -> None:
    app = create_app(settings)

    @app.get("/v1/boom")
    async def boom() -> None:
        raise RuntimeError("secret detail from deep inside")

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        headers = {"Authorization": f"Bearer {settings.master_key}"}
        response = httpx.get(f"http://127.0.0.1:{port}/v1/boom", headers=headers, timeout=30)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    assert response.status_code == 500
    assert response.json() == {
        "error": {"message": "internal server error", "type": "server_error", "param": None, "code": None}
    }
    assert "secret" not in response.text and "Traceback" not in response.text
