"""De Facto: a 33-page criminal case file (typed, scanned, handwritten, photos, noise) digested with its pages.

The dossier is built by tests/data/dossier/build.py from fictitious texts, with gold labels written from
those texts (persons and roles, dated events, offences with their Code pénal article, questions).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communs.apps.dossier.analysis import analyse
from communs.apps.dossier.ingest import PageRecord, flags_for
from communs.apps.dossier.jobs import JobStore
from communs.errors import InvalidRequestError
from communs.nlp.dates import find_dates, find_times, words_to_number
from tests.conftest import ROOT, server_env
from tests.test_documents import make_text_pdf

DATA = ROOT / "tests" / "data" / "dossier"
sys.path.insert(0, str(DATA))

import build  # noqa: E402
import case_balto  # noqa: E402
from score import score  # noqa: E402


@pytest.fixture(scope="session")
def balto(tmp_path_factory) -> tuple[Path, dict]:
    pdf, gold = build.build("balto", tmp_path_factory.mktemp("dossier"))
    return pdf, json.loads(gold.read_text(encoding="utf-8"))


def typed_pages() -> list[PageRecord]:
    """The dossier's pages as if every one had been read perfectly (the handwritten and noise pages flagged)."""
    pages = []
    for number, (kind, text) in enumerate(case_balto.PAGES, 1):
        confidence = {"hand": 45.0, "noise": 30.0}.get(kind, 95.0)
        text = "v Le\nte LS D" if kind == "noise" else text
        pages.append(PageRecord(number, text, "balto.pdf", kind != "text", confidence, []))
        pages[-1].flags = flags_for(text, kind != "text", confidence)
    return pages


# -- rules ------------------------------------------------------------------------------------


def test_french_dates_and_times_in_police_prose_are_normalised():
    text = "L'an deux mille vingt-quatre, le quatorze mars à vingt-deux heures cinquante, puis le 14 mars 2024 à 22h15"
    assert [d.value for d in find_dates(text)] == ["2024-03-14", "2024-03-14"]
    assert [t.value for t in find_times(text)] == ["22:50", "22:15"]
    found = find_dates("le 03/03/24 et le 1er avril", default_year=2023)
    assert [d.value for d in found] == ["2024-03-03", "2023-04-01"]
    assert [t.value for t in find_times("de 20h00 jusqu'à minuit, à six heures dix")] == ["20:00", "00:00", "06:10"]
    # a video's timer or a log gives the seconds: the hour is still read (it was not at all before)
    assert [t.value for t in find_times("caméra 3, 22h41m07 ; puis à 22 h 43 min 10 s")] == ["22:41", "22:43"]
    assert words_to_number("quatre-vingt-dix-sept") == 97 and words_to_number("deux mille vingt-quatre") == 2024


def test_rules_find_persons_roles_chronology_and_offences_with_their_pages():
    result = analyse(typed_pages())
    gold = build.gold(case_balto)
    scores = score(result, gold)
    assert scores["persons_recall"] == 1.0, scores["missed_persons"]
    assert scores["roles_accuracy"] == 1.0, scores["wrong_roles"]
    assert scores["events_recall"] >= 0.9, scores["missed_events"]
    assert scores["offences_recall"] == 1.0
    assert scores["documents_exact"] >= 0.9
    marchand = next(p for p in result["persons"] if p["name"] == "Kevin MARCHAND")
    assert "Kéké" in marchand["aliases"] and "MARCHAND Kevin" in marchand["aliases"]
    assert 5 in marchand["pages"]  # "on l'appelle Kéké dans le quartier": the alias counts
    offence = next(o for o in result["offences"] if o["code_article"] == "311-5")
    assert offence["stated"] and 32 in offence["pages"]
    past = {o["code_article"] for o in result["offences"] if o["context"] == "antécédent"}
    assert past == {"311-4", "222-37"}  # the criminal record's convictions are not the case's facts
    assert [i["what"] for i in result["seized_items"]][:2] == [
        "un gant noir en tissu (scellé n° 1)",
        "un couteau à cran d'arrêt à manche noir (scellé n° 2)",
    ]
    assert {"FG-482-KL"} == {v["value"] for v in result["vehicles"]}
    assert {"06 12 34 56 78", "06 71 23 45 89"} == {p["value"] for p in result["phones"]}
    assert "1 250 €" in {a["value"] for a in result["amounts"]}
    contradiction = result["contradictions"][0]
    assert {s["time"] for s in contradiction["statements"]} == {"22:15", "22:40"}
    assert result["flagged_pages"] == [27, 33]
    for document in result["documents"]:
        for sentence in document["sentences"]:  # every summary sentence is on the page it cites
            page = case_balto.PAGES[sentence["pages"][0] - 1][1]
            assert sentence["text"][:25] in " ".join(page.split())


