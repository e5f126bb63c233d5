"""/v1/admin/*: users, keys ("tokens"), roles and usage over real HTTP, on a live server with role and model limits."""

from __future__ import annotations

import time

import pytest

from tests.conftest import start_server, stop_server
from tests.test_api_auth_usage import cli

MODEL_LIMITS = '{"multilingual-e5-small": {"rpm": 50, "tpm": 5000}}'


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("admin-home")
    live = start_server(
        home, home / "server.log", COMMUNS_LIMITS__ROLES__USER__RPM="120", COMMUNS_LIMITS__MODELS=MODEL_LIMITS
    )
    yield live
    stop_server(live)


@pytest.fixture(scope="module")
def user_key(server) -> str:
    result = cli(server, "keys", "create", "--name", "agent-admin-test")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def error_of(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["message"] and body["detail"], body
    return body["error"]


ROUTES = [
    ("GET", "/v1/admin/users", None),
    ("POST", "/v1/admin/users", {"name": "x"}),
    ("GET", "/v1/admin/users/1", None),
    ("PATCH", "/v1/admin/users/1", {"name": "y"}),
    ("DELETE", "/v1/admin/users/1", None),
    ("GET", "/v1/admin/tokens", None),
    ("POST", "/v1/admin/tokens", {"name": "k", "user": 1}),
    ("GET", "/v1/admin/tokens/1", None),
    ("DELETE", "/v1/admin/tokens/1", None),
    ("GET", "/v1/admin/roles", None),
    ("GET", "/v1/admin/roles/1", None),
    ("GET", "/v1/admin/usage", None),
]


def test_admin_routes_refuse_a_user_key_and_no_key(server, user_key):
    with server.http(user_key) as user, server.http(key=None) as nobody:
        for method, path, body in ROUTES:
            assert error_of(user.request(method, path, json=body), 403)["type"] == "permission_error", path
            assert error_of(nobody.request(method, path, json=body), 401)["type"] == "authentication_error", path
        assert user.get("/v1/models").status_code == 200  # the key itself works


def test_users_are_created_listed_changed_and_deleted(server):
    with server.http() as admin:
        created = admin.post("/v1/admin/users", json={"name": "Mairie de Lyon"})
        assert created.status_code == 201, created.text
        ident = created.json()["id"]
        user = admin.get(f"/v1/admin/users/{ident}").json()
        assert user["object"] == "user" and user["name"] == "Mairie de Lyon" and user["role"] == 1
        assert user["keys"] == 0 and abs(user["created"] - time.time()) < 120
        assert error_of(admin.post("/v1/admin/users", json={"name": "Mairie de Lyon"}), 400)["param"] == "name"
        albert = admin.post("/v1/admin/users", json={"email": "agent@lyon.fr", "password": "x", "role": 1})
        assert error_of(albert, 422)["code"] == "invalid_request"  # no password: keys are the only credential
        albert = admin.post("/v1/admin/users", json={"email": "agent@lyon.fr", "role": 2})
        assert albert.status_code == 201
        admins = admin.get("/v1/admin/users", params={"role": 2}).json()["data"]
        assert [u["name"] for u in admins] == ["agent@lyon.fr"]

        assert admin.patch(f"/v1/admin/users/{ident}", json={"name": "Ville de Lyon", "role": 2}).status_code == 204
        assert admin.get(f"/v1/admin/users/{ident}").json() | {"keys": 0} == user | {"name": "Ville de Lyon", "role": 2}
        taken = admin.patch(f"/v1/admin/users/{ident}", json={"name": "agent@lyon.fr"})
        assert error_of(taken, 400)["param"] == "name"
        names = [u["name"] for u in admin.get("/v1/admin/users", params={"order_by": "name"}).json()["data"]]
        assert names == sorted(names) and "Ville de Lyon" in names

        assert admin.delete(f"/v1/admin/users/{ident}").status_code == 204
        for method in ("GET", "PATCH", "DELETE"):
            body = {"name": "z"} if method == "PATCH" else None
            assert error_of(admin.request(method, f"/v1/admin/users/{ident}", json=body), 404)["code"] == "not_found"


def test_bad_user_bodies_and_ids(server):
    with server.http() as admin:
        assert error_of(admin.post("/v1/admin/users", json={}), 422)["param"] == "body"
        assert error_of(admin.post("/v1/admin/users", json={"name": "   "}), 422)["param"] == "name"
        assert error_of(admin.post("/v1/admin/users", json={"name": "n", "role": "admin"}), 422)["param"] == "role"
        assert error_of(admin.post("/v1/admin/users", json={"name": "n", "role": 7}), 404)["param"] == "role"
        assert error_of(
            admin.post("/v1/admin/users", content=b"{nope", headers={"content-type": "application/json"}), 422
        )
        assert error_of(admin.get("/v1/admin/users/abc"), 422)["param"] == "user_id"
        assert error_of(admin.get("/v1/admin/users/99999"), 404)["code"] == "not_found"
        assert error_of(admin.get("/v1/admin/users", params={"limit": 0}), 422)["param"] == "limit"


def test_tokens_are_made_for_a_user_listed_without_their_secret_and_revoked(server):
    with server.http() as admin:
        ident = admin.post("/v1/admin/users", json={"name": "service-rh"}).json()["id"]
        made = admin.post("/v1/admin/tokens", json={"name": "batch", "user": ident, "rpm": 30})
        assert made.status_code == 201, made.text
        key, key_id = made.json()["token"], made.json()["id"]
        assert key.startswith("sk-communs-")
        with server.http(key) as owner:
            assert owner.get("/v1/models").status_code == 200
            listed = admin.get("/v1/admin/tokens", params={"user": ident}).json()["data"]
            assert [t["id"] for t in listed] == [key_id]
            token = admin.get(f"/v1/admin/tokens/{key_id}").json()
            assert token["user"] == ident and token["rpm"] == 30 and token["revoked"] is None
            assert token["token"] != key and key.startswith(token["token"].rstrip("…"))
            assert admin.get(f"/v1/admin/users/{ident}").json()["keys"] == 1

            assert admin.patch(f"/v1/admin/users/{ident}", json={"role": 2}).status_code == 204
            assert owner.get("/v1/admin/roles").status_code == 200  # the role change holds at once
            assert admin.delete(f"/v1/admin/tokens/{key_id}").status_code == 204
            assert error_of(owner.get("/v1/models"), 401)["type"] == "authentication_error"
        assert admin.get(f"/v1/admin/tokens/{key_id}").json()["revoked"] is not None
        assert error_of(admin.delete(f"/v1/admin/tokens/{key_id}"), 404)["code"] == "not_found"
        assert error_of(admin.get("/v1/admin/tokens/99999"), 404)["code"] == "not_found"
        assert error_of(admin.post("/v1/admin/tokens", json={"name": "k", "user": 99999}), 404)["param"] == "user"
        assert error_of(admin.post("/v1/admin/tokens", json={"name": "k", "user": ident, "rpm": -1}), 422)
        assert error_of(admin.post("/v1/admin/tokens", json={"user": ident}), 422)["param"] == "name"

        other = admin.post("/v1/admin/users", json={"name": "service-paie"}).json()["id"]
        second = admin.post("/v1/admin/tokens", json={"name": "paie", "user": other}).json()
        assert admin.delete(f"/v1/admin/users/{other}").status_code == 204
        with server.http(second["token"]) as gone:
            assert gone.get("/v1/models").status_code == 401  # a deleted user's keys stop at once
        assert error_of(admin.get(f"/v1/admin/tokens/{second['id']}"), 404)


def test_roles_carry_the_configured_limits(server):
    with server.http() as admin:
        roles = admin.get("/v1/admin/roles").json()
        assert roles["object"] == "list" and [r["name"] for r in roles["data"]] == ["user", "admin"]
        user = admin.get("/v1/admin/roles/1").json()
        assert user == roles["data"][0] and user["permissions"] == [] and user["users"] >= 1
        limits = {(limit["model"], limit["type"]): limit["value"] for limit in user["limits"]}
        assert limits == {
            ("*", "rpm"): 120,
            ("multilingual-e5-small", "rpm"): 50,
            ("multilingual-e5-small", "tpm"): 5000,
        }
        assert admin.get("/v1/admin/roles/2").json()["permissions"] == ["admin"]
        assert error_of(admin.get("/v1/admin/roles/3"), 404)["code"] == "not_found"
        assert admin.post("/v1/admin/roles", json={"name": "x"}).status_code == 405  # roles come from the config


def test_usage_per_user(server, user_key):
    with server.http(user_key) as user, server.http() as admin:
        for _ in range(2):
            assert (
                user.post("/v1/embeddings", json={"model": "multilingual-e5-small", "input": "une phrase"}).status_code
                == 200
            )
        users = admin.get("/v1/admin/users").json()["data"]
        ident = next(u["id"] for u in users if u["name"] == "agent-admin-test")
        deadline = time.monotonic() + 10
        rows: list[dict] = []
        while time.monotonic() < deadline:  # records are written a moment after their request
            rows = admin.get("/v1/admin/usage", params={"user": ident}).json()["data"]
            if any(r["endpoint"] == "/v1/embeddings" and r["requests"] >= 2 for r in rows):
                break
            time.sleep(0.3)
        embeddings = [r for r in rows if r["endpoint"] == "/v1/embeddings"]
        assert embeddings and embeddings[0]["user"] == ident and embeddings[0]["user_name"] == "agent-admin-test"
        assert embeddings[0]["model"] == "multilingual-e5-small" and embeddings[0]["prompt_tokens"] > 0
        everyone = admin.get("/v1/admin/usage").json()["data"]
        assert {r["user"] for r in everyone} >= {ident}
        assert error_of(admin.get("/v1/admin/usage", params={"user": 99999}), 404)["code"] == "not_found"
