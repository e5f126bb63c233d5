"""The embedded models live in the user's models folder, not under a data home: a second `COMMUNS_HOME` (a test
server, a second instance) serves them with no `COMMUNS_MODELS_DIR`."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from communs.config import load_settings
from tests.conftest import TEST_CHAT_MODEL, real_models_dir, server_env, start_server, stop_server


@pytest.fixture
def user_home(tmp_path: Path) -> Path:
    """A user's home whose models folder (~/.local/share/communs/models) holds the assembled models (a link)."""
    user = tmp_path / "user"
    (user / ".local" / "share" / "communs").mkdir(parents=True)
    (user / ".local" / "share" / "communs" / "models").symlink_to(real_models_dir(), target_is_directory=True)
    return user


def test_the_models_folder_does_not_follow_the_home(tmp_path, monkeypatch):
    for name in ("COMMUNS_MODELS_DIR", "COMMUNS_CONFIG", "COMMUNS_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    user, second = tmp_path / "user", tmp_path / "second-home"
    assert load_settings().models_dir == user / ".local" / "share" / "communs" / "models"
    assert load_settings(home=second).models_dir == user / ".local" / "share" / "communs" / "models"
    assert load_settings(home=second, models_dir="~/modeles").models_dir == user / "modeles"
    monkeypatch.setenv("COMMUNS_MODELS_DIR", str(tmp_path / "elsewhere"))
    assert load_settings(home=second).models_dir == tmp_path / "elsewhere"


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
def test_a_second_home_serves_the_embedded_models(tmp_path, user_home, data_dir):
    home = tmp_path / "second-home"
    env = {"COMMUNS_MODELS_DIR": None, "HOME": str(user_home)}
    listed = subprocess.run(
        [sys.executable, "-m", "communs.cli", "models"],
        env=server_env(home, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert "whisper-base-ct2" in listed.stdout and "absent" not in listed.stdout
    server = start_server(home, tmp_path / "server.log", **env)
    try:
        client = server.client()
        chat = client.chat.completions.create(
            model=TEST_CHAT_MODEL, messages=[{"role": "user", "content": "Dis bonjour."}], max_tokens=8
        )
        assert chat.choices[0].message.content.strip()
        with (data_dir / "speech_fr_fleurs" / "fleurs-fr-000.ogg").open("rb") as clip:
            heard = client.audio.transcriptions.create(model="whisper-1", file=clip, language="fr")
        reference = set(re.findall(r"\w+", (data_dir / "speech_fr_fleurs" / "fleurs-fr-000.txt").read_text()))
        assert len(reference & set(re.findall(r"\w+", heard.text.lower()))) >= 0.7 * len(reference)
    finally:
        stop_server(server)
    assert not (home / "models").exists()