def test_the_models_synthesis_keeps_only_sentences_found_on_the_pages_they_cite():
    from communs.apps.dossier.synthesis import verify

    pages = {n: text for n, (_, text) in enumerate(case_balto.PAGES, 1)}
    documents = [[a] if a == b else list(range(a, b + 1)) for _, a, b in case_balto.DOCUMENTS]
    written = [
        {"texte": "L'ITT de Sophie LEMAIRE est fixée à six jours par le médecin légiste.", "pages": [13]},
        {"texte": "Le scooter immatriculé FG-482-KL a été prêté par Yanis ROCHE.", "pages": [17]},  # p. 16 says it
        {"texte": "Kevin MARCHAND a avoué le vol devant le juge d'instruction.", "pages": [21]},  # invented
        {"texte": "La victime a perdu 1 250 euros.", "pages": [99]},  # no such page
        {"texte": "L'ITT de Sophie LEMAIRE est fixée à six jours par le médecin légiste.", "pages": [13]},  # again
    ]
    kept, dropped = verify(written, pages, documents)
    assert kept == [
        {"text": written[0]["texte"], "pages": [13]},
        {"text": written[1]["texte"], "pages": [16], "recited": True},
    ]
    assert [d["text"] for d in dropped] == [written[2]["texte"], written[3]["texte"], written[0]["texte"]]
    assert dropped[-1]["why"] == "repeated"


def test_a_noise_page_is_flagged_not_silently_read():
    assert flags_for("v Le\nte LS D\nLCL\n\nVa oi", True, 33.9) == ["ocr", "low_confidence", "noise"]
    assert flags_for("Lecture faite, M. BENSAÏD persiste et signe.", True, 94.0) == ["ocr"]
    assert flags_for("", True, None) == ["ocr", "empty"]


def test_a_password_protected_pdf_is_refused_with_a_clear_error(tmp_path):
    store = JobStore(tmp_path)
    with pytest.raises(InvalidRequestError) as error:
        store.create([("secret.pdf", make_text_pdf([["PROCÈS-VERBAL"]], user_password="secret"))], owner="me")
    assert "password" in error.value.message
    with pytest.raises(InvalidRequestError):
        store.create([], owner="me")


# -- the whole chain on the real PDF, with a crash in the middle --------------------------------


def _cli(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "communs.cli", "dossier", *args], server_env(home)


@pytest.mark.slow  # 13-55 s on 2 cores (a model run or CLI processes); run by `make test-all`
def test_the_cli_resumes_after_being_killed_and_meets_the_targets(balto, tmp_path):
    pdf, gold = balto
    home = tmp_path / "home"
    outputs = ["--json", str(tmp_path / "out.json"), "--report", str(tmp_path / "fiche.md")]
    command, env = _cli(home, str(pdf), "--no-llm", *outputs)
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    database = home / "communs.db"  # the dossiers are kept in the database_url (SQLite by default)
    deadline = time.time() + 240
    batches = 0
    while time.time() < deadline and first.poll() is None:
        if database.exists():
            with sqlite3.connect(database) as db:
                found = db.execute("SELECT name FROM sqlite_master WHERE name = 'dossier_batches'").fetchone()
                batches = db.execute("SELECT count(*) FROM dossier_batches").fetchone()[0] if found else 0
            if batches >= 1:
                break
        time.sleep(0.2)
    assert batches >= 1 and first.poll() is None, "the first run should be killed mid-way"
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    with sqlite3.connect(database) as db:
        status, done = db.execute("SELECT status, pages_done FROM dossier_jobs").fetchone()
    assert status == "running" and 0 < done < 33

    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr
    assert "Reprise du dossier" in second.stdout
    result = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert result["pages"] == 33 and [p["number"] for p in result["page_info"]] == list(range(1, 34))
    scores = score(result, gold)
    assert scores["persons_recall"] >= 0.95, scores["missed_persons"]
    assert scores["roles_accuracy"] >= 0.9, scores["wrong_roles"]
    assert scores["events_recall"] >= 0.9, scores["missed_events"]
    assert scores["offences_recall"] >= 0.9
    assert scores["flagged_low_confidence"] == [27, 33]  # the handwritten note and the noise page
    ocr = [p["number"] for p in result["page_info"] if p["ocr"]]
    assert ocr == gold["image_pages"]
    report = (tmp_path / "fiche.md").read_text(encoding="utf-8")
    assert "## Personnes" in report and "Kevin MARCHAND" in report and "311-5" in report

    job_id = result["id"]
    command, env = _cli(home, "ask", job_id, "Quelle est l'immatriculation du scooter ?", "--no-llm")
    asked = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert asked.returncode == 0, asked.stderr
    assert "FG-482-KL" in asked.stdout and "[p. " in asked.stdout
    command, env = _cli(home, "ask", job_id, "D'après la note remise par la gérante, qu'a-t-on volé ?", "--no-llm")
    asked = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert "note manuscrite (p. 27)" in asked.stdout and "[p. 27" in asked.stdout  # handwriting: read the original
    command, env = _cli(home, "ask", job_id, "Quel est le montant de la taxe foncière due ?", "--no-llm")
    asked = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert "Pas dans le dossier" in asked.stdout


