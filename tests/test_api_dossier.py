"""De Facto over HTTP: upload a case file, follow the job, read the result, ask questions, export the report."""

from __future__ import annotations

import asyncio
import time

import pytest

from communs.apps.dossier.jobs import JobRunner, JobStore
from communs.models.registry import Registry
from tests.test_api_auth_usage import cli
from tests.test_documents import make_text_pdf
from tests.test_dossier import balto, first_pages  # noqa: F401 - fixtures

PDF = "application/pdf"


def wait_done(http, job_id: str, timeout: float = 400) -> dict:
    seen = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        job = http.get(f"/v1/apps/dossier/{job_id}").json()
        seen.append(job["progress"])
        if job["status"] in ("done", "error"):
            assert seen == sorted(seen), "progress never goes back"
            return job
        time.sleep(0.5)
    pytest.fail(f"the dossier job did not finish in {timeout} s")


@pytest.fixture(scope="module")
def small_job(live_server, balto):  # noqa: F811
    pdf, _ = balto
    with live_server.http() as http:
        # rules only here (the chat model's synthesis is measured by bench/dossier.py): keeps the test short
        files = {"file": ("balto-extrait.pdf", first_pages(pdf, 8), PDF)}
        response = http.post("/v1/apps/dossier", files=files, data={"llm": "false"})
        assert response.status_code == 200, response.text
        job_id = response.json()["id"]
        return job_id, wait_done(http, job_id)


def test_a_dossier_is_digested_in_the_background_with_every_fact_cited(small_job):
    job_id, job = small_job
    assert job["status"] == "done" and job["progress"] == 1.0 and job["pages_done"] == job["pages_total"] == 8
    result = job["result"]
    assert result["pages"] == 8
    assert [d["type"] for d in result["documents"]] == ["bordereau", "pv_constatations", "plainte", "pv_audition"]
    assert [d["pages"] for d in result["documents"]] == [[1], [2, 3], [4, 5, 6], [7, 8]]
    assert all(d["summary"] for d in result["documents"])
    roles = {p["name"]: p["role"] for p in result["persons"]}
    assert roles["Sophie LEMAIRE"] == "victime" and roles["Kevin MARCHAND"] == "mis en cause"
    assert roles["Karim BENSAÏD"] == "témoin" and roles["Julien MOREAU"] == "enquêteur"
    assert {"date": "2024-03-14", "time": "22:15"}.items() <= next(
        e for e in result["events"] if e["time"] == "22:15"
    ).items()
    assert "222-17" in {o["code_article"] for o in result["offences"]}  # "ou je te plante": death threats
    assert result["summary"] and all(s["pages"] for s in result["synthesis"]["sentences"])
    for sentence in result["synthesis"]["sentences"]:
        assert set(sentence["pages"]) <= set(range(1, 9))


def test_questions_cite_pages_or_say_the_dossier_does_not_tell(live_server, small_job):
    job_id, _ = small_job
    with live_server.http() as http:
        found = http.post(f"/v1/apps/dossier/{job_id}/ask", json={"question": "Quelle est la plaque du scooter ?"})
        assert found.status_code == 200, found.text
        assert found.json()["found"] and 7 in found.json()["pages"]
        question = {"question": "Quel est le montant de la taxe foncière ?"}
        absent = http.post(f"/v1/apps/dossier/{job_id}/ask", json=question)
        assert absent.json() == {"answer": absent.json()["answer"], "pages": [], "found": False, "passages": []}
        assert absent.json()["answer"].startswith("Pas dans le dossier")
        pages = http.get(f"/v1/apps/dossier/{job_id}/pages").json()["data"]
        assert [p["number"] for p in pages] == list(range(1, 9)) and pages[2]["ocr"] and pages[2]["confidence"] > 80


def test_the_report_exports_to_markdown_html_and_docx(live_server, small_job):
    job_id, _ = small_job
    with live_server.http() as http:
        markdown = http.get(f"/v1/apps/dossier/{job_id}/report")
        assert markdown.status_code == 200 and "## Personnes" in markdown.text and "Sophie LEMAIRE" in markdown.text
        html = http.get(f"/v1/apps/dossier/{job_id}/report", params={"format": "html"})
        assert html.text.startswith("<!doctype html>") and "<th scope='col'>rôle</th>" in html.text
        docx = http.get(f"/v1/apps/dossier/{job_id}/report", params={"format": "docx"})
        assert docx.content[:2] == b"PK"


def test_bad_input_is_a_clear_error_and_jobs_are_private(live_server, small_job):
    job_id, _ = small_job
    with live_server.http() as http:
        secret = make_text_pdf([["PROCÈS-VERBAL"]], user_password="secret")
        refused = http.post("/v1/apps/dossier", files={"file": ("secret.pdf", secret, PDF)})
        assert refused.status_code == 400 and "password" in refused.json()["error"]["message"]
        assert http.post("/v1/apps/dossier", json={"file": "x"}).status_code == 400
        unclear = http.post("/v1/apps/dossier", files={"file": ("p.pdf", secret, PDF)}, data={"llm": "bof"})
        assert unclear.status_code == 400 and unclear.json()["error"]["param"] == "llm"
        assert http.get("/v1/apps/dossier/nope").json()["error"]["code"] == "not_found"
        empty = http.post(f"/v1/apps/dossier/{job_id}/ask", json={"question": "  "})
        assert empty.status_code == 400
    key = cli(live_server, "keys", "create", "--name", "autre-parquet").stdout.strip().splitlines()[-1]
    with live_server.http(key) as other:
        assert other.get(f"/v1/apps/dossier/{job_id}").status_code == 404


def test_a_restarted_server_resumes_the_jobs_a_crash_left_unfinished(settings, balto):  # noqa: F811
    pdf, _ = balto
    crashed = JobStore(settings.home)
    job = crashed.create([("extrait.pdf", first_pages(pdf, 2))], "alice", use_llm=False)
    crashed.update(job.id, status="running")  # the server died while reading it
    crashed.close()

    async def restart() -> tuple[str, str]:
        registry = Registry(settings)
        runner = JobRunner(JobStore(settings.home), registry)
        try:
            runner.resume()
            seen = runner.get(job.id, "alice").status
            await asyncio.wait_for(runner.wait(), 300)
            return seen, runner.get(job.id, "alice").status
        finally:
            runner.store.close()
            await registry.aclose()

    assert asyncio.run(restart()) == ("running", "done")
    assert JobStore(settings.home).get(job.id).result["pages"] == 2
