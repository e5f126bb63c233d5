"""Embeddings of the métiers (e5 "passage" side), shipped as data/vectors-<model>.npy for the default
embeddings model (``python -m communs.apps.orientation.vectors``), computed on first use for another model.

Two sets: one vector a métier (its names and definition), and one a name (ROME title and each appellation, ~12,900:
lay job names like "mécanicien vélo" or "sommelier" that a definition does not say), data/names-<model>.npy."""

from __future__ import annotations

import asyncio
import hashlib
import json

import numpy as np

from communs.apps.orientation.catalog import DATA, Catalog, load_catalog, masculine
from communs.models.embed import embed, embeddings_model_id
from communs.models.registry import Registry

_CACHE: dict[tuple[str, str], np.ndarray] = {}
_LOCK = asyncio.Lock()


def digest(catalog: Catalog) -> str:
    h = hashlib.sha256()
    for metier in catalog.metiers:
        h.update(f"{metier.code}\n{metier.passage()}\n".encode())
    return h.hexdigest()[:12]


def names_of(catalog: Catalog) -> tuple[list[str], np.ndarray]:
    """Every name of every métier (masculine form, ROME title first), and the index of the métier each names."""
    texts: list[str] = []
    owners: list[int] = []
    for i, metier in enumerate(catalog.metiers):
        for name in dict.fromkeys([masculine(metier.title), *(masculine(label) for label in metier.labels)]):
            texts.append(name)
            owners.append(i)
    return texts, np.asarray(owners, dtype=np.int32)


def names_digest(catalog: Catalog) -> str:
    return hashlib.sha256("\n".join(names_of(catalog)[0]).encode()).hexdigest()[:12]


def _shipped(model_id: str, expected: str, stem: str = "vectors") -> np.ndarray | None:
    path, meta = DATA / f"{stem}-{model_id}.npy", DATA / f"{stem}-{model_id}.json"
    if not path.is_file() or not meta.is_file() or json.loads(meta.read_text()).get("digest") != expected:
        return None
    return np.load(path).astype(np.float32)


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


async def metier_vectors(registry: Registry, catalog: Catalog) -> np.ndarray:
    """Unit vectors of the métiers, in catalogue order."""
    model_id = embeddings_model_id(registry)
    key = (model_id, digest(catalog))
    async with _LOCK:
        if key not in _CACHE:
            vectors = _shipped(*key)
            if vectors is None:
                texts = [m.passage() for m in catalog.metiers]
                vectors = np.asarray(await embed(registry, texts, "passage"), dtype=np.float32)
            _CACHE[key] = _unit(vectors)
        return _CACHE[key]


async def name_vectors(registry: Registry, catalog: Catalog) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors of every name of every métier, and the index of the métier each names."""
    model_id = embeddings_model_id(registry)
    texts, owners = names_of(catalog)
    key = (model_id, "names:" + names_digest(catalog))
    async with _LOCK:
        if key not in _CACHE:
            vectors = _shipped(model_id, names_digest(catalog), "names")
            if vectors is None:
                vectors = np.asarray(await embed(registry, texts, "passage"), dtype=np.float32)
            _CACHE[key] = _unit(vectors)
        return _CACHE[key], owners


async def label_vectors(registry: Registry, labels: list[str]) -> np.ndarray:
    """Unit vectors of a few short labels (centres d'intérêt, grands domaines), embedded on first use."""
    key = (embeddings_model_id(registry), "\n".join(labels))
    async with _LOCK:
        if key not in _CACHE:
            _CACHE[key] = _unit(np.asarray(await embed(registry, labels, "passage"), dtype=np.float32))
        return _CACHE[key]


async def query_vector(registry: Registry, text: str) -> np.ndarray:
    return (await query_vectors(registry, [text]))[0]


async def query_vectors(registry: Registry, texts: list[str]) -> np.ndarray:
    """Unit vectors of what a person wrote (e5 "query" side), one call for all."""
    return _unit(np.asarray(await embed(registry, texts, "query"), dtype=np.float32))


async def _ship() -> None:
    from communs.config import get_settings

    registry = Registry(get_settings())
    try:
        catalog = load_catalog()
        model_id = embeddings_model_id(registry)
        vectors = np.asarray(await embed(registry, [m.passage() for m in catalog.metiers], "passage"))
        np.save(DATA / f"vectors-{model_id}.npy", vectors.astype(np.float16))
        meta = {"digest": digest(catalog), "count": len(catalog.metiers)}
        (DATA / f"vectors-{model_id}.json").write_text(json.dumps(meta) + "\n")
        names, _ = names_of(catalog)
        vectors = np.asarray(await embed(registry, names, "passage"))
        np.save(DATA / f"names-{model_id}.npy", vectors.astype(np.float16))
        meta = {"digest": names_digest(catalog), "count": len(names)}
        (DATA / f"names-{model_id}.json").write_text(json.dumps(meta) + "\n")
        print(f"wrote {len(catalog.metiers)} métier and {len(names)} name vectors for {model_id}")
    finally:
        await registry.aclose()


if __name__ == "__main__":
    asyncio.run(_ship())