def test_the_cli_says_why_a_protected_pdf_cannot_be_read(tmp_path):
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(make_text_pdf([["Document confidentiel"]], user_password="secret"))
    command, env = _cli(tmp_path / "home", str(secret))
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("erreur : ") and "password" in done.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.slow
def test_a_1000_page_file_is_read_with_progress_in_bounded_memory(tmp_path):
    import asyncio
    import resource

    from communs.apps.dossier.jobs import run_job

    page = ["PROCÈS-VERBAL D'AUDITION DE TÉMOIN", "Le 15 mars 2024 à 11h00, entendons M. Karim BENSAÏD, qui déclare :"]
    page += ["« Le jeudi 14 mars 2024, vers 22h15, j'ai vu un homme partir sur un scooter noir. »"] * 30
    data = make_text_pdf([page] * 1000)
    store = JobStore(tmp_path)
    job = store.create([("gros.pdf", data)], owner="me")
    seen: list[int] = []
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    done = asyncio.run(run_job(store, job.id, None, on_progress=lambda j: seen.append(j.pages_done)))
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert done.status == "done" and done.result["pages"] == 1000
    assert len(set(seen)) >= 100 and seen[-1] == 1000  # progress batch by batch
    assert grown_mib < 400, f"memory grew by {grown_mib:.0f} MiB"


def first_pages(pdf: Path, count: int) -> bytes:
    """The dossier's first pages as a PDF of their own (a small dossier for the API and browser tests)."""
    import io

    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    part = pdfium.PdfDocument.new()
    part.import_pages(source, list(range(count)))
    buffer = io.BytesIO()
    part.save(buffer)
    return buffer.getvalue()


# -- questions and synthesis: what the search and the model are given -----------------------------


def test_a_question_says_what_kind_of_answer_it_wants_and_its_terms_reach_the_dossiers_words():
    from communs.apps.dossier.query import analyse_question, kinds_of
    from communs.search.analysis import analyze

    assert kinds_of("À quelle heure a-t-il été interpellé ?") == ["heure"]
    assert kinds_of("Quelle somme a été volée ?") == ["montant"]
    assert kinds_of("Quelle est la plaque du véhicule ?") == ["plaque"]
    assert kinds_of("Qui a prêté le scooter ?") == ["personne"]
    assert kinds_of("Quel avocat assiste le gardé à vue ?") == ["personne"]
    assert kinds_of("Quelles blessures présente la victime ?") == []
    vocabulary = set(analyze("avisons le substitut ; la personne mise en cause ; il prononçait"))
    query = analyse_question("Qui est le magistrat avisé ? Quelles paroles le suspect a-t-il prononcées ?", vocabulary)
    assert {"avison", "substitut"} <= set(query.weights) and "caus" in query.variants["suspect"]
    assert all(query.weights[t] == 1.0 for t in query.terms) and query.weights["avison"] < 1.0
    assert query.answers("il a crié : « Donne la caisse ou je te plante »") is True  # words said, quoted
    assert query.answers("il a menacé la victime") is False
    hour = analyse_question("À quelle heure le scooter est-il parti ?")
    assert hour.answers("Vers 22h40, j'ai vu un scooter") and not hour.answers("Le soir, j'ai vu un scooter")
    assert hour.fits("22h40") and not hour.fits("Odile FERRAND")  # an answer without an hour is not believed
    assert analyse_question("Quelles blessures ?").fits("Une tuméfaction")  # no fixed form asked: any answer


