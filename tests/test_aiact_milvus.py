"""SONIC's Act index in a fleet's search engine (Milvus, the ``milvus_uri`` fixture): no local index file, one
shared index built once by whichever process comes first (a builder killed midway is taken over), an older
build of the Act replaced, and the same articles found as with the embedded SQLite index."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from communs.apps.aiact.act import load_act
from communs.apps.aiact.index import (
    INDEX_KIND,
    _digest,
    build_job_id,
    close_indexes,
    index_name,
    open_index,
    passages,
    shared_store,
)
from communs.apps.aiact.retrieve import retrieve
from communs.config import Settings, load_settings
from communs.jobs.store import JobTable
from communs.models.embed import embeddings_model_id
from communs.models.registry import Registry
from communs.search.records import ChunkInput
from tests.conftest import ROOT, real_models_dir

# written for this test from the Act's provisions (not from bench/): prohibited practices (Art. 5), transparency
# towards people (Art. 50), penalties (Art. 99), general-purpose models (Art. 53), human oversight (Art. 14),
# entry into application (Art. 113), high-risk classification (Art. 6 and Annex III)
QUESTIONS = [
    "Une mairie peut-elle noter ses habitants selon leur comportement social ?",
    "Un robot conversationnel doit-il dire aux gens qu'ils parlent à une machine ?",
    "Quelles amendes risque une entreprise qui ne respecte pas le règlement ?",
    "Le fournisseur d'un modèle d'IA à usage général doit-il documenter ses données d'entraînement ?",
    "What human oversight must a high-risk AI system allow?",
    "From which date does the regulation apply?",
    "Un logiciel qui trie les candidatures à un emploi est-il à haut risque ?",
]


def fleet_settings(home: Path, milvus_uri: str, prefix: str, **extra: object) -> Settings:
    return load_settings(home=home, models_dir=real_models_dir(), search_uri=milvus_uri, search_prefix=prefix, **extra)


async def top_articles(settings: Settings) -> tuple[list[list[str]], int]:
    registry = Registry(settings)
    try:
        index = await open_index(settings, registry)
        found = [await retrieve(index, question, 5) for question in QUESTIONS]
        return [[index.act.top(i) for i in r.ids] for r in found], index.collection_id
    finally:
        close_indexes(registry)
        await registry.aclose()


def test_the_act_index_in_milvus_finds_the_articles_the_embedded_index_finds(
    tmp_path: Path, milvus_uri: str, milvus_prefix: str
) -> None:
    embedded = load_settings(home=tmp_path / "embedded", models_dir=real_models_dir())
    fleet = fleet_settings(tmp_path / "fleet", milvus_uri, milvus_prefix)
    local, _ = asyncio.run(top_articles(embedded))
    shared, collection_id = asyncio.run(top_articles(fleet))
    assert list((tmp_path / "embedded" / "aiact").glob("index-*.sqlite"))  # the embedded default: its own file
    assert not (tmp_path / "fleet" / "aiact").exists()  # a fleet's replica keeps no index file
    # BM25 is the engines' own (FTS5's IDF is clamped at 0, Milvus's is not): the ranks may differ a little
    for question, mine, theirs in zip(QUESTIONS, local, shared):
        assert mine[0] == theirs[0], (question, mine, theirs)
        assert len(set(mine) & set(theirs)) >= 4, (question, mine, theirs)
    # the index is the search engine's, apart from the users' collections
    store = shared_store(fleet)
    try:
        assert [c.id for c in store.list_collections(None) if c.name.startswith("aiact-")] == [collection_id]
    finally:
        store.close()


OPEN_AND_PRINT = """
import asyncio, sys
from communs.apps.aiact.index import close_indexes, open_index
from communs.config import load_settings
from communs.models.registry import Registry

async def main():
    settings = load_settings()
    registry = Registry(settings)
    index = await open_index(settings, registry)
    print("collection", index.collection_id, flush=True)
    close_indexes(registry)
    await registry.aclose()

