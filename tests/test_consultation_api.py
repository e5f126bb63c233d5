"""POST /v1/apps/consultation on a live server (transcript, audio through Whisper, bad input) and the CLI."""

from __future__ import annotations

import io
import json
import math
import struct
import wave
from pathlib import Path

from tests.test_api_auth_usage import cli

DATA = Path(__file__).parent / "data" / "consultation"


def wav_bytes(seconds: float, tone_hz: float | None = None) -> bytes:
    """Silence, or a pure tone (music-like, no speech), 16 kHz mono."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        frames = int(seconds * 16000)
        samples = (int(8000 * math.sin(2 * math.pi * tone_hz * i / 16000)) if tone_hz else 0 for i in range(frames))
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return buffer.getvalue()


def test_a_transcript_gives_medications_report_plan_and_fhir(live_server):
    transcript = (DATA / "c02.txt").read_text()
    with live_server.http() as http:
        response = http.post("/v1/apps/consultation", json={"transcript": transcript, "llm": False, "fhir": True})
    assert response.status_code == 200, response.text
    body = response.json()
    assert {"transcript", "medications", "not_prescribed", "report_markdown", "patient_plan", "warnings"} <= set(body)
    meds = {m["name"]: m for m in body["medications"]}
    assert set(meds) == {"Ramipril", "Amlodipine", "Kardégic"}
    ramipril = meds["Ramipril"]
    assert (ramipril["dose"], ramipril["times_per_day"], ramipril["status"]) == ("10 mg", 1, "modified")
    assert {"substance", "cis", "atc", "quantity", "frequency", "duration", "route", "evidence", "warnings"} <= set(
        ramipril
    )
    assert transcript[ramipril["evidence"]["start"] : ramipril["evidence"]["end"]] == ramipril["evidence"]["text"]
    assert body["fhir"]["resourceType"] == "Bundle" and len(body["fhir"]["entry"]) == 3


def test_the_llm_only_fills_a_field_its_quote_supports(live_server):
    """ "deux fois au cours de la journée" is said but not counted by the rules: the model may settle it, checked."""
    transcript = (
        "Médecin : Je vous prescris du Spasfon, deux comprimés, deux fois au cours de la journée pendant trois jours."
    )
    with live_server.http() as http:
        response = http.post("/v1/apps/consultation", json={"transcript": transcript})
    assert response.status_code == 200, response.text
    spasfon = response.json()["medications"][0]
    assert spasfon["times_per_day"] in (2, None)
    if spasfon["times_per_day"] == 2:
        assert spasfon["source"] == "rules+llm"
    else:
        assert "times_per_day" in spasfon["uncertain"]


def test_an_audio_recording_is_transcribed_with_timestamps(live_server):
    with live_server.http() as http:
        response = http.post(
            "/v1/apps/consultation",
            files={"file": ("c02.ogg", (DATA / "audio" / "c02.ogg").read_bytes(), "audio/ogg")},
            data={"llm": "false"},
        )
    assert response.status_code == 200, response.text
    body = response.json()
    substances = {m["substance"].replace("é", "e") for m in body["medications"]}
    # Whisper base mishears some names ("âme l'odipine", "cartes égiques"): most are still found, none invented
    assert len(substances) >= 2 and substances <= {"ramipril", "amlodipine", "acide acetylsalicylique"}
    assert body["duration"] > 30 and body["segments"]
    evidence = body["medications"][0]["evidence"]
    assert evidence["time_start"] is not None and evidence["time_end"] >= evidence["time_start"]


def test_bad_input_gives_a_clear_error_and_never_a_drug(live_server):
    with live_server.http() as http:
        empty = http.post("/v1/apps/consultation", json={"transcript": "  "})
        missing = http.post("/v1/apps/consultation", json={"texte": "Doliprane"})
        not_audio = http.post("/v1/apps/consultation", files={"file": ("note.pdf", b"%PDF-1.4 not audio", "audio/ogg")})
        silence = http.post("/v1/apps/consultation", files={"file": ("silence.wav", wav_bytes(3), "audio/wav")})
        tone = http.post("/v1/apps/consultation", files={"file": ("tone.wav", wav_bytes(4, 440), "audio/wav")})
        none = http.post(
            "/v1/apps/consultation", json={"transcript": "Patient : Je viens pour un certificat de sport."}
        )
        form = {"transcript": (None, "Doliprane"), "fhir": (None, "peut-être")}  # multipart, no file
        unclear = http.post("/v1/apps/consultation", files=form)
    assert empty.status_code == 400 and empty.json()["error"]["param"] == "transcript"
    assert unclear.status_code == 400 and unclear.json()["error"]["param"] == "fhir"
    assert missing.status_code == 400
    assert not_audio.status_code == 400
    for answer in (silence, tone):
        assert answer.status_code == 400 or answer.json()["medications"] == [], answer.text
    assert none.status_code == 200 and none.json()["medications"] == []
    assert none.json()["warnings"][0]["kind"] == "no_medication"


def test_cli_prints_the_table_and_writes_json_and_fhir(live_server, tmp_path):
    out = tmp_path / "bundle.json"
    result = cli(live_server, "consultation", str(DATA / "c20.txt"), "--json", "--no-llm", "--fhir", str(out))
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert {m["name"] for m in body["medications"]} == {"Kardégic", "Brilique", "Bisoprolol", "Atorvastatine"}
    assert body["not_prescribed"] == ["Mopral"]
    assert json.loads(out.read_text())["entry"][0]["resource"]["resourceType"] == "MedicationRequest"
    plain = cli(live_server, "consultation", str(DATA / "c20.txt"), "--no-llm")
    assert "Compte rendu de consultation" in plain.stdout and "Mon traitement" in plain.stdout
    missing = cli(live_server, "consultation", str(tmp_path / "absent.txt"))
    assert missing.returncode == 1 and missing.stderr.startswith("erreur :")
