"""/v1/apps/plain/simplify with "stream": true (progress as Server-Sent Events, then the result) and the
background job routes /v1/apps/plain/jobs, on a live server with the real embedded model."""

from __future__ import annotations

import json
import time

from tests.test_api_plain import JARGON

LETTER = (
    "Objet : régularisation de votre dossier\n\n"
    f"{JARGON}\n\n"
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
)


def events(lines) -> list[tuple[str, dict]]:
    """(event, data) of a Server-Sent Events body, read line by line."""
    out, name = [], "message"
    for line in lines:
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            out.append((name, json.loads(line[5:])))
            name = "message"
    return out


def test_a_streamed_simplification_reports_each_part_then_the_same_json(live_server):
    with live_server.http() as http:
        with http.stream("POST", "/v1/apps/plain/simplify", json={"text": LETTER, "stream": True}) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            received = events(response.iter_lines())
    names = [name for name, _ in received]
    assert names[-1] == "result" and set(names[:-1]) == {"progress"}, names
    progress = [data for name, data in received if name == "progress"]
    assert progress[-1]["total"] == 3 and {p["stage"] for p in progress} <= {"", "rewrite", "done"}
    assert [p["done"] for p in progress] == sorted(p["done"] for p in progress)  # never backwards
    assert progress[-1]["done"] == 3
    result = received[-1][1]
    assert result["missing_facts"] == [] and len(result["parts"]) == 3
    assert result["parts"][0]["status"] == "unchanged" and result["parts"][2]["text"] == "Cordialement,"
    assert {"text", "before", "after", "glossary", "kept_facts", "translation"} <= set(result)


def test_a_bad_streamed_request_is_a_400_before_any_event(live_server):
    with live_server.http() as http:
        response = http.post("/v1/apps/plain/simplify", json={"text": " ", "stream": True})
        too_long = http.post("/v1/apps/plain/simplify", json={"text": "a. " * 7000, "stream": True})
    assert response.status_code == 400 and response.json()["error"]["param"] == "text"
    assert too_long.status_code == 413 and too_long.json()["error"]["param"] == "text"


def test_a_long_text_goes_through_a_background_job(live_server):
    with live_server.http() as http:
        created = http.post("/v1/apps/plain/jobs", json={"text": LETTER})
        assert created.status_code == 200, created.text
        job = created.json()
        assert job["status"] in ("queued", "running") and job["result"] is None
        seen = []
        deadline = time.monotonic() + 600
        while job["status"] not in ("done", "error") and time.monotonic() < deadline:
            time.sleep(1)
            job = http.get(f"/v1/apps/plain/jobs/{job['id']}").json()
            seen.append((job["done"], job["total"]))
        missing = http.get("/v1/apps/plain/jobs/plain-0000")
        empty = http.post("/v1/apps/plain/jobs", json={"text": ""})
    assert job["status"] == "done", job["error"]
    assert job["result"]["missing_facts"] == [] and job["done"] == job["total"] == 3
    assert all(total in (0, 3) for _, total in seen)
    assert missing.status_code == 404 and missing.json()["error"]["code"]
    assert empty.status_code == 400 and empty.json()["error"]["param"] == "text"
