"""/v1/apps/plain/* and /v1/apps/forms/audit on a live server; `communs analyze` and `audit-form` on the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_api_auth_usage import cli

FORMS = Path(__file__).parent / "data" / "plain" / "forms"
JARGON = (
    "Nonobstant les dispositions susmentionnées, il vous appartient de procéder au règlement de la somme de "
    "1 234,56 € avant le 15 mars 2025 auprès de la CAF, sous peine de majoration."
)


def test_analyze_route(live_server):
    with live_server.http() as http:
        response = http.post("/v1/apps/plain/analyze", json={"text": JARGON})
    assert response.status_code == 200
    body = response.json()
    assert 0 <= body["score"] <= 100 and isinstance(body["kandel_moles"], float)
    kinds = {i["kind"] for i in body["issues"]}
    assert {"jargon", "acronym_unexplained"} <= kinds
    first = body["issues"][0]
    assert JARGON[first["start"] : first["end"]] == first["text"] and first["message"] and first["suggestion"]


def test_analyze_refuses_empty_text(live_server):
    with live_server.http() as http:
        response = http.post("/v1/apps/plain/analyze", json={"text": "  "})
    assert response.status_code == 400 and response.json()["error"]["param"] == "text"


def test_analyze_refuses_a_text_past_the_job_limit(live_server):
    """1 MiB of text was analysed whole (spaCy: a minute of CPU); past 100,000 characters it is now a 422."""
    with live_server.http() as http:
        response = http.post("/v1/apps/plain/analyze", json={"text": "Bonjour. " * 11_112})
    assert response.status_code == 422 and response.json()["error"]["param"] == "text"


def test_simplify_keeps_every_fact(live_server):
    with live_server.http() as http:
        response = http.post("/v1/apps/plain/simplify", json={"text": JARGON, "level": "clair"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["missing_facts"] == []
    kept = {f["kind"] for f in body["kept_facts"]}
    assert {"amount", "date"} <= kept
    assert "1234,56" in body["text"].replace(" ", "").replace("\u202f", "") and "15" in body["text"]
    assert {"score", "kandel_moles"} <= set(body["before"]) and {"score", "kandel_moles"} <= set(body["after"])
    assert any(g["term"] == "nonobstant" for g in body["glossary"])


def test_simplify_rejects_a_bad_level_and_language(live_server):
    with live_server.http() as http:
        level = http.post("/v1/apps/plain/simplify", json={"text": "Bonjour.", "level": "savant"})
        lang = http.post("/v1/apps/plain/simplify", json={"text": "Bonjour.", "lang": "klingon"})
    assert level.status_code == 422 and lang.status_code == 400  # an unknown enum value: 422 (as Albert's)


def test_forms_audit_json_and_file(live_server):
    form = json.loads((FORMS / "form_01.json").read_text())
    with live_server.http() as http:
        as_json = http.post("/v1/apps/forms/audit", json=form)
        as_file = http.post("/v1/apps/forms/audit", files={"file": ("form.json", json.dumps(form).encode())})
        html_page = http.post("/v1/apps/forms/audit", files={"file": ("p.html", b"<html><body>rien</body></html>")})
    assert as_json.status_code == 200 and as_file.status_code == 200
    assert as_json.json()["score"] == as_file.json()["score"]
    body = as_json.json()
    assert body["report_markdown"].startswith("# Audit")
    assert {f["name"] for f in body["fields"]} == {f["name"] for f in form["fields"]}
    assert html_page.status_code == 400


def test_cli_analyze_and_audit(live_server, tmp_path):
    text = tmp_path / "lettre.txt"
    text.write_text(JARGON)
    analyzed = cli(live_server, "analyze", str(text), "--json")
    assert analyzed.returncode == 0 and json.loads(analyzed.stdout)["counts"]["jargon"] >= 2
    audited = cli(live_server, "audit-form", str(FORMS / "form_02.json"))
    assert audited.returncode == 0 and "Score" in audited.stdout
    missing = cli(live_server, "analyze", str(tmp_path / "absent.txt"))
    assert missing.returncode == 1 and missing.stderr.startswith("erreur :")
