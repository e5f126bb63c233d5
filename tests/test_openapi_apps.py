"""/openapi.json documents what every app route answers: named fields, not an empty object."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from communs.api.app import create_app
from communs.apps.aiact import questionnaire
from communs.apps.aiact import schemas as aiact
from communs.apps.aiact.act import load_act
from communs.apps.aiact.classify import classify_answers
from communs.apps.aiact.tree import QUESTIONS
from communs.apps.consultation import schemas as consultation
from communs.apps.consultation.fhir import to_fhir
from communs.apps.consultation.pipeline import analyse_text
from communs.apps.dossier import schemas as dossier
from communs.apps.dossier.analysis import analyse
from communs.apps.dossier.jobs import JobStore
from communs.apps.dossier.synthesis import synthesise
from communs.apps.forms.model import form_from_json
from communs.apps.forms.report import audit_result
from communs.apps.plain import schemas as plain
from communs.clarity import analyze
from communs.config import Settings
from tests.conftest import MASTER_KEY, ROOT
from tests.test_api_plain import JARGON
from tests.test_documents import make_text_pdf
from tests.test_dossier import typed_pages

DATA = ROOT / "tests" / "data"


@pytest.fixture
def spec(settings: Settings) -> dict[str, Any]:
    with TestClient(create_app(settings)) as client:
        response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The schema a ``$ref`` points to (followed until it is not a reference)."""
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = spec["components"]["schemas"][name]
    return schema


def answer(spec: dict[str, Any], path: str, method: str = "post", status: str = "200") -> dict[str, Any]:
    content = spec["paths"][path][method]["responses"][status]["content"]
    return resolve(spec, content["application/json"]["schema"])


def field(spec: dict[str, Any], schema: dict[str, Any], *names: str) -> dict[str, Any]:
    """The schema of ``schema.names[0].names[1]...``, through references, lists and nullable unions."""
    for name in names:
        schema = resolve(spec, schema["properties"][name])
        while True:
            if "items" in schema:
                schema = resolve(spec, schema["items"])
            elif "anyOf" in schema:
                schema = resolve(spec, next(s for s in schema["anyOf"] if s.get("type") != "null"))
            else:
                break
    return schema


def app_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        if path.startswith("/v1/apps/")
        for method, operation in item.items()
    ]


def test_every_app_route_documents_its_answer(spec):
    operations = app_operations(spec)
    assert len(operations) >= 14, [f"{m} {p}" for p, m, _ in operations]
    vague = []
    for path, method, operation in operations:
        success = min(code for code in operation["responses"] if code.startswith("2"))
        if success == "204":  # no content to document (DELETE of a dossier)
            continue
        content = operation["responses"][success].get("content", {})
        if "application/json" not in content:
            # a document (markdown, HTML, DOCX): its media types are named instead
            if not content:
                vague.append(f"{method.upper()} {path}: no content")
            continue
        schema = resolve(spec, content["application/json"]["schema"])
        if not schema.get("properties"):
            vague.append(f"{method.upper()} {path}: {schema}")
    assert vague == []


def test_app_routes_document_their_errors(spec):
    for path, method, operation in app_operations(spec):
        bad = operation["responses"].get("400", {}).get("content", {}).get("application/json", {})
        error = resolve(spec, bad.get("schema", {}))
        assert set(field(spec, error, "error")["properties"]) >= {"message", "type", "param", "code"}, (method, path)


