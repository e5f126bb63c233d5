"""Shared French NLP: one spaCy pipeline per process, loaded on first use.

spaCy's ``fr_core_news_md`` must be loaded before the first ``import edsnlp`` (edsnlp replaces
spaCy's factory registry; a later load fails with E002), so every module gets it from here.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from communs.errors import ConfigurationError

_lock = threading.Lock()


@lru_cache(maxsize=1)
def french() -> Any:
    """The French pipeline (tagger, morphology, parser, lemmatizer; no NER: add it where needed)."""
    with _lock:
        try:
            import spacy

            return spacy.load("fr_core_news_md", disable=["ner"])
        except OSError as exc:  # the model package is missing
            raise ConfigurationError(
                f"spaCy model fr_core_news_md is not installed ({exc}); run `make setup`"
            ) from None


@lru_cache(maxsize=1)
def french_with_entities() -> Any:
    """The French pipeline with named entities (persons, places, organisations)."""
    with _lock:
        import spacy

        return spacy.load("fr_core_news_md")
