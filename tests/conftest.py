"""Shared fixtures: real settings, a real ``communs serve`` on a free port, real data from tests/data."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from communs.config import Settings, default_models_dir, load_settings
from communs.models.llamacpp import free_port

ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = ROOT / "tests" / "data"  # small real files, each folder with its SOURCE.txt
TEST_CHAT_MODEL = "qwen2.5-coder-0.5b"
MASTER_KEY = "sk-communs-test-master"


def real_models_dir() -> Path:
    """Where `make setup` assembled the embedded models (tests never re-download them)."""
    explicit = os.environ.get("COMMUNS_MODELS_DIR")
    return Path(explicit).expanduser() if explicit else default_models_dir()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The tests' own data: subsets of public sources, in the sources' formats (see each folder's SOURCE.txt)."""
    return TEST_DATA


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh, empty home; the embedded models from the real models folder."""
    return load_settings(
        home=tmp_path / "home", models_dir=real_models_dir(), master_key=MASTER_KEY, default_chat_model=TEST_CHAT_MODEL
    )


class LiveServer:
    def __init__(self, url: str, home: Path, process: subprocess.Popen, log: Path) -> None:
        self.url = url
        self.home = home
        self.process = process
        self.log = log
        self.master_key = MASTER_KEY

    def env(self) -> dict[str, str]:
        return server_env(self.home)

    def client(self, key: str | None = MASTER_KEY, **kwargs):
        from openai import OpenAI

        return OpenAI(base_url=self.url + "/v1", api_key=key or "none", max_retries=0, timeout=300, **kwargs)

    def http(self, key: str | None = MASTER_KEY) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=300)


def server_env(home: Path, **extra: str | None) -> dict[str, str]:
    """The environment of a `communs` process on ``home``; an ``extra`` variable set to None is left out."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNS_")}
    env.update(
        {
            "COMMUNS_HOME": str(home),
            "COMMUNS_MODELS_DIR": str(real_models_dir()),
            "COMMUNS_MASTER_KEY": MASTER_KEY,
            "COMMUNS_DEFAULT_CHAT_MODEL": TEST_CHAT_MODEL,
            "COMMUNS_THREADS": "2",
        }
    )
    for name, value in extra.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def start_server(home: Path, log: Path, *serve_args: str, **extra_env: str | None) -> LiveServer:
    """`communs serve` on a free port (``serve_args``: more options, e.g. ``"--workers", "2"``)."""
    port = free_port()
    out = log.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "communs.cli", "serve", "--port", str(port), *serve_args],
        env=server_env(home, **extra_env),
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"communs serve exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return LiveServer(url, home, process, log)
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"communs serve did not start: {log.read_text()[-2000:]}")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One real `communs serve` for the session (upload limit lowered to 5 MiB to test 413s cheaply)."""
    home = tmp_path_factory.mktemp("server-home")
    server = start_server(home, home / "server.log", COMMUNS_MAX_UPLOAD_BYTES=str(5 * 1024 * 1024))
    yield server
    stop_server(server)


# the browser fixtures (browser, agent_key, agent) for every web test module
from tests.browser import agent, agent_key, browser  # noqa: E402, F401
from tests.services import milvus_prefix, milvus_uri, postgres_url, redis_prefix, redis_url  # noqa: E402, F401