asyncio.run(main())
"""


def test_replicas_build_the_shared_index_once_and_a_new_build_of_the_act_replaces_the_old(
    tmp_path: Path, milvus_uri: str, milvus_prefix: str
) -> None:
    home = tmp_path / "home"
    settings = fleet_settings(home, milvus_uri, milvus_prefix)
    registry = Registry(settings)
    model_id, digest = embeddings_model_id(registry), _digest(passages(load_act()))
    asyncio.run(registry.aclose())
    store = shared_store(settings)
    try:  # the index of an older text of the Act, built by the previous version of the fleet
        old = store.create_collection(index_name(model_id, "0ld0ld0ld0ld"), None, "private", None)
        store.add_document(old.id, "ai-act", None, 0, 0, {}, [ChunkInput("old", vector=[1.0] * 384)])
        env = {
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "COMMUNS_HOME": str(home),
            "COMMUNS_MODELS_DIR": str(real_models_dir()),
            "COMMUNS_SEARCH_URI": milvus_uri,
            "COMMUNS_SEARCH_PREFIX": milvus_prefix,
        }
        commands = [[sys.executable, "-c", OPEN_AND_PRINT]] * 2 + [
            [sys.executable, "-m", "communs.cli", "aiact", "index"]
        ]
        replicas = [  # two replicas and the deployment step, at once
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for command in commands
        ]
        outputs = [replica.communicate(timeout=120) for replica in replicas]
        assert all(replica.returncode == 0 for replica in replicas), [err.decode()[-800:] for _, err in outputs]
        ids = {int(re.findall(rb"collection (\d+)", out)[-1]) for out, _ in outputs}
        named = [c for c in store.list_collections(None) if c.name.startswith("aiact-")]
        assert [c.id for c in named] == list(ids) and named[0].name == index_name(model_id, digest)  # one index
        assert named[0].documents == 1 and store.get_collection(old.id) is None  # the old build is gone
        table = JobTable(settings.database_url or "")
        with table.engine.connect() as conn:
            query = sa.text("SELECT status, attempts, result FROM queue_jobs WHERE kind = :kind")
            jobs = conn.execute(query, {"kind": INDEX_KIND}).all()
        table.close()
        assert len(jobs) == 1 and jobs[0].status == "done" and jobs[0].attempts == 1  # built once
        assert json.loads(jobs[0].result)["collection"] in ids
        assert not (home / "aiact").exists()
    finally:
        store.close()


@pytest.mark.slow
def test_a_build_cut_short_by_a_killed_process_is_taken_over_and_its_leftovers_removed(
    tmp_path: Path, milvus_uri: str, milvus_prefix: str
) -> None:
    settings = fleet_settings(
        tmp_path / "home", milvus_uri, milvus_prefix, queue_stalled_seconds=2, queue_heartbeat_seconds=0.5
    )
    registry = Registry(settings)
    model_id, digest = embeddings_model_id(registry), _digest(passages(load_act()))
    name = index_name(model_id, digest)
    store = shared_store(settings)
    table = JobTable(settings.database_url or "")
    try:
        # a replica claimed the build, wrote the collection and some chunks, and was killed before the document
        half = store.create_collection(name, None, "private", None)
        job_id = build_job_id(model_id, digest)
        table.create(INDEX_KIND, "system", {"model": model_id, "digest": digest}, job_id)
        assert table.claim(job_id, "dead-host:1:abcdef", lease=1.0)
        started = time.monotonic()
        collection_id = asyncio.run(top_articles_with(settings, registry))
        assert time.monotonic() - started >= 0.5  # waited for the dead builder's lease to run out
        assert collection_id != half.id and store.get_collection(half.id) is None
        job = table.get(job_id)
        assert job.status == "done" and job.attempts == 2
    finally:
        table.close()
        store.close()
        asyncio.run(registry.aclose())


async def top_articles_with(settings: Settings, registry: Registry) -> int:
    index = await open_index(settings, registry)
    found = await retrieve(index, QUESTIONS[0], 5)
    assert index.act.top(found.ids[0]) == "art_5"
    collection_id = index.collection_id
    close_indexes(registry)
    return collection_id
