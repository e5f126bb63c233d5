"""POST /v1/apps/guide/step on a live server (real e5 and 0.5B chat models), its OpenAI-style errors,
and `communs guide step` on a saved page."""

from __future__ import annotations

import json

from communs.apps.guide.html import snapshot_from_html
from communs.apps.guide.package import SAMPLES
from tests.test_api_auth_usage import cli


def snapshot(name: str) -> dict:
    html = (SAMPLES / name).read_text(encoding="utf-8")
    return snapshot_from_html(html, url=f"https://www.caf.fr/{name}").model_dump()


def post(live_server, body: dict, key: str | None = None):
    with live_server.http(key or live_server.master_key) as http:
        return http.post("/v1/apps/guide/step", json=body)


def test_a_step_names_an_element_of_the_page_and_returns_the_history(live_server):
    page = snapshot("formulaire.html")
    response = post(live_server, {"goal": "Indiquer ma date de naissance", "page": page})
    assert response.status_code == 200, response.text
    step = response.json()
    ids = {e["id"] for e in page["elements"]}
    assert step["element_id"] in ids and step["element_id"] in step["candidates"]
    assert step["element_id"] == "naissance" and step["action"] == "type"
    assert "naissance" in step["instruction"].lower() and 0 < step["confidence"] <= 1
    assert step["history"][-1]["element_id"] == "naissance"
    assert step["history"][-1]["url"] == page["url"]

    # sent back with the page as it now is, the history moves the form on
    filled = [dict(e, filled=e["id"] == "naissance") for e in page["elements"]]
    body = {"goal": "Demander l'aide au logement", "page": dict(page, elements=filled), "history": step["history"]}
    following = post(live_server, {**body, "use_model": False}).json()
    assert following["element_id"] == "nom" and following["source"] == "rule"


def test_a_cookie_banner_comes_first_without_a_model_call(live_server):
    response = post(live_server, {"goal": "Me connecter", "page": snapshot("accueil.html")})
    assert response.status_code == 200
    assert response.json()["element_id"] == "cookies-refuser" and response.json()["source"] == "rule"


def error(response) -> dict:
    body = response.json()
    assert set(body) == {"error", "detail"} and {"message", "type", "param", "code"} <= set(body["error"])
    return body["error"]


def test_bad_requests_get_openai_style_errors(live_server):
    page = snapshot("connexion.html")
    missing = post(live_server, {"page": page})
    assert missing.status_code == 422 and error(missing)["param"] == "goal"  # malformed bodies: 422
    blank = post(live_server, {"goal": "   ", "page": page})
    assert blank.status_code == 400 and error(blank)["param"] == "goal"
    elements = [{"id": f"e{i}", "tag": "a", "label": f"Lien {i}"} for i in range(401)]
    crowded = post(live_server, {"goal": "Me connecter", "page": {"elements": elements}})
    assert crowded.status_code == 400 and error(crowded)["code"] == "too_many_elements"
    twins = [{"id": "x", "tag": "a", "label": "Un"}, {"id": "x", "tag": "button", "label": "Deux"}]
    duplicated = post(live_server, {"goal": "Me connecter", "page": {"elements": twins}})
    assert duplicated.status_code == 400 and "x" in error(duplicated)["message"]
    no_id = post(live_server, {"goal": "Me connecter", "page": {"elements": [{"id": "", "tag": "a"}]}})
    assert no_id.status_code == 422 and error(no_id)["param"].startswith("page.elements")
    bad_action = post(live_server, {"goal": "Me connecter", "page": page, "history": [{"action": "voler"}]})
    assert bad_action.status_code == 422 and error(bad_action)["param"].startswith("history")
    with live_server.http(key=None) as http:
        anonymous = http.post("/v1/apps/guide/step", json={"goal": "Me connecter", "page": page})
    assert anonymous.status_code == 401 and error(anonymous)["code"] == "invalid_api_key"


def test_cli_step_on_a_saved_page(live_server, tmp_path):
    page = str(SAMPLES / "connexion.html")
    result = cli(live_server, "guide", "step", "--goal", "J'ai oublié mon mot de passe", page, "--rules-only")
    assert result.returncode == 0, result.stderr
    assert "Cliquez sur le lien « Mot de passe oublié ? »" in result.stdout
    goal = "Me connecter avec mon numéro fiscal"
    first = cli(live_server, "guide", "step", "-g", goal, page, "--rules-only", "--json")
    assert first.returncode == 0, first.stderr
    answer = json.loads(first.stdout)
    assert answer["element_id"] == "spi" and answer["value_hint"] is None
    history = tmp_path / "history.json"
    history.write_text(first.stdout, encoding="utf-8")
    args = ["--history", str(history), "--filled", "spi", "--filled", "pwd", "--rules-only", "--json"]
    second = cli(live_server, "guide", "step", "-g", goal, page, *args)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["element_id"] == "btn-connexion"
    missing = cli(live_server, "guide", "step", "-g", "Me connecter", str(tmp_path / "absente.html"))
    assert missing.returncode != 0
