"""An app route's ``model`` (issue 21): a name the server does not serve is a 404 ``model_not_found`` in the
OpenAI shape, a model of another type a 422, on every app route that takes one: never silently the default.
The real application over real HTTP; the check comes before any model is started."""

from __future__ import annotations

import httpx
import pytest

from communs.config import Settings
from tests.test_auth_gate import serving
from tests.test_documents import make_text_pdf

ROUTES = [
    ("/v1/apps/orientation", {"messages": [{"role": "user", "content": "Je veux soigner les gens."}]}),
    ("/v1/apps/dossier/any-job/ask", {"question": "Qui est le témoin ?"}),
    ("/v1/apps/aiact/ask", {"question": "Qu'est-ce qu'un système à haut risque ?"}),
    ("/v1/apps/aiact/classify", {"description": "Un outil qui trie les CV des candidats."}),
    ("/v1/apps/consultation", {"transcript": "Patient de 54 ans, toux depuis trois jours.", "llm": True}),
    ("/v1/apps/plain/simplify", {"text": "Il est procédé à la notification de la décision."}),
    ("/v1/apps/plain/simplify", {"text": "Il est procédé à la notification de la décision.", "stream": True}),
    ("/v1/apps/plain/jobs", {"text": "Il est procédé à la notification de la décision."}),
    (
        "/v1/apps/guide/step",
        {"goal": "Demander une carte d'identité", "page": {"url": "https://example.org/", "title": "Accueil"}},
    ),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> httpx.Client:
    from communs.api.app import create_app
    from communs.config import load_settings
    from tests.conftest import MASTER_KEY, TEST_CHAT_MODEL, real_models_dir

    settings: Settings = load_settings(
        home=tmp_path_factory.mktemp("home"),
        models_dir=real_models_dir(),
        master_key=MASTER_KEY,
        default_chat_model=TEST_CHAT_MODEL,
    )
    with serving(create_app(settings)) as url:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {MASTER_KEY}"}, timeout=60) as http:
            yield http


@pytest.mark.parametrize(("path", "body"), ROUTES)
def test_an_unknown_model_is_a_404(client: httpx.Client, path: str, body: dict) -> None:
    response = client.post(path, json={**body, "model": "no-such-model"})
    assert response.status_code == 404, (response.status_code, response.text[:300])
    payload = response.json()
    assert payload["error"]["code"] == "model_not_found" and payload["error"]["param"] == "model"
    assert "no-such-model" in payload["detail"]


@pytest.mark.parametrize(("path", "body"), ROUTES)
def test_a_model_of_another_type_is_a_422(client: httpx.Client, path: str, body: dict) -> None:
    response = client.post(path, json={**body, "model": "multilingual-e5-small"})
    assert response.status_code == 422, (response.status_code, response.text[:300])
    assert response.json()["error"]["code"] == "wrong_model_type"


def test_the_dossier_upload_and_the_consultation_form_check_their_model_too(client: httpx.Client) -> None:
    pdf = make_text_pdf([["PROCÈS-VERBAL", "Le témoin déclare."]])
    upload = client.post(
        "/v1/apps/dossier", files={"file": ("pv.pdf", pdf, "application/pdf")}, data={"model": "no-such-model"}
    )
    assert upload.status_code == 404 and upload.json()["error"]["code"] == "model_not_found", upload.text[:300]
    form = client.post(
        "/v1/apps/consultation", files={"transcript": (None, "Toux depuis trois jours.")}, data={"model": "nope"}
    )
    assert form.status_code == 404 and form.json()["error"]["code"] == "model_not_found", form.text[:300]
