"""/v1/apps/orientation on a live server (real e5 and 0.5B chat model), and `communs orientation` on the CLI."""

from __future__ import annotations

import json

import pytest

from tests.test_api_auth_usage import cli


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
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
        # a value the route refuses: 400; a body that does not fit the schema: 422, as the Albert API answers
        ({"messages": []}, 400, "messages"),
        ({"messages": [{"role": "user", "content": ""}]}, 400, "messages"),
        ({"messages": [{"role": "user", "content": long}]}, 400, "messages.0"),
        ({"messages": [{"role": "user", "content": "x"}], "k": 50}, 400, "k"),
        ({"messages": [{"role": "tool", "content": "x"}]}, 400, "messages.0.role"),
        ({"messages": "j'aime les animaux"}, 422, "messages"),
    ]
    with live_server.http() as http:
        for body, status, param in cases:
            response = http.post("/v1/apps/orientation", json=body)
            assert response.status_code == status, (body, response.text)
            error = response.json()["error"]
            assert error["type"] == "invalid_request_error" and error["param"] == param and error["message"]
    with live_server.http(key=None) as anonymous:
        assert anonymous.post("/v1/apps/orientation", json={"messages": []}).status_code == 401


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
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


def test_a_streamed_turn_gives_the_cards_at_once_then_the_checked_rephrasing(live_server):
    from communs.apps.orientation.catalog import load_catalog
    from communs.apps.orientation.match import Card
    from communs.apps.orientation.reply import foreign_metiers
    from tests.test_api_plain_stream import events

    body = {"messages": [{"role": "user", "content": "J'aime les animaux."}], "k": 3, "stream": True}
    with live_server.http() as http:
        with http.stream("POST", "/v1/apps/orientation", json=body) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            received = events(response.iter_lines())
    names = [name for name, _ in received]
    assert names[0] == "result" and names[-1] == "reply" and set(names[1:-1]) <= {"delta"}, names
    result = received[0][1]
    assert result["reply_source"] == "template" and len(result["recommendations"]) == 3
    question = result["question"]
    assert question["slot"] == "level" and question["text"] in result["reply"] and question["options"]
    final = received[-1][1]
    assert final["reply_source"] in ("model", "template") and final["reply"].endswith(question["text"])
    catalog = load_catalog()
    cards = [Card(catalog.metier(c["rome_code"]), 0.0, []) for c in result["recommendations"]]
    for _, data in received[1:-1]:
        assert data["text"] and not data["text"].endswith("?") and not foreign_metiers(catalog, data["text"], cards)
    if final["reply_source"] == "model":
        assert " ".join(d["text"] for _, d in received[1:-1]) in final["reply"]
    # the next turn answers the question: the level is set, the question moves on
    messages = body["messages"] + [
        {"role": "assistant", "content": final["reply"]},
        {"role": "user", "content": "Terminale"},
    ]
    with live_server.http() as http:
        after = http.post("/v1/apps/orientation", json={"messages": messages, "k": 3, "filters": {"level": "CAP"}})
    assert after.status_code == 200, after.text
    turn = after.json()
    assert turn["profile"]["level"]["label"] == "terminale" and "level" in turn["profile"]["settled"]
    assert turn["question"] is None or turn["question"]["slot"] != "level"
    assert turn["filters"]["level"] == "CAP"
    assert all(f["level"].startswith("CAP") for c in turn["recommendations"] for f in c["formations"])


def test_filters_on_the_api_and_the_command_line(live_server):
    message = [{"role": "user", "content": "Je suis en 3e et la cuisine me passionne"}]
    filters = {"apprenticeship": True, "region": "Bretagne", "department": "35"}
    with live_server.http() as http:
        response = http.post("/v1/apps/orientation", json={"messages": message, "k": 2, "filters": filters})
        bad = [
            http.post("/v1/apps/orientation", json={"messages": message, "filters": wrong})
            for wrong in ({"level": "bac+4"}, {"town": "Rennes"}, {"department": "99"})
        ]
        streamed_bad = http.post("/v1/apps/orientation", json={"messages": [], "stream": True})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["filters"]["not_applied"] == ["region", "department"] and len(body["filters"]["notes"]) == 2
    assert all(f["apprenticeship"] for c in body["recommendations"] for f in c["formations"])
    for answer, status in zip(bad, (422, 422, 400)):  # not in the schema: 422; a department that does not exist: 400
        assert answer.status_code == status and answer.json()["error"]["param"].startswith("filters"), answer.text
    assert streamed_bad.status_code == 400 and streamed_bad.json()["error"]["param"] == "messages"
    done = cli(live_server, "orientation", "--no-llm", "--json", "--level", "CAP", "--region", "Bretagne", "cuisine")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["filters"]["level"] == "CAP" and result["filters"]["not_applied"] == ["region"]
    assert all(f["level"].startswith("CAP") for c in result["recommendations"] for f in c["formations"])
    wrong = cli(live_server, "orientation", "--no-llm", "--level", "bac+4", "cuisine")
    assert wrong.returncode == 1 and wrong.stderr.startswith("erreur :")
