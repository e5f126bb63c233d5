"""Start and stop the servers the gateway benchmark compares (communs, the fake upstream, LiteLLM), and HTTP helpers.

Every server listens on 127.0.0.1 and is a child process that the caller must ``stop`` (in a
``finally``). LiteLLM lives in its own virtual environment, ``bench/.venv-litellm``, created on
first use with a pinned, known-good release (1.82.7 and 1.82.8 on PyPI were malicious).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml

from communs.models.llamacpp import free_port

BENCH = Path(__file__).resolve().parent
LITELLM_VENV = BENCH / ".venv-litellm"
LITELLM_REQUIREMENT = "litellm[proxy]==1.82.6"
MASTER_KEY = "sk-bench-master-key"


HEADERS = {"Authorization": f"Bearer {MASTER_KEY}", "Content-Type": "application/json"}


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 100]; NaN for no values."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def client_for(timeout: float, keep_alive: bool = True) -> httpx.Client:
    """A client whose idle connections expire after 2 s (servers drop them after 5 s). Without keep-alive, each
    request opens its own connection: llama.cpp's server closes the connection after every streamed response
    (while announcing keep-alive), and reusing it then fails with 'Server disconnected without sending a response'."""
    limits = httpx.Limits(keepalive_expiry=2.0, max_keepalive_connections=None if keep_alive else 0)
    return httpx.Client(timeout=timeout, limits=limits)


class Child:
    """A server child process, its URL and its log file."""

    def __init__(self, name: str, process: subprocess.Popen, url: str, log: Path) -> None:
        self.name, self.process, self.url, self.log = name, process, url, log

    def tail(self, chars: int = 1500) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.is_file() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _spawn(name: str, cmd: list[str], env: dict[str, str], log: Path, url: str, health: str, timeout: float) -> Child:
    """Start ``cmd`` and wait (bounded) until ``url + health`` answers 200."""
    with log.open("wb") as out:
        process = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    child = Child(name, process, url, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited at start (status {process.returncode}): {child.tail()}")
        try:
            if httpx.get(url + health, timeout=2).status_code == 200:
                return child
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    child.stop()
    raise RuntimeError(f"{name} did not answer {health} within {timeout:.0f} s: {child.tail()}")


def start_fake_upstream(workdir: Path) -> Child:
    port = free_port()
    return _spawn(
        "fake upstream",
        [sys.executable, str(BENCH / "fake_upstream.py"), "--port", str(port)],
        dict(os.environ),
        workdir / "fake-upstream.log",
        f"http://127.0.0.1:{port}",
        "/health",
        30,
    )


def start_communs(
    workdir: Path, models_dir: Path, model_id: str, upstream_base_url: str, upstream_model: str, timeout: float = 90
) -> Child:
    """``communs serve`` whose only model is an ``openai`` provider pointing at ``upstream_base_url``."""
    home = workdir / "communs-home"
    home.mkdir(parents=True, exist_ok=True)
    config = workdir / "communs.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "models": [
                    {
                        "id": model_id,
                        "type": "text-generation",
                        "providers": [
                            {
                                "backend": "openai",
                                "base_url": upstream_base_url,
                                "model": upstream_model,
                                "api_key": "sk-upstream",
                            }
                        ],
                    }
                ]
            }
        )
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNS_")}
    env.update(
        {
            "COMMUNS_HOME": str(home),
            "COMMUNS_MODELS_DIR": str(models_dir),
            "COMMUNS_MASTER_KEY": MASTER_KEY,
            "COMMUNS_CONFIG": str(config),
            "COMMUNS_THREADS": "2",
        }
    )
    port = free_port()
    return _spawn(
        "communs",
        [sys.executable, "-m", "communs.cli", "serve", "--port", str(port)],
        env,
        workdir / "communs.log",
        f"http://127.0.0.1:{port}",
        "/health",
        timeout,
    )


def ensure_litellm(timeout: float = 900) -> str | None:
    """Create ``bench/.venv-litellm`` if needed; returns why LiteLLM is unusable, or None."""
    litellm = LITELLM_VENV / "bin" / "litellm"
    if litellm.is_file():
        return None
    print(f"installing {LITELLM_REQUIREMENT} into {LITELLM_VENV} (first run only)...", flush=True)
    try:
        subprocess.run(["python3", "-m", "venv", str(LITELLM_VENV)], check=True, capture_output=True, timeout=120)
        result = subprocess.run(
            [
                str(LITELLM_VENV / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                LITELLM_REQUIREMENT,
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"could not create the LiteLLM venv: {exc}"
    if result.returncode != 0 or not litellm.is_file():
        errors = [line for line in result.stderr.splitlines() if "is ignored" not in line]
        return f"pip install {LITELLM_REQUIREMENT} failed: {' '.join(errors)[-600:]}"
    return None


def start_litellm(workdir: Path, model_name: str, upstream_base_url: str, timeout: float = 240) -> Child:
    """The LiteLLM proxy (1 worker) with one model routed to ``openai/<model_name>`` at the upstream."""
    config = workdir / "litellm.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "model_list": [
                    {
                        "model_name": model_name,
                        "litellm_params": {
                            "model": f"openai/{model_name}",
                            "api_base": upstream_base_url,
                            "api_key": "sk-upstream",
                        },
                    }
                ],
                "litellm_settings": {"drop_params": True, "telemetry": False},
                "general_settings": {"master_key": MASTER_KEY},
            }
        )
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LITELLM", "OPENAI", "DATABASE_URL"))}
    # Offline: the bundled model-cost map instead of a download; no telemetry; quiet logs.
    env.update(
        {
            "LITELLM_LOCAL_MODEL_COST_MAP": "True",
            "LITELLM_TELEMETRY": "False",
            "LITELLM_LOG": "ERROR",
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
        }
    )
    port = free_port()
    cmd = [
        str(LITELLM_VENV / "bin" / "litellm"),
        "--config",
        str(config),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--num_workers",
        "1",
    ]
    return _spawn(
        "litellm", cmd, env, workdir / "litellm.log", f"http://127.0.0.1:{port}", "/health/liveliness", timeout
    )
