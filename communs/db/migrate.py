"""Schema migrations: Alembic, with its scripts shipped in the package (``communs/db/migrations``).

Every process that opens the database (``communs serve``, ``communs keys``…) calls :func:`ensure_schema`, which
upgrades to the newest revision; ``communs db`` runs the same functions by hand.

Each upgrade or downgrade runs in **one transaction** (PostgreSQL's DDL is transactional; on SQLite the migration
engine issues ``BEGIN IMMEDIATE`` itself), so a revision that fails leaves the database at the revision it had.

Concurrent starts. Replicas of a fleet start together (a rolling deploy, ``serve --workers``): on PostgreSQL the
migration transaction first takes a transaction-level advisory lock (:data:`LOCK_ID`), so one replica migrates while
the others wait for it, then find the schema current and go on. Waiting, rather than refusing to start, keeps a
deploy independent of which replica comes up first; a ``lock_timeout`` bounds the wait (a stuck migration fails the
waiting replicas with a one-line error instead of hanging them). On SQLite, ``BEGIN IMMEDIATE`` takes the database's
write lock and serialises migrators the same way.

A database made before migrations existed (tables present, no ``alembic_version``) is adopted, not recreated: the
first revision creates only the tables it lacks (``web_sessions`` was created by the server alone, so a database only
ever opened by ``communs keys`` lacks it) and records ``0001_initial``; no row is touched.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from communs.db.engine import is_sqlite, is_unavailable, make_engine, normalize_url, unavailable
from communs.errors import CommunsError, MigrationError

log = logging.getLogger(__name__)
logging.getLogger("alembic").setLevel(logging.WARNING)  # its per-run INFO lines (plugins, context) are noise here

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
INITIAL = "0001_initial"
LOCK_ID = 0x636F6D6D756E73  # "communs" in ASCII: the advisory lock every replica takes to migrate
LOCK_WAIT = "120s"


def alembic_config(url: str, *, scripts: Path | None = None, connection: sa.Connection | None = None):
    """An Alembic ``Config`` for our scripts (or ``scripts``, a copy in tests) on ``url`` or a given connection."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts or MIGRATIONS))
    config.attributes["url"] = normalize_url(url)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head(scripts: Path | None = None) -> str:
    """The newest revision of the scripts."""
    from alembic.script import ScriptDirectory

    found = ScriptDirectory(str(scripts or MIGRATIONS)).get_current_head()
    if found is None:  # pragma: no cover - the package ships revisions
        raise MigrationError("no migration script found")
    return found


def current(url: str) -> str | None:
    """The database's revision (None: no ``alembic_version``, an empty or a pre-migration database)."""
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except sa.exc.DBAPIError as exc:
        raise _error(url, exc) from None
    finally:
        engine.dispose()


def ensure_schema(url: str) -> None:
    """Bring the database to the newest revision, if it is not there yet (every start calls this)."""
    if current(url) != head():
        upgrade(url)


def upgrade(url: str, revision: str = "head", *, scripts: Path | None = None) -> str | None:
    """Upgrade to ``revision``; returns the revision reached."""
    from alembic import command

    with _migration(url, scripts) as config:
        connection = config.attributes["connection"]
        tables = set(sa.inspect(connection).get_table_names())
        if "alembic_version" not in tables and "users" in tables:
            log.warning("database created before migrations: adopted as %s, its rows kept", INITIAL)
        command.upgrade(config, revision)
    return current(url)


def downgrade(url: str, revision: str, *, scripts: Path | None = None) -> str | None:
    """Downgrade to ``revision`` (``base``: no table left); returns the revision reached."""
    from alembic import command

    with _migration(url, scripts) as config:
        command.downgrade(config, revision)
    return current(url)


@contextmanager
def _migration(url: str, scripts: Path | None) -> Iterator:
    """One transaction on a migration engine, under the migration lock; rolled back whole on any error."""
    engine = make_engine(url, transactional_ddl=True, pool_size=1)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
                connection.execute(sa.select(sa.func.pg_advisory_xact_lock(LOCK_ID)))
            yield alembic_config(url, scripts=scripts, connection=connection)
            if connection.dialect.name == "sqlite":  # foreign keys were off for the batch copies: check them now
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(f"migration would break {len(broken)} foreign key(s), e.g. {tuple(broken[0])}")
    except CommunsError:
        raise
    except sa.exc.DBAPIError as exc:
        raise _error(url, exc) from None
    except Exception as exc:
        raise MigrationError(f"migration failed, database left at its previous revision: {exc}") from exc
    finally:
        engine.dispose()


def _error(url: str, exc: sa.exc.DBAPIError) -> CommunsError:
    if is_unavailable(exc) and not _is_lock_timeout(exc):
        return unavailable(url, exc)
    first = str(exc.orig or exc).strip().splitlines()[0][:300]
    where = "" if is_sqlite(url) else " (another replica may hold the migration lock)"
    return MigrationError(f"migration failed, database left at its previous revision: {first}{where}")


def _is_lock_timeout(exc: sa.exc.DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) == "55P03"  # lock_not_available
