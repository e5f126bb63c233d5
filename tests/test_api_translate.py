"""/v1/apps/translate on a live server with the tests' real chat model, and `communs translate`: a short
paragraph translated and labelled, streamed progress, and bad input (unknown language, empty text, 1 MB of
text) refused with a clear 4xx or a one-line CLI message."""

from __future__ import annotations

import pytest

from tests.test_api_auth_usage import cli
from tests.test_api_plain_stream import events

PARAGRAPH = "Le coût du certificat médical s'élève à 160 €."


def test_a_paragraph_is_translated_labelled_and_its_facts_checked(live_server):
    with live_server.http() as http:
        response = http.post("/v1/apps/translate", json={"text": PARAGRAPH, "lang": "es"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["label"] == "traduction automatique — traducción automática" and body["machine_translation"] is True
    assert body["lang"] == "es" and body["source"] == "fr" and body["direction"] == "ltr"
    assert body["text"] and body["text"] != PARAGRAPH
    facts = {f["text"] for f in body["kept_facts"]} | {f["text"] for f in body["missing_facts"]}
    assert "160 €" in facts  # checked: kept, or named as missing (never dropped silently)
    assert body["flagged"] == sum(1 for p in body["parts"] if p["status"] == "flagged")


def test_the_languages_are_listed_with_their_label_and_direction(live_server):
    with live_server.http() as http:
        languages = {lang["code"]: lang for lang in http.get("/v1/apps/translate/languages").json()["languages"]}
    assert {"en", "ar", "uk", "es", "pt"} <= {code for code, lang in languages.items() if lang["measured"]}
    assert languages["ar"]["direction"] == "rtl" and languages["uk"]["label"].endswith("машинний переклад")


def test_a_streamed_translation_reports_each_paragraph_then_the_result(live_server):
    text = f"{PARAGRAPH}\n\nMerci."
    with live_server.http() as http:
        with http.stream("POST", "/v1/apps/translate", json={"text": text, "lang": "en", "stream": True}) as response:
            assert response.status_code == 200
            received = events(response.iter_lines())
    names = [name for name, _ in received]
    assert names[-1] == "result" and set(names[:-1]) == {"progress"}, names
    progress = [data for name, data in received if name == "progress"]
    assert progress[-1]["total"] == 2 and progress[-1]["done"] == 2
    assert len(received[-1][1]["parts"]) == 2 and received[-1][1]["label"].endswith("machine translation")


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"text": PARAGRAPH, "lang": "xx"}, 400, "lang"),
        ({"text": PARAGRAPH, "lang": "fr"}, 400, "lang"),
        ({"text": "  \n ", "lang": "en"}, 400, "text"),
        ({"text": "Un texte. " * 100_000, "lang": "en"}, 413, "text"),  # 1 MB
        ({"text": PARAGRAPH}, 422, "lang"),  # no language at all: a validation error, as Albert answers
    ],
)
def test_bad_input_is_a_clear_4xx(live_server, body, status, param):
    with live_server.http() as http:
        response = http.post("/v1/apps/translate", json=body)
        streamed = http.post("/v1/apps/translate", json=body | {"stream": True})
        job = http.post("/v1/apps/translate/jobs", json=body)
    for answer in (response, streamed, job):
        error = answer.json()["error"]
        assert answer.status_code == status, answer.text
        assert error["param"] == param and error["message"]


def test_cli_bad_input_is_one_line(live_server, tmp_path):
    text = tmp_path / "lettre.txt"
    text.write_text(PARAGRAPH)
    empty = tmp_path / "vide.txt"
    empty.write_text("\n")
    for args in (
        [str(text), "--lang", "klingon"],
        [str(empty), "--lang", "en"],
        [str(tmp_path / "absent.txt"), "--lang", "en"],
    ):
        result = cli(live_server, "translate", *args)
        assert result.returncode == 1 and result.stderr.startswith("erreur :"), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_cli_translates_a_file_with_its_label(live_server, tmp_path):
    text = tmp_path / "lettre.txt"
    text.write_text(PARAGRAPH)
    result = cli(live_server, "translate", str(text), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "traduction automatique — machine translation" in result.stderr and result.stdout.strip()
