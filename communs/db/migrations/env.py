"""Alembic's environment for communs: the URL from our settings, or the connection our code hands over.

``communs.db.migrate`` passes a connection inside its own transaction (``config.attributes["connection"]``);
run by Alembic's own command line, the URL comes from ``config.attributes["url"]`` or ``COMMUNS_DATABASE_URL``.
"""

from __future__ import annotations

from alembic import context

from communs.db.schema import all_tables

config = context.config
target_metadata = all_tables()


def _configure(**kwargs) -> None:
    # batch mode on SQLite: its ALTER TABLE cannot drop or change a column, Alembic copies the table instead
    context.configure(target_metadata=target_metadata, render_as_batch=True, compare_type=True, **kwargs)


def _url() -> str:
    url = config.attributes.get("url")
    if not url:
        from communs.config import get_settings

        url = get_settings().database_url or ""
    return url


if context.is_offline_mode():
    _configure(url=_url(), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection=connection)
        with context.begin_transaction():
            context.run_migrations()
    else:
        from communs.db.engine import make_engine

        engine = make_engine(_url(), transactional_ddl=True, pool_size=1)
        with engine.begin() as conn:
            _configure(connection=conn)
            with context.begin_transaction():
                context.run_migrations()
        engine.dispose()
