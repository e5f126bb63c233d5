"""The relational database: the engine from the settings, the tables' shared metadata, the migrations."""

from communs.db.engine import is_sqlite, is_unavailable, make_engine, normalize_url, redact_url, unavailable
from communs.db.schema import all_tables, metadata

__all__ = [
    "all_tables",
    "is_sqlite",
    "is_unavailable",
    "make_engine",
    "metadata",
    "normalize_url",
    "redact_url",
    "unavailable",
]
