"""Run inside a network namespace with loopback only (tests/test_no_egress.py): start `communs serve` with the
audit hook of ``sitecustomize.py`` and exercise every face that could reach out: chat, embeddings, rerank,
transcription, speech, a document upload and search, and each app route. Writes ``{route: status}`` as JSON to
the file named by its first argument."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from communs.apps.guide.html import snapshot_from_html  # noqa: E402
from communs.apps.guide.package import SAMPLES  # noqa: E402
from tests.conftest import TEST_DATA, start_server, stop_server  # noqa: E402
from tests.test_documents import make_text_pdf  # noqa: E402


def main(out: Path, home: Path) -> None:
    audit = Path(__file__).resolve().parent
    server = start_server(
        home,
        home / "server.log",
        PYTHONPATH=f"{audit}{os.pathsep}{ROOT}",
        COMMUNS_EGRESS_LOG=os.environ["COMMUNS_EGRESS_LOG"],
    )
    statuses: dict[str, int] = {}
    errors: dict[str, str] = {}
    try:
        with server.http() as http:

            def call(name: str, method: str, path: str, **kwargs) -> dict:
                try:
                    response = http.request(method, path, timeout=900, **kwargs)
                except httpx.HTTPError as exc:  # recorded, and the next route is tried all the same
                    statuses[name] = -1
                    errors[name] = repr(exc)
                    return {}
                statuses[name] = response.status_code
                if response.status_code >= 300:
                    errors[name] = response.text[:300]
                print(f"{name}: {response.status_code}", flush=True)
                try:
                    return response.json()
                except ValueError:
                    return {}

            call("models", "GET", "/v1/models")
            chat = {"messages": [{"role": "user", "content": "Dis bonjour."}], "max_tokens": 5, "temperature": 0}
            call("chat", "POST", "/v1/chat/completions", json={"model": "qwen2.5-coder-0.5b", **chat})
            call("embeddings", "POST", "/v1/embeddings", json={"model": "multilingual-e5-small", "input": "bonjour"})
            call("rerank", "POST", "/v1/rerank", json={"prompt": "impôts", "input": ["payer ses impôts", "la mer"]})
            audio = (TEST_DATA / "speech_fr_fleurs" / "fleurs-fr-000.ogg").read_bytes()
            call(
                "transcription",
                "POST",
                "/v1/audio/transcriptions",
                files={"file": ("a.ogg", audio, "audio/ogg")},
                data={"model": "whisper-base"},
            )
            call("speech", "POST", "/v1/audio/speech", json={"input": "Bonjour", "response_format": "wav"})
            collection = call("collection", "POST", "/v1/collections", json={"name": "egress"}).get("id")
            note = "La demande de carte d'identité se fait en mairie sur rendez-vous.".encode()
            call(
                "document",
                "POST",
                "/v1/documents",
                files={"file": ("note.txt", note, "text/plain")},
                data={"collection": str(collection)},
            )
            call("search", "POST", "/v1/search", json={"prompt": "carte d'identité", "collections": [collection]})
            orientation = {"messages": [{"role": "user", "content": "J'aime soigner les gens, j'ai le bac."}]}
            call("apps/orientation", "POST", "/v1/apps/orientation", json=orientation)
            call("apps/aiact/toc", "GET", "/v1/apps/aiact/toc")
            call("apps/aiact/ask", "POST", "/v1/apps/aiact/ask", json={"question": "Qu'est-ce qu'un système d'IA ?"})
            call(
                "apps/aiact/classify",
                "POST",
                "/v1/apps/aiact/classify",
                json={"description": "Un logiciel qui trie les CV des candidats à un emploi."},
            )
            transcript = (TEST_DATA / "consultation" / "c01.txt").read_text()
            # the chat model's part of an app is the engine the chat route above used: the rules alone where an app
            # allows it, to keep the test within minutes on a busy CPU
            call("apps/consultation", "POST", "/v1/apps/consultation", json={"transcript": transcript, "llm": False})
            call(
                "apps/plain/analyze",
                "POST",
                "/v1/apps/plain/analyze",
                json={"text": "Nonobstant les dispositions précitées, il est procédé à la notification."},
            )
            call(
                "apps/plain/simplify",
                "POST",
                "/v1/apps/plain/simplify",
                json={"text": "Il est procédé à la notification de la décision."},
            )
            form = json.loads((TEST_DATA / "plain" / "forms" / "form_01.json").read_text())
            call("apps/forms/audit", "POST", "/v1/apps/forms/audit", json=form)
            html = (SAMPLES / "formulaire.html").read_text(encoding="utf-8")
            page = snapshot_from_html(html, url="https://www.caf.fr/formulaire.html").model_dump()
            call(
                "apps/guide/step",
                "POST",
                "/v1/apps/guide/step",
                json={"goal": "Indiquer ma date de naissance", "page": page, "use_model": False},
            )
            pdf = make_text_pdf([["PROCÈS-VERBAL D'AUDITION", "Le témoin Paul MARTIN déclare avoir vu le véhicule."]])
            job = call(
                "apps/dossier",
                "POST",
                "/v1/apps/dossier",
                files={"file": ("pv.pdf", pdf, "application/pdf")},
                data={"llm": "false"},
            ).get("id")
            deadline = time.monotonic() + 240
            state: dict = {}
            while time.monotonic() < deadline:
                state = call("apps/dossier/job", "GET", f"/v1/apps/dossier/{job}")
                if state.get("status") in ("done", "error"):
                    break
                time.sleep(1)
            statuses["apps/dossier/done"] = 200 if state.get("status") == "done" else 500
            call("apps/dossier/ask", "POST", f"/v1/apps/dossier/{job}/ask", json={"question": "Qui est le témoin ?"})
    finally:
        stop_server(server)
        log = (home / "server.log").read_text()[-3000:]
        out.write_text(json.dumps({"statuses": statuses, "errors": errors, "log": log}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