def test_the_search_puts_first_the_passage_holding_what_is_asked_and_an_answer_cites_the_pages_holding_it(tmp_path):
    import asyncio

    from communs.apps.dossier.ask import DossierIndex, Passage, answer, answer_pages

    index = DossierIndex.from_pages(typed_pages(), tmp_path / "index")
    for question, gold in [
        ("Quelle somme a été volée au bar-tabac ?", {5, 6, 31}),
        ("À quelle heure Odile FERRAND a-t-elle vu partir le scooter ?", {9, 32}),
        ("Qui est le magistrat avisé de la garde à vue ?", {20}),
    ]:
        reply = asyncio.run(answer(index, question, None))  # no model: the best sentence of the passages
        assert reply["found"] and set(reply["pages"]) & gold, (question, reply)
        assert len(reply["passages"]) == 3 and set(reply["pages"]) <= {p["page"] for p in reply["passages"]}
    passages = [Passage(31, "immatriculation FG-482-KL du scooter"), Passage(22, "Le scooter"), Passage(7, "FG-482-KL")]
    assert answer_pages("FG-482-KL", passages, [22]) == [7, 31]  # cited page without the answer: not kept
    assert answer_pages("Le scooter rouge de Paul DURAND", passages, [22]) == []
    victim = [Passage(31, "le chef du groupe d'appui judiciaire ; la victime a été entendue")]
    question = "Quel est le groupe sanguin de la victime ?"
    assert answer_pages("La victime est de groupe sanguin A.", victim, [31], question) == []  # echoes the question
    assert answer_pages("Le scooter FG-482-KL.", passages, [], "Quel scooter ?") == [7, 31]


def dossier_index_in_a_shared_store(store, folder: Path) -> None:
    """A dossier's index is a private collection of its owner in the deployment's search store, questions are
    answered from it, an index written before (a store of its own in the job folder, or passages in JSON) moves
    into it on first use, and dropping the dossier drops its collection."""
    import asyncio

    from communs.apps.dossier.ask import DossierIndex, answer, drop, find_collection
    from communs.search import ChunkInput, SqliteSearchStore

    with DossierIndex.from_pages(typed_pages(), store, job_id="j1", owner="7") as index:
        assert not index.semantic  # no embedder: lexical only
        pages = {p.page for p in index.passages}
        reply = asyncio.run(answer(index, "Quelle somme a été volée au bar-tabac ?", None))
        assert reply["found"] and set(reply["pages"]) & {5, 6, 31}, reply
    [collection] = [c for c in store.list_collections(7, include_public=False) if c.name == "dossier:j1"]
    assert collection.visibility == "private" and collection.owner_id == 7
    assert find_collection(store, "j1", "8") is None  # another user's dossier of the same id: not this one
    hits = store.search([collection.id], method="lexical", query="scooter FG-482-KL", k=3)
    assert hits and {h.chunk.metadata["page"] for h in hits} <= pages
    old = folder / "old"  # an index written before the shared store: a store of its own, with vectors
    own = SqliteSearchStore(old / "search.sqlite")
    own_id = own.create_collection("dossier", None, "private", None).id
    texts = [(5, "La somme volée : 1 250 euros en billets."), (9, "Le scooter est parti vers 22h40.")]
    vectors = [[1.0, 0.0, 0.5], [0.0, 1.0, 0.5]]
    chunks = [ChunkInput(t, pages=[p], vector=v) for (p, t), v in zip(texts, vectors)]
    own.add_document(own_id, "dossier", "text/plain", 0, 0, {"semantic": True}, chunks)
    own.close()
    with DossierIndex.open(store, "j2", "master", old) as index:
        assert index.semantic and [p.page for p in index.passages] == [5, 9]
        reply = asyncio.run(answer(index, "Quelle somme a été volée ?", None))
    assert reply["found"] and reply["pages"] == [5] and not list(old.iterdir())  # moved: no local index left
    moved = find_collection(store, "j2", "master")
    assert moved is not None
    found = store.search([moved], method="semantic", query="", query_vector=[0.0, 1.0, 0.5], k=1)
    assert found[0].chunk.metadata["page"] == 9  # the vectors came along (no re-embedding)
    older = folder / "older"  # older still: passages in JSON
    older.mkdir()
    (older / "passages.json").write_text(json.dumps([[p, t] for p, t in texts], ensure_ascii=False), "utf-8")
    with DossierIndex.open(store, "j3", "master", older) as index:
        assert asyncio.run(answer(index, "Quelle somme a été volée ?", None))["pages"] == [5]
    with pytest.raises(InvalidRequestError):
        DossierIndex.open(store, "never", "master", folder / "never")
    drop(store, "j1", "7")
    assert find_collection(store, "j1", "7") is None and store.get_collection(collection.id) is None


