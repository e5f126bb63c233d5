"""/v1/apps/orientation on a live server (real e5 and 0.5B chat model), and `communs orientation` on the CLI."""

from __future__ import annotations

import json

from tests.test_api_auth_usage import cli


def test_a_conversation_turn_returns_a_reply_a_profile_and_cards(live_server):
    messages = [
        {"role": "user", "content": "J'aime les animaux."},
        {"role": "assistant", "content": "Où en êtes-vous dans vos études ?"},
        {"role": "user", "content": "Je suis en terminale, je veux des études courtes."},
    ]
    with live_server.http() as http:
        response = http.post("/v1/apps/orientation", json={"messages": messages, "k": 3})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["reply"] and body["profile"]["level"]["label"] == "terminale" and body["profile"]["max_years"] == 2
    assert [i["code"] for i in body["profile"]["interests"]] == [17]
    assert len(body["recommendations"]) == 3
    card = body["recommendations"][0]
    assert {"rome_code", "title", "why", "definition", "access", "formations", "source"} <= set(card)
    assert card["rome_code"].startswith("A15") and "ROME 4.0" in card["source"]
    for formation in card["formations"]:
        assert formation["url"].startswith("https://www.onisep.fr/") and formation["level"]


def test_bad_requests_get_openai_style_errors(live_server):
    long = "j'aime " * 1000
    cases = [
        ({"messages": []}, 400, "messages"),
        ({"messages": [{"role": "user", "content": ""}]}, 400, "messages"),
        ({"messages": [{"role": "user", "content": long}]}, 400, "messages.0"),
        ({"messages": [{"role": "user", "content": "x"}], "k": 50}, 400, "k"),
        ({"messages": [{"role": "tool", "content": "x"}]}, 400, "messages.0.role"),
        ({"messages": "j'aime les animaux"}, 400, "messages"),
    ]
    with live_server.http() as http:
        for body, status, param in cases:
            response = http.post("/v1/apps/orientation", json=body)
            assert response.status_code == status, (body, response.text)
            error = response.json()["error"]
            assert error["type"] == "invalid_request_error" and error["param"] == param and error["message"]
    with live_server.http(key=None) as anonymous:
        assert anonymous.post("/v1/apps/orientation", json={"messages": []}).status_code == 401


def test_the_command_line_recommends_from_one_message(live_server):
    done = cli(live_server, "orientation", "--no-llm", "--json", "-k", "3", "informatique, bac+2")
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert len(body["recommendations"]) == 3 and body["reply_source"] == "template"
    assert body["recommendations"][0]["rome_code"][:3] in ("M18", "I14")
    text = cli(live_server, "orientation", "--no-llm", "j'aime les animaux")
    assert text.returncode == 0 and "pourquoi" in text.stdout and "onisep.fr" in text.stdout
    empty = cli(live_server, "orientation", "--no-llm", " ")
    assert empty.returncode == 1 and empty.stderr.startswith("erreur :")
