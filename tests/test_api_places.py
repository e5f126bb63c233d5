"""/v1/apps/places on a live server, `communs places` on the command line, and the place filter of ZenIA."""

from __future__ import annotations

import json

from tests.test_api_auth_usage import cli


def test_a_postal_code_a_name_and_a_sentence_are_answered_with_the_communes_nearby(live_server):
    with live_server.http() as http:
        code = http.post("/v1/apps/places", json={"query": "59000", "nearest": 3})
        assert code.status_code == 200, code.text
        body = code.json()
        assert body["match"] == "postal_code" and body["places"][0]["name"] == "Lille"
        assert body["departement"] == {"code": "59", "name": "Nord"}
        assert body["region"] == {"code": "32", "name": "Hauts-de-France"}
        assert "59000" in body["places"][0]["postal_codes"] and body["places"][0]["lat"] > 50
        distances = [p["distance_km"] for p in body["nearby"]]
        assert len(distances) == 3 and distances == sorted(distances) and distances[-1] < 6
        sentence = http.post("/v1/apps/places", json={"query": "je cherche une formation près de Clermont"}).json()
        assert sentence["match"] == "text" and sentence["said"] == "Clermont"
        assert sentence["places"][0]["name"] == "Clermont-Ferrand" and len(sentence["places"]) > 1  # homonyms
        point = http.post("/v1/apps/places", json={"lat": 48.8584, "lon": 2.2945, "nearest": 2}).json()
        assert point["match"] == "point" and point["query"] is None and len(point["nearby"]) == 2
        assert point["nearby"][0]["parent"] == "75056"  # the Eiffel Tower: an arrondissement of Paris
        suggested = http.get("/v1/apps/places/suggest", params={"q": "saint-et", "k": 3})
        assert suggested.status_code == 200 and suggested.json()["data"][0] == "Saint-Étienne (42)"


def test_bad_requests_get_openai_style_errors(live_server):
    cases = [
        ({"query": ""}, 400, "query"),
        ({"query": "   "}, 400, "query"),
        ({"query": "a" * 1_000_000}, 400, "query"),  # 1 MB of text
        ({"query": "Lille", "nearest": 500}, 400, "nearest"),
        ({"query": "Lille", "lat": 48.0, "lon": 2.0}, 400, "lat"),
        ({"lat": 120.0, "lon": 2.0}, 400, "lat"),
        ({}, 400, "query"),
        ({"query": "99999"}, 404, None),
        ({"query": "Atlantide"}, 404, None),
        ({"query": "Lille", "where": "nord"}, 422, None),
    ]
    with live_server.http() as http:
        for body, status, param in cases:
            response = http.post("/v1/apps/places", json=body)
            assert response.status_code == status, (str(body)[:80], response.text[:300])
            error = response.json()["error"]
            assert error["message"] and (param is None or error["param"] == param)
        assert "99999" in http.post("/v1/apps/places", json={"query": "99999"}).json()["error"]["message"]
        assert http.get("/v1/apps/places/suggest", params={"q": "x" * 200}).status_code == 400
    with live_server.http(key=None) as anonymous:
        assert anonymous.post("/v1/apps/places", json={"query": "Lille"}).status_code == 401


def test_zenia_understands_a_place_and_says_it_cannot_apply_it(live_server):
    messages = [{"role": "user", "content": "J'aime les animaux, je veux rester près de Lille."}]
    filters = {"place": "59000"}
    with live_server.http() as http:
        response = http.post("/v1/apps/orientation", json={"messages": messages, "k": 2, "filters": filters})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["profile"]["place"] == "Lille (59)" and body["profile"]["region"] == "Hauts-de-France"
        assert body["profile"]["department"] == "59"
        applied = body["filters"]
        assert applied["place"] == "Lille (59)" and applied["department"] == "59" and "place" in applied["not_applied"]
        assert (
            "Lieu compris : Lille (59), Hauts-de-France" in applied["notes"][0] and "onisep.fr" in applied["notes"][0]
        )
        unknown = http.post("/v1/apps/orientation", json={"messages": messages, "filters": {"place": "99999"}})
        assert unknown.status_code == 400 and unknown.json()["error"]["param"] == "filters.place"


def test_the_command_line_finds_a_commune_and_refuses_bad_input_on_one_line(live_server):
    done = cli(live_server, "places", "--json", "--nearest", "2", "Paris 15e")
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["places"][0]["name"] == "Paris 15e Arrondissement" and len(body["nearby"]) == 2
    text = cli(live_server, "places", "-n", "3", "près de Lille")
    assert text.returncode == 0 and "Lille" in text.stdout and "À proximité" in text.stdout and "km" in text.stdout
    for bad in ("99999", " ", "x" * 5000):
        refused = cli(live_server, "places", bad)
        assert refused.returncode == 1 and refused.stderr.startswith("erreur :"), refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