def test_the_dossier_index_is_a_collection_of_the_search_store_and_an_older_index_moves_into_it(tmp_path):
    from communs.search import SqliteSearchStore

    store = SqliteSearchStore(tmp_path / "search.sqlite")
    try:
        dossier_index_in_a_shared_store(store, tmp_path)
    finally:
        store.close()


def test_the_dossier_index_works_the_same_on_milvus(milvus_uri, milvus_prefix, tmp_path):
    from communs.search.catalog import Catalog
    from communs.search.milvus import MilvusSearchStore

    store = MilvusSearchStore(milvus_uri, catalog=Catalog.private(tmp_path / "catalog.sqlite"), prefix=milvus_prefix)
    try:
        dossier_index_in_a_shared_store(store, tmp_path)
    finally:
        store.close()


def test_a_dossiers_collection_deleted_by_hand_is_rebuilt_and_deleting_the_dossier_deletes_it(tmp_path):
    import asyncio

    from communs.apps.dossier.ask import answer, find_collection

    store = JobStore(tmp_path)
    job = store.create([("d.pdf", make_text_pdf([["PROCÈS-VERBAL", "La somme volée : 1 250 euros."]]))], owner="me")
    store.save_batch(job.id, 0, typed_pages())
    store.update(job.id, status="done", stage="terminé", progress=1.0)
    job = store.get(job.id)
    with pytest.raises(InvalidRequestError):
        store.index(job)  # never indexed, no files: not indexed yet
    asyncio.run(store.open_index(job, None)).close()  # a finished dossier: indexed from its stored pages
    collection_id = find_collection(store.search, job.id, "me")
    assert collection_id is not None
    store.search.delete_collection(collection_id)  # as DELETE /v1/collections/{id} by its owner
    index = asyncio.run(store.open_index(job, None))
    assert asyncio.run(answer(index, "Quelle somme a été volée au bar-tabac ?", None))["found"]
    index.close()
    store.delete(job.id)
    assert find_collection(store.search, job.id, "me") is None
    store.close()


def test_the_synthesis_is_given_the_same_short_digest_whatever_the_dossiers_length():
    from dataclasses import replace

    from communs.apps.dossier.synthesis import INPUT_CHARS, digest

    pages = typed_pages()
    thrice = [replace(p, number=p.number + k * len(pages)) for k in range(3) for p in pages]  # 99 pages, copies
    short, long = digest(analyse(pages)), digest(analyse(thrice))
    assert long == short  # a copy of a document is said once: the first
    assert sum(len(line) + 1 for line in long) <= INPUT_CHARS
    assert long[0].startswith("[p. 4-6] Plainte de Sophie LEMAIRE (victime)")
    assert any(line.startswith("[p. 31-32] Rapport") for line in long)


def test_a_synthesis_past_its_time_budget_is_the_rules_one_said_so(settings):
    import asyncio

    from communs.apps.dossier.synthesis import synthesise
    from communs.models.registry import Registry

    pages = typed_pages()

    async def run() -> dict:
        registry = Registry(settings)  # the real model, given no time at all
        try:
            return await synthesise(analyse(pages), {p.number: p.text for p in pages}, registry, time_budget=0.01)
        finally:
            await registry.aclose()

    synthesis = asyncio.run(run())
    assert synthesis["source"] == "rules" and "0 s" in synthesis["error"]
    assert synthesis["sentences"][0] == {"text": "Victime : Sophie LEMAIRE.", "pages": [1]}
