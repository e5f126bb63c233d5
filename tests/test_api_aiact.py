"""/v1/apps/aiact/* on a live server (real models: e5 and the 0.5B chat model), and `communs aiact` on the CLI."""

from __future__ import annotations

import json
import re

from communs.apps.aiact.act import load_act
from tests.test_api_auth_usage import cli


def test_toc_and_article_routes(live_server):
    with live_server.http() as http:
        toc = http.get("/v1/apps/aiact/toc").json()
        article = http.get("/v1/apps/aiact/articles/art_6").json()
        by_point = http.get("/v1/apps/aiact/articles/art_5_1_c")
        missing = http.get("/v1/apps/aiact/articles/art_999")
    assert toc["chapters"][1]["articles"][0]["id"] == "art_5" and len(toc["annexes"]) == 13
    assert {"id", "title", "chapter", "paragraphs", "references", "recitals"} <= set(article)
    assert article["paragraphs"][0] == {**article["paragraphs"][0], "id": "art_6_1"}
    assert "anx_III" in article["references"] and article["recitals"]
    assert by_point.status_code == 200 and by_point.json()["id"] == "art_5"
    assert missing.status_code == 404 and missing.json()["error"]["message"]
    with live_server.http(key=None) as anonymous:
        assert anonymous.get("/v1/apps/aiact/toc").status_code == 401


def test_classify_from_the_questionnaire_answers(live_server):
    with live_server.http() as http:
        response = http.post(
            "/v1/apps/aiact/classify",
            json={"answers": {"annex_iii": "anx_III_4_a", "interacts": True}, "role": "deployer"},
        )
        wrong = http.post("/v1/apps/aiact/classify", json={"answers": {"annex_iii": "anx_III_99"}})
        empty = http.post("/v1/apps/aiact/classify", json={"role": "provider"})
        bad_role = http.post("/v1/apps/aiact/classify", json={"answers": {}, "role": "king"})
    body = response.json()
    assert body["tier"] == "high_risk" and body["basis"] == ["art_6_2", "anx_III_4_a"]
    assert {o["role"] for o in body["obligations"]} == {"deployer"}
    assert "art_26_1" in {o["article"] for o in body["obligations"]}
    assert body["dates"][0] == {"date": "2026-08-02", "what": body["dates"][0]["what"], "article": "art_113"}
    assert wrong.status_code == 400 and empty.status_code == 400 and bad_role.status_code == 400


def test_classify_a_description(live_server):
    with live_server.http() as http:
        response = http.post(
            "/v1/apps/aiact/classify",
            json={"description": "Un logiciel qui attribue une note sociale aux citoyens selon leur comportement."},
        )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["tier"] == "prohibited" and body["basis"] == ["art_5_1_c"]  # the rules decide: no model call
    assert body["answer_sources"]["social_scoring"] == "rule"


def test_ask_in_french_cites_only_ids_of_the_act(live_server):
    act = load_act()
    with live_server.http() as http:
        response = http.post(
            "/v1/apps/aiact/ask", json={"question": "Quelles sont les pratiques d'IA interdites ?", "k": 5}
        )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["language"] == "fr" and body["in_scope"] and body["answer"]
    ids = [c["id"] for c in body["citations"]]
    assert ids and all(act.exists(i) for i in ids)
    assert any(i.startswith("art_5") for i in ids)
    for cited in re.findall(r"\[((?:art|anx|rec)_\w+)\]", body["answer"]):
        assert cited in ids


def test_ask_refuses_a_question_outside_the_act(live_server):
    with live_server.http() as http:
        response = http.post("/v1/apps/aiact/ask", json={"question": "Quelle est la recette de la tarte tatin ?"})
        empty = http.post("/v1/apps/aiact/ask", json={"question": " "})
    body = response.json()
    assert not body["in_scope"] and body["citations"] == [] and "règlement" in body["answer"]
    assert empty.status_code == 400


def test_cli_article_and_classify(live_server):
    article = cli(live_server, "aiact", "article", "5(1)(c)")
    assert article.returncode == 0, article.stderr
    assert "art_5_1_c" in article.stdout and "Prohibited AI Practices" in article.stdout
    classified = cli(
        live_server, "aiact", "classify", "A credit scoring model for loan applicants", "--no-llm", "--role", "provider"
    )
    assert classified.returncode == 0, classified.stderr
    assert "haut risque" in classified.stdout and "anx_III_5_b" in classified.stdout
    refused = cli(live_server, "aiact", "ask", "Comment renouveler mon passeport ?", "--json")
    assert refused.returncode == 0, refused.stderr
    assert json.loads(refused.stdout)["in_scope"] is False
    missing = cli(live_server, "aiact", "article", "999")
    assert missing.returncode == 1 and missing.stderr.startswith("erreur :")
