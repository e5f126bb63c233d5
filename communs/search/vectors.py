"""Brute-force cosine search over in-memory float32 matrices, one per collection.

Vectors are stored normalised, so the cosine is a dot product: one matrix-vector product
(100k x 384 floats, a few milliseconds) and a partial sort. Each collection's matrix is loaded
lazily from the store on first search; committed writes then patch it (rows appended or removed)
or drop it, and a generation counter keeps a load that raced with a write from caching stale data.
Thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from communs.errors import InvalidRequestError

# loads (chunk ids as int64, vectors as a C-contiguous float32 matrix) of one collection
Loader = Callable[[int], tuple[np.ndarray, np.ndarray]]


def normalized(vector: Iterable[float] | np.ndarray) -> np.ndarray:
    """``vector`` as float32 with unit norm (a zero vector stays zero)."""
    array = np.asarray(vector, dtype=np.float32).reshape(-1)
    norm = float(np.linalg.norm(array))
    return array / norm if norm > 0 else array


class VectorIndex:
    def __init__(self, loader: Loader) -> None:
        self._loader = loader
        self._lock = threading.Lock()
        self._matrices: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._generations: dict[int, int] = {}
        self._load_locks: dict[int, threading.Lock] = {}

    def invalidate(self, collection_id: int) -> None:
        """Forget a collection's matrix; call after each committed write to it."""
        with self._lock:
            self._generations[collection_id] = self._generations.get(collection_id, 0) + 1
            self._matrices.pop(collection_id, None)

    def append(self, collection_id: int, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add committed rows to a cached matrix (cheaper than reloading it); nothing cached: no-op."""
        with self._lock:
            self._generations[collection_id] = self._generations.get(collection_id, 0) + 1
            cached = self._matrices.get(collection_id)
            if cached is None or len(ids) == 0:
                return
            fresh = ~np.isin(ids, cached[0])  # a load that ran after the commit already holds them
            ids, vectors = ids[fresh], vectors[fresh]
            if len(ids) == 0:
                return
            if len(cached[0]) == 0:
                self._matrices[collection_id] = (ids, np.ascontiguousarray(vectors, dtype=np.float32))
            elif cached[1].shape[1] == vectors.shape[1]:
                self._matrices[collection_id] = (
                    np.concatenate([cached[0], ids]),
                    np.concatenate([cached[1], vectors.astype(np.float32)]),
                )
            else:  # cannot happen through the store, which checks dimensions; reload then
                self._matrices.pop(collection_id)

    def remove(self, collection_id: int, ids: np.ndarray) -> None:
        """Drop committed-deleted rows from a cached matrix."""
        with self._lock:
            self._generations[collection_id] = self._generations.get(collection_id, 0) + 1
            cached = self._matrices.get(collection_id)
            if cached is None or len(ids) == 0:
                return
            keep = ~np.isin(cached[0], ids)
            self._matrices[collection_id] = (cached[0][keep], cached[1][keep])

    def clear(self) -> None:
        with self._lock:
            for collection_id in list(self._generations) + list(self._matrices):
                self._generations[collection_id] = self._generations.get(collection_id, 0) + 1
            self._matrices.clear()

    def matrix(self, collection_id: int) -> tuple[np.ndarray, np.ndarray]:
        """(chunk ids, vectors) of one collection, loading them once."""
        with self._lock:
            cached = self._matrices.get(collection_id)
            if cached is not None:
                return cached
            load_lock = self._load_locks.setdefault(collection_id, threading.Lock())
        with load_lock:  # one load per collection at a time; the others wait and reuse it
            with self._lock:
                cached = self._matrices.get(collection_id)
                generation = self._generations.get(collection_id, 0)
            if cached is not None:
                return cached
            loaded = self._loader(collection_id)
            with self._lock:
                if self._generations.get(collection_id, 0) == generation:
                    self._matrices[collection_id] = loaded
            return loaded

    def search(
        self, collection_ids: Iterable[int], query: np.ndarray, limit: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The ``limit`` best (chunk id, cosine) pairs over the collections, best first.

        ``allowed``: a sorted int64 array of chunk ids to restrict to (metadata filters), or None.
        """
        if limit <= 0:
            return []
        all_ids: list[np.ndarray] = []
        all_scores: list[np.ndarray] = []
        for collection_id in collection_ids:
            ids, matrix = self.matrix(collection_id)
            if len(ids) == 0:
                continue
            if matrix.shape[1] != query.shape[0]:
                raise InvalidRequestError(
                    f"collection {collection_id} holds {matrix.shape[1]}-dimension vectors, but the query "
                    f"embedding has {query.shape[0]}: it was indexed with another embeddings model"
                )
            scores = matrix @ query
            if allowed is not None:
                keep = np.isin(ids, allowed, assume_unique=True)
                ids, scores = ids[keep], scores[keep]
            ids, scores = _top(ids, scores, limit)
            all_ids.append(ids)
            all_scores.append(scores)
        if not all_ids:
            return []
        ids, scores = _top(np.concatenate(all_ids), np.concatenate(all_scores), limit)
        return [(int(i), float(s)) for i, s in zip(ids, scores)]


def _top(ids: np.ndarray, scores: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``limit`` highest scores, sorted best first (ties: lower id first)."""
    if len(scores) > limit:
        part = np.argpartition(-scores, limit - 1)[:limit]
        ids, scores = ids[part], scores[part]
    order = np.lexsort((ids, -scores))
    return ids[order], scores[order]


def checked_vector(values: Sequence[float] | None, dimensions: int | None, index: int) -> np.ndarray:
    if values is None:
        raise InvalidRequestError(f"chunk {index} has no embedding")
    vector = normalized(values)
    if dimensions is not None and vector.shape[0] != dimensions:
        raise InvalidRequestError(
            f"chunk {index}: embedding of {vector.shape[0]} dimensions, the collection holds {dimensions}"
        )
    if vector.shape[0] == 0 or not np.isfinite(vector).all():
        raise InvalidRequestError(f"chunk {index}: the embedding is empty or not finite")
    return vector
