"""Harness: Albert's integration tests against a live communs server (admin = master key, user = a plain key)."""

import subprocess
import sys

import httpx
import pytest

# the communs checkout must be on PYTHONPATH (see README.md)
from tests.conftest import server_env, start_server, stop_server  # noqa: E402


class Client:
    def __init__(self, url, admin, user):
        self.admin = httpx.Client(base_url=url + "/v1", headers={"Authorization": f"Bearer {admin}"}, timeout=600)
        self.user = httpx.Client(base_url=url + "/v1", headers={"Authorization": f"Bearer {user}"}, timeout=600)

    def __getattr__(self, name):
        method, _, who = name.partition("_")
        target = self.admin if who == "with_permissions" else self.user

        def call(url, **kwargs):
            url = url[3:] if url.startswith("/v1") else url
            return target.request(method.upper(), url, **kwargs)

        return call


@pytest.fixture(scope="session")
def client(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    server = start_server(home, home / "log")
    out = subprocess.run(
        [sys.executable, "-m", "communs.cli", "keys", "create", "--name", "albert-user"],
        env=server_env(home),
        capture_output=True,
        text=True,
    )
    user = out.stdout.strip().splitlines()[-1]
    yield Client(server.url, server.master_key, user)
    stop_server(server)


@pytest.fixture(scope="module")
def record_with_vcr():
    yield
