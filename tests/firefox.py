"""Debian's firefox-esr driven through WebDriver BiDi, the protocol Firefox speaks natively (Playwright's
Firefox is a patched build that cannot be downloaded here; stock Firefox needs no driver for BiDi).
A minimal client: start Firefox headless with a fresh profile, send commands, press keys, evaluate
scripts in a tab or in the browser's own window (for what only the browser's chrome can do)."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import time
from pathlib import Path

import pytest

FIREFOX = Path("/usr/bin/firefox-esr")
KEYS = {"Enter": "\ue007", "Tab": "\ue004", "Escape": "\ue00c", "Alt": "\ue00a", "Shift": "\ue008"}
PREFS = {
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "app.update.enabled": False,
}


class Firefox:
    def __init__(self, profile: Path, prefs: dict | None = None) -> None:
        from websockets.sync.client import ClientConnection, connect

        if not FIREFOX.exists():
            pytest.skip("Debian firefox-esr is not installed at /usr/bin/firefox-esr (apt-get install firefox-esr)")
        profile.mkdir(parents=True, exist_ok=True)
        lines = [f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in {**PREFS, **(prefs or {})}.items()]
        (profile / "user.js").write_text("".join(lines))
        command = [str(FIREFOX), "--headless", "--no-remote", "--profile", str(profile), "--remote-debugging-port", "0"]
        # system access: the browser's window, where an extension's shortcut is a <key> element
        self.process = subprocess.Popen(
            [*command, "--remote-allow-system-access"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
        )
        assert self.process.stderr is not None
        for line in self.process.stderr:
            found = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
            if found:
                break
        else:
            raise RuntimeError(f"Firefox exited with {self.process.wait()}")
        self.stack = contextlib.ExitStack()
        self.socket: ClientConnection = self.stack.enter_context(
            connect(found.group(1) + "/session", max_size=None, open_timeout=30)
        )
        self.last = 0
        self.send("session.new", capabilities={})

    def send(self, method: str, **params):
        self.last += 1
        self.socket.send(json.dumps({"id": self.last, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv(timeout=60))
            if message.get("id") == self.last:
                if message.get("type") == "error":
                    raise RuntimeError(f"{method}: {message['error']}: {message['message']}")
                return message["result"]

    def contexts(self, scope: str = "content") -> list[dict]:
        return self.send("browsingContext.getTree", **({"moz:scope": "chrome"} if scope == "chrome" else {}))[
            "contexts"
        ]

    def evaluate(self, context: str, expression: str):
        result = self.send("script.evaluate", expression=expression, target={"context": context}, awaitPromise=True)
        if result["type"] == "exception":
            raise RuntimeError(result["exceptionDetails"]["text"])
        return result["result"].get("value")

    def wait_for(self, context: str, expression: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not self.evaluate(context, f"Boolean({expression})"):
            if time.monotonic() > deadline:
                raise TimeoutError(expression)
            time.sleep(0.1)

    def press(self, context: str, *keys: str) -> None:
        """One key or a chord (« Alt », « Shift », « G »)."""
        values = [KEYS.get(k, k) for k in keys]
        actions = [{"type": "keyDown", "value": v} for v in values] + [
            {"type": "keyUp", "value": v} for v in reversed(values)
        ]
        self.send(
            "input.performActions", context=context, actions=[{"type": "key", "id": "clavier", "actions": actions}]
        )

    def type(self, context: str, text: str) -> None:
        actions = [a for c in text for a in ({"type": "keyDown", "value": c}, {"type": "keyUp", "value": c})]
        self.send(
            "input.performActions", context=context, actions=[{"type": "key", "id": "clavier", "actions": actions}]
        )

    def close(self) -> None:
        try:
            self.stack.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
