"""Embeddings, transcription and speech through the `openai` client on a live server."""

from __future__ import annotations

import re

import numpy as np
import openai
import pytest


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def test_embeddings_paraphrase_is_closer_than_unrelated(live_server):
    sentences = [
        "Comment renouveler ma carte d'identité ?",
        "Quelles démarches pour refaire sa carte nationale d'identité ?",
        "La recette de la tarte aux pommes demande du beurre et de la farine.",
    ]
    response = live_server.client().embeddings.create(model="multilingual-e5-small", input=sentences)
    vectors = np.array([d.embedding for d in response.data])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    paraphrase, unrelated = vectors[0] @ vectors[1], vectors[0] @ vectors[2]
    assert paraphrase > unrelated + 0.05
    assert response.usage.prompt_tokens > 0


def test_embeddings_float_format_and_single_string(live_server):
    with live_server.http() as http:
        response = http.post("/v1/embeddings", json={"input": "Bonjour", "encoding_format": "float"})
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "list" and body["model"] == "multilingual-e5-small"
    assert len(body["data"]) == 1 and len(body["data"][0]["embedding"]) == 384


def test_embeddings_reject_empty_input(live_server):
    with live_server.http() as http:
        response = http.post("/v1/embeddings", json={"model": "multilingual-e5-small", "input": []})
    assert response.status_code == 422  # a malformed body: 422, as Albert's


def test_transcription_of_a_fleurs_clip(live_server, data_dir):
    clip = data_dir / "speech_fr_fleurs" / "fleurs-fr-000.ogg"
    reference = (data_dir / "speech_fr_fleurs" / "fleurs-fr-000.txt").read_text()
    with clip.open("rb") as fh:
        result = live_server.client().audio.transcriptions.create(model="whisper-base", file=fh, language="fr")
    expected = _words(reference)
    assert len(expected & _words(result.text)) >= 0.7 * len(expected)


def test_transcription_verbose_json_has_timed_segments(live_server, data_dir):
    clip = data_dir / "speech_fr_fleurs" / "fleurs-fr-001.ogg"
    with clip.open("rb") as fh:
        result = live_server.client().audio.transcriptions.create(
            model="whisper-1", file=fh, response_format="verbose_json"
        )
    data = result.model_dump()
    assert data["language"] == "fr" and data["duration"] > 1
    assert data["segments"] and all(s["end"] > s["start"] >= 0 for s in data["segments"])


@pytest.mark.parametrize("fmt, marker", [("srt", "-->"), ("vtt", "WEBVTT"), ("text", "")])
def test_transcription_text_formats(live_server, data_dir, fmt, marker):
    clip = data_dir / "speech_fr_fleurs" / "fleurs-fr-002.ogg"
    with live_server.http() as http, clip.open("rb") as fh:
        response = http.post(
            "/v1/audio/transcriptions",
            files={"file": ("clip.ogg", fh, "audio/ogg")},
            data={"response_format": fmt, "language": "fr"},
        )
    assert response.status_code == 200
    assert marker in response.text and len(response.text) > 20


@pytest.mark.parametrize("fmt", ["mp3", "wav", "opus"])
def test_speech_round_trip_french(live_server, fmt):
    # espeak-ng's French voice is robotic: Whisper base hears about half of its words (README), so the
    # round trip checks words that espeak-ng renders clearly rather than the whole sentence.
    client = live_server.client()
    audio = client.audio.speech.create(
        model="espeak-ng", voice="fr", response_format=fmt, input="Votre demande de passeport est prête."
    ).content
    assert len(audio) > 2000
    result = client.audio.transcriptions.create(
        model="whisper-base", file=(f"speech.{fmt}", audio), response_format="verbose_json"
    )
    assert result.language == "fr"
    assert {"votre", "demande", "de"} <= _words(result.text), result.text


def test_speech_round_trip_english_is_word_perfect(live_server):
    client = live_server.client()
    sentence = "Good morning, the town hall is open on Saturday."
    audio = client.audio.speech.create(model="tts-1", voice="en", response_format="wav", input=sentence).content
    result = client.audio.transcriptions.create(model="whisper-1", file=("speech.wav", audio), language="en")
    assert _words(result.text) == _words(sentence), result.text


def test_speech_english_voice_and_default(live_server):
    with live_server.http() as http:
        english = http.post("/v1/audio/speech", json={"input": "Good morning", "voice": "en", "response_format": "wav"})
        default = http.post("/v1/audio/speech", json={"input": "Bonjour"})
    assert english.status_code == 200 and english.content[:4] == b"RIFF"
    assert default.status_code == 200 and default.headers["content-type"] == "audio/mpeg"


def test_speech_unknown_voice_is_400(live_server):
    with live_server.http() as http:
        response = http.post("/v1/audio/speech", json={"input": "Bonjour", "voice": "martien"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_voice"


def test_transcription_refuses_a_file_that_is_not_audio(live_server):
    with pytest.raises(openai.BadRequestError) as err:
        live_server.client().audio.transcriptions.create(
            model="whisper-base", file=("notes.ogg", b"this is plain text, not audio" * 20)
        )
    assert err.value.body["code"] == "invalid_audio"


def test_transcription_refuses_an_empty_file(live_server):
    with live_server.http() as http:
        response = http.post("/v1/audio/transcriptions", files={"file": ("empty.wav", b"")})
    assert response.status_code == 400


def test_transcription_without_file_is_422(live_server):
    with live_server.http() as http:
        response = http.post("/v1/audio/transcriptions", data={"model": "whisper-base"})
    assert response.status_code == 422
    assert "file" in response.json()["error"]["message"]


def test_transcription_with_a_chat_model_is_422(live_server, data_dir):
    clip = data_dir / "speech_fr_fleurs" / "fleurs-fr-000.ogg"
    with live_server.http() as http, clip.open("rb") as fh:
        response = http.post(
            "/v1/audio/transcriptions", files={"file": ("c.ogg", fh)}, data={"model": "qwen2.5-coder-0.5b"}
        )
    assert response.status_code == 422  # as Albert's
    assert response.json()["error"]["code"] == "wrong_model_type"


def test_upload_over_the_limit_is_413(live_server):
    too_big = b"\0" * (6 * 1024 * 1024)  # the test server allows 5 MiB
    with pytest.raises(openai.APIStatusError) as err:
        live_server.client().audio.transcriptions.create(model="whisper-base", file=("big.wav", too_big))
    assert err.value.status_code == 413
    assert err.value.body["code"] == "payload_too_large"


def test_chunked_upload_over_the_limit_is_413(live_server):
    def body():
        yield b'--x\r\nContent-Disposition: form-data; name="file"; filename="big.wav"\r\n\r\n'
        for _ in range(7):
            yield b"\0" * (1024 * 1024)

    with live_server.http() as http:
        response = http.post(
            "/v1/audio/transcriptions", content=body(), headers={"Content-Type": "multipart/form-data; boundary=x"}
        )
    assert response.status_code == 413
