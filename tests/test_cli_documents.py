"""`communs ingest`, `communs search`, `communs ask` on a fresh home: real files, real models."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import server_env


@pytest.fixture(scope="module")
def home_with_collection(tmp_path_factory, data_dir):
    home = tmp_path_factory.mktemp("cli-home")
    folder = tmp_path_factory.mktemp("to-ingest")
    for name in ("F1341.txt", "F1604.txt", "F13213.txt"):
        shutil.copy(data_dir / "service_public_fiches" / "txt" / name, folder / name)
    shutil.copy(data_dir / "cerfa_forms" / "cerfa_12485_03_fake1.jpg", folder / "scan.jpg")
    (folder / "vide.pdf").write_bytes(b"")
    result = run(home, "ingest", str(folder), "--collection", "demarches")
    return home, result


def run(home, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "communs.cli", *args], env=server_env(home), capture_output=True, text=True, timeout=600
    )


def test_ingest_reports_documents_pages_ocr_and_failures(home_with_collection):
    _, result = home_with_collection
    assert result.returncode == 0, result.stderr
    assert "4 document(s) ajouté(s)" in result.stdout
    assert "dont 1 lue(s) par OCR" in result.stdout
    assert "1 échec(s)" in result.stdout and "vide.pdf" in result.stdout


def test_search_shows_document_and_page(home_with_collection):
    home, _ = home_with_collection
    result = run(home, "search", "donner procuration pour voter", "--collection", "demarches", "-k", "2")
    assert result.returncode == 0, result.stderr
    assert "F1604.txt, p. 1" in result.stdout


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
def test_ask_answers_with_sources(home_with_collection):
    home, _ = home_with_collection
    result = run(home, "ask", "Comment voter par procuration ?", "--collection", "demarches", "-k", "3")
    assert result.returncode == 0, result.stderr
    assert "F1604.txt, p. 1]" in result.stdout


def test_unknown_collection_is_a_one_line_error(home_with_collection):
    home, _ = home_with_collection
    result = run(home, "search", "x", "--collection", "inexistante")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("erreur :") and len(result.stderr.strip().splitlines()) == 1
