"""Hardening (issue 21): files that are small on the wire and huge once decoded are refused before decoding.

Real HTTP against the session's ``live_server``; the hostile files are made by ``tests/bombs.py``.
"""

from __future__ import annotations

import time

import httpx
import pytest

from communs.apps.dossier.jobs import JobStore
from communs.config import Settings
from communs.documents import check_document, parse_document
from communs.errors import PayloadTooLargeError
from communs.models.audio_probe import audio_duration, check_audio_duration
from tests.bombs import silent_flac, zip_bomb_docx
from tests.test_documents import _png_header, make_text_pdf

SIX_HOURS = 6 * 3600


@pytest.fixture(scope="module")
def http(live_server):
    with live_server.http() as client:
        yield client


def test_six_hours_of_flac_silence_are_refused_before_decoding(http: httpx.Client) -> None:
    flac = silent_flac(SIX_HOURS)  # ~230 KB on the wire, 4 GB of float32 samples once decoded
    assert len(flac) < 1_000_000
    started = time.monotonic()
    response = http.post("/v1/audio/transcriptions", files={"file": ("silence.flac", flac, "audio/flac")})
    elapsed = time.monotonic() - started
    assert response.status_code == 413, response.text[:300]
    error = response.json()["error"]
    assert error["code"] == "audio_too_long" and error["param"] == "file"
    assert "6 h 00 min" in error["message"] and "2 h 00 min" in error["message"]
    assert elapsed < 10, elapsed  # decoding it would take minutes and gigabytes


def test_a_header_that_lies_about_the_duration_is_not_believed() -> None:
    # STREAMINFO says one minute (or "unknown"): the packets say three hours
    for announced in (48_000 * 60, 0):
        flac = silent_flac(3 * 3600, header_samples=announced)
        with pytest.raises(PayloadTooLargeError) as caught:
            check_audio_duration(flac, "menteur.flac", 7200)
        assert caught.value.code == "audio_too_long"


def test_real_audio_within_the_limit_is_measured_and_accepted(data_dir) -> None:
    clip = (data_dir / "speech_fr_fleurs" / "fleurs-fr-000.ogg").read_bytes()
    assert 9 < audio_duration(clip) < 12
    assert 2 < audio_duration(silent_flac(3)) < 3.5
    assert check_audio_duration(clip, "clip.ogg", Settings().max_audio_seconds) is not None
    assert check_audio_duration(silent_flac(30), "x.flac", 0) is None  # 0: no limit
    with pytest.raises(PayloadTooLargeError):
        check_audio_duration(clip, "clip.ogg", 5)


def test_a_file_that_is_not_audio_still_gets_the_decoder_s_400(http: httpx.Client) -> None:
    response = http.post("/v1/audio/transcriptions", files={"file": ("x.flac", b"not audio at all" * 10)})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_audio"


def _dossier_folders(home) -> set[str]:
    root = home / "dossier"
    return {p.name for p in root.iterdir()} if root.exists() else set()


@pytest.mark.parametrize(
    "name, data, status, code",
    [
        ("bombe.png", _png_header(100_000, 100_000), 400, "image_too_large"),
        ("bombe.docx", zip_bomb_docx(600 * 2**20), 413, "document_too_large"),  # 600 MiB of spaces, < 1 MB zipped
        ("dense.docx", zip_bomb_docx(40 * 2**20), 413, "document_too_large"),  # 40 MiB: within the total, not the ratio
    ],
)
def test_dossier_bombs_are_refused_at_upload_not_in_the_job(live_server, http, name, data, status, code) -> None:
    before = _dossier_folders(live_server.home)
    started = time.monotonic()
    response = http.post("/v1/apps/dossier", files={"file": (name, data)}, data={"llm": "false"})
    assert response.status_code == status, response.text[:300]
    error = response.json()["error"]
    assert error["code"] == code and error["message"].startswith(f"{name}:")
    assert time.monotonic() - started < 10
    assert _dossier_folders(live_server.home) == before  # nothing written for a refused dossier


def test_zip_expansion_ratio_and_total_are_checked_before_parsing() -> None:
    dense = zip_bomb_docx(40 * 2**20)
    with pytest.raises(PayloadTooLargeError, match="times its size"):
        parse_document(dense, "dense.docx")
    with pytest.raises(PayloadTooLargeError, match="MiB are accepted"):
        parse_document(dense, "dense.docx", max_unzipped_bytes=2**20)
    with pytest.raises(PayloadTooLargeError, match="MiB are accepted"):
        check_document(dense, "dense.docx", max_zip_ratio=10_000, max_unzipped_bytes=32 * 2**20)
    assert check_document(dense, "dense.docx", max_zip_ratio=10_000) == 1  # the ratio is a setting


def test_pages_per_dossier_and_per_document_are_limited_at_upload(tmp_path) -> None:
    settings = Settings(home=tmp_path, max_dossier_pages=5, max_document_pages=3)
    store = JobStore(tmp_path, settings=settings)
    try:
        three = make_text_pdf([[f"Procès-verbal page {i}"] for i in range(3)])
        four = make_text_pdf([[f"Audition page {i}"] for i in range(4)])
        with pytest.raises(PayloadTooLargeError, match="the dossier has more than 5 pages") as caught:
            store.create([("a.pdf", three), ("b.pdf", three)], owner="alice")
        assert caught.value.code == "too_many_pages"
        with pytest.raises(PayloadTooLargeError, match="b.pdf: the document has 4 pages") as caught:
            store.create([("b.pdf", four)], owner="alice")
        assert _dossier_folders(tmp_path) == set() and store.unfinished() == []
        job = store.create([("a.pdf", three)], owner="alice")
        assert job.status == "queued" and _dossier_folders(tmp_path) == {job.id}
    finally:
        store.close()