def test_validation_errors_are_documented_with_our_error_body(spec):
    """Invalid bodies and parameters get a 422 (as Albert's) carrying our error body, not FastAPI's
    HTTPValidationError."""
    for path, item in spec["paths"].items():
        for operation in item.values():
            invalid = operation["responses"].get("422")
            if invalid is not None:
                assert invalid["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse"), path
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    invalid = spec["paths"]["/v1/chat/completions"]["post"]["responses"]["422"]
    assert invalid["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
    assert {"error", "detail"} <= set(spec["components"]["schemas"]["ErrorResponse"]["properties"])


def test_routes_that_read_their_own_body_document_it_and_every_reference_resolves(spec):
    def body(path: str, media: str) -> dict[str, Any]:
        return resolve(spec, spec["paths"][path]["post"]["requestBody"]["content"][media]["schema"])

    assert "transcript" in body("/v1/apps/consultation", "application/json")["properties"]
    assert "file" in body("/v1/apps/consultation", "multipart/form-data")["properties"]
    assert "fields" in body("/v1/apps/forms/audit", "application/json")["properties"]
    assert body("/v1/apps/dossier", "multipart/form-data")["properties"]["file"]["type"] == "array"
    text = json.dumps(spec)
    names = {ref.removeprefix("#/components/schemas/") for ref in re.findall(r'"\$ref": "([^"]+)"', text)}
    assert names and names <= set(spec["components"]["schemas"])


def test_spot_checks_of_important_fields(spec):
    consultation = answer(spec, "/v1/apps/consultation")
    medication = field(spec, consultation, "medications")
    assert {"name", "dose", "times_per_day", "status"} <= set(medication["properties"])
    assert set(field(spec, answer(spec, "/v1/apps/plain/analyze"), "issues")["properties"]) >= {
        "kind",
        "start",
        "end",
        "message",
        "suggestion",
    }
    assert {"missing_facts", "kept_facts", "before", "after"} <= set(
        answer(spec, "/v1/apps/plain/simplify")["properties"]
    )


# -- the models give back the cores' JSON exactly (same keys, same order, same values) -----------------


def same_json(model: type[BaseModel], data: dict[str, Any]) -> None:
    """``data`` read into ``model`` and written back is ``data``: no key lost, none added, none reordered."""
    again = model.model_validate(data).model_dump(mode="json", exclude_unset=True)
    assert json.dumps(again, ensure_ascii=False) == json.dumps(data, ensure_ascii=False)


def test_plain_and_forms_results_round_trip():
    text = (DATA / "plain" / "forms" / "form_01.json").read_bytes()
    same_json(plain.ClarityAnalysis, analyze(JARGON).to_dict())
    audit = audit_result(form_from_json(text))
    assert json.loads(audit.model_dump_json()) == audit.model_dump()  # the CLI's --json is the model's dump
    assert audit.fields and {"name", "label", "suggested_label", "issues"} == set(audit.model_dump()["fields"][0])


def test_consultation_result_round_trips():
    result = analyse_text((DATA / "consultation" / "c20.txt").read_text())
    body = result.to_dict()
    assert body["medications"] and body["patient_plan"]["rows"]
    same_json(consultation.ConsultationResult, body)
    same_json(consultation.ConsultationResult, {**body, "fhir": to_fhir(result)})


def test_aiact_results_round_trip():
    act = load_act()
    same_json(aiact.TableOfContents, act.toc())
    for ident in ("art_6", "anx_III", "rec_12", "art_3"):
        same_json(aiact.Article, act.article(ident))
    same_json(aiact.Questionnaire, questionnaire())
    booleans = {q.id: False for q in QUESTIONS if q.id != "annex_iii"}
    for answers in ({}, booleans, {**booleans, next(iter(booleans)): True}):
        same_json(aiact.Classification, classify_answers(act, answers, "deployer").to_dict())


def test_dossier_result_round_trips_and_every_key_is_documented():
    pages = typed_pages()
    result = analyse(pages)
    synthesis = asyncio.run(synthesise(result, {p.number: p.text for p in pages}, None))
    result = {**result, "summary": synthesis["text"], "synthesis": synthesis}
    assert set(result) <= set(dossier.DossierResult.model_fields)
    assert result["persons"] and result["events"] and result["offences"]
    job = {"id": "x", "name": "balto.pdf", "status": "done", "stage": "terminé", "progress": 1.0}
    same_json(dossier.Job, {**job, "pages_done": 33, "pages_total": 33, "error": None, "result": result})
    same_json(dossier.Pages, {"data": [p.to_dict() for p in pages]})


def test_a_dossier_stored_by_another_version_reads_back_as_it_was_written(settings):
    store = JobStore(settings.home)
    older = {"pages": 1, "documents": [], "persons": [{"name": "M. X", "role": "témoin", "pages": [1], "aliases": []}]}
    odd = {"documents": [{"type": "plainte"}], "renamed_since": True}  # no longer fits the model
    ids = []
    for result in (older, odd):
        job = store.create([("pv.pdf", make_text_pdf([["Procès-verbal d'audition de témoin."]]))], "master")
        store.update(job.id, status="done", stage="terminé", progress=1.0, result=result)
        ids.append(job.id)
    store.close()
    with TestClient(create_app(settings)) as client:
        headers = {"Authorization": f"Bearer {MASTER_KEY}"}
        answers = [client.get(f"/v1/apps/dossier/{i}", headers=headers) for i in ids]
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[0].json()["result"] == older and answers[1].json()["result"] == odd
