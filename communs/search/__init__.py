"""Semantic search (the Albert API's collections, documents and search): a catalog, a search engine, access rules.

- :mod:`~communs.search.analysis`: French text analysis for BM25;
- :mod:`~communs.search.catalog`: collections and documents, rows of the relational database;
- :mod:`~communs.search.base`: what both stores share, and how a document is written across catalog and engine;
- :mod:`~communs.search.store`: the ``SearchStore`` interface and ``SqliteSearchStore`` (chunks in one SQLite file);
- :mod:`~communs.search.milvus`: ``MilvusSearchStore`` (chunks in Milvus, a fleet's one engine);
- :mod:`~communs.search.service`: ``SearchService``, the access rules and embedding on ingestion;
- :mod:`~communs.search.ranking`: what scores mean for each method.
"""

from communs.search.records import Chunk, ChunkInput, Collection, Document, SearchMethod, SearchResult, Visibility
from communs.search.service import SearchService
from communs.search.store import SearchStore, SqliteSearchStore

__all__ = [
    "Chunk",
    "ChunkInput",
    "Collection",
    "Document",
    "SearchMethod",
    "SearchResult",
    "SearchService",
    "SearchStore",
    "SqliteSearchStore",
    "Visibility",
]
