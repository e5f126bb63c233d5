"""The tables of the relational database, all on one ``MetaData``: the migrations and the schema test see them all.

A module that defines tables puts them on :data:`metadata` and adds its name to :data:`TABLE_MODULES`;
:func:`all_tables` imports those modules, so that the migration check (``tests/test_db.py``) compares the
migrated database with every table, and a table added without a migration fails it.
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa

metadata = sa.MetaData()

# the modules that define tables on ``metadata``
TABLE_MODULES: list[str] = [
    "communs.accounts.store",
    "communs.accounts.sessions",
    "communs.jobs.store",
    "communs.apps.dossier.jobs",
    "communs.search.catalog",
    "communs.responses.store",
]


def all_tables() -> sa.MetaData:
    """``metadata`` with every table of the product on it."""
    for name in TABLE_MODULES:
        importlib.import_module(name)
    return metadata
