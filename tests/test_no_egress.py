"""No egress (issue 21): the API, its embedded models and its apps never reach outside the machine.

The whole exchange runs in a network namespace with loopback only (``unshare -rn``, made here; skipped where
unprivileged namespaces are not allowed): a server that tried to reach the internet would fail there. And every
Python process of the server (its workers, the llama.cpp engine's) runs under an audit hook (tests/egress/
sitecustomize.py) that records any connect, send or name look-up aimed at anything but loopback: the test fails on
the first one, even one a library made quietly and survived.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from communs.config import OFFLINE_ENVIRONMENT, stay_offline

HERE = Path(__file__).resolve().parent
AUDIT = HERE / "egress"


def in_namespace(command: str, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    """``command`` (sh) in a new user and network namespace whose only interface, loopback, is up; in a process
    group of its own, ended whole if the test stops first (a timeout), so that no server is left behind."""
    args = ["unshare", "-rn", "sh", "-c", f"ip link set lo up && {command}"]
    process = subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    return subprocess.CompletedProcess(args, process.returncode, stdout, stderr)


@pytest.fixture(scope="module")
def namespaces() -> None:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.skip("no unshare or ip command here")
    probe = subprocess.run(["unshare", "-rn", "sh", "-c", "ip link set lo up"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"unprivileged network namespaces are not permitted here: {probe.stderr.strip()}")


def audited_env(log: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{AUDIT}{os.pathsep}{HERE.parent}", "COMMUNS_EGRESS_LOG": str(log)}


def test_the_audit_hook_sees_an_attempt_to_reach_out(namespaces, tmp_path: Path) -> None:
    """The detector works: a connection and a look-up outside are recorded (and fail: there is no route)."""
    log = tmp_path / "egress.log"
    attempt = (
        "import socket\n"
        "for target in (lambda: socket.create_connection(('192.0.2.1', 443), timeout=2),\n"
        "               lambda: socket.getaddrinfo('huggingface.co', 443),\n"
        "               lambda: socket.create_connection(('127.0.0.1', 9), timeout=2)):\n"
        "    try: target()\n"
        "    except OSError as exc: print(type(exc).__name__)\n"
    )
    done = in_namespace(f'{sys.executable} -c "$CODE"', {**audited_env(log), "CODE": attempt}, 60)
    assert done.returncode == 0, done.stderr
    seen = {" ".join(line.split()[1:3]) for line in log.read_text().splitlines()}
    # create_connection resolves, then connects; the loopback connection is not recorded
    assert seen == {
        "socket.getaddrinfo '192.0.2.1'",
        "socket.connect '192.0.2.1'",
        "socket.getaddrinfo 'huggingface.co'",
    }, seen


def test_the_process_tells_its_libraries_to_stay_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in OFFLINE_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DO_NOT_TRACK", "0")  # an operator's own value is kept
    stay_offline()
    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["HF_HUB_DISABLE_TELEMETRY"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1" and os.environ["DO_NOT_TRACK"] == "0"


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a dozen calls to the chat model on a busy CPU
def test_the_api_and_every_app_work_with_no_route_out(namespaces, tmp_path: Path) -> None:
    log = tmp_path / "egress.log"
    out = tmp_path / "statuses.json"
    home = tmp_path / "home"
    home.mkdir()
    env = audited_env(log)  # the driver, the server and every process they start
    done = in_namespace(f"{sys.executable} {HERE / 'egress' / 'driver.py'} {out} {home}", env, 1750)
    assert out.exists(), done.stderr[-3000:]
    result = json.loads(out.read_text())
    statuses = result["statuses"]
    print(json.dumps(statuses, indent=1))
    failed = {route: status for route, status in statuses.items() if not 200 <= status < 300}
    assert not failed, (failed, result["errors"], result["log"])
    assert len(statuses) >= 22
    attempts = log.read_text().splitlines() if log.exists() else []
    assert attempts == [], attempts
    started = (log.parent / (log.name + ".procs")).read_text()
    assert "communs.cli serve" in started and "communs.models.llamacpp_worker" in started, started
