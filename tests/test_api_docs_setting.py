"""/docs, /redoc and /openapi.json (issue 21): served in development, off in production (``env``), and
``api_docs`` decides either way."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from communs.api.app import create_app
from communs.config import Settings, load_settings
from tests.conftest import MASTER_KEY, real_models_dir

PAGES = ("/docs", "/redoc", "/openapi.json")


def statuses(settings: Settings) -> list[int]:
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 200
        return [client.get(path).status_code for path in PAGES]


def make(tmp_path, **fields) -> Settings:
    return load_settings(home=tmp_path / "home", models_dir=real_models_dir(), master_key=MASTER_KEY, **fields)


def test_the_api_docs_are_served_in_development(tmp_path) -> None:
    settings = make(tmp_path)
    assert settings.env == "development" and settings.api_docs is True
    assert statuses(settings) == [200, 200, 200]


def test_production_serves_no_api_docs(tmp_path) -> None:
    settings = make(tmp_path, env="production")
    assert settings.api_docs is False
    with TestClient(create_app(settings)) as client:
        for path in PAGES:
            response = client.get(path)
            assert response.status_code == 404, path
            assert response.json()["error"]["code"] == "not_found" and "detail" in response.json()


def test_api_docs_says_it_either_way(tmp_path) -> None:
    assert statuses(make(tmp_path, env="production", api_docs=True)) == [200, 200, 200]
    assert statuses(make(tmp_path, api_docs=False)) == [404, 404, 404]


def test_production_from_the_environment(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMMUNS_ENV", "production")
    assert make(tmp_path).api_docs is False
    monkeypatch.setenv("COMMUNS_API_DOCS", "true")
    assert make(tmp_path).api_docs is True
    monkeypatch.setenv("COMMUNS_ENV", "staging")
    with pytest.raises(Exception, match="env"):
        make(tmp_path)
