"""The relational layer: migrations on real SQLite and real PostgreSQL, a pre-migration database adopted with its
rows, a failing revision rolled back, concurrent starts, the ``communs db`` CLI."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from communs.accounts.store import AccountStore, api_keys, hash_key, usage, users
from communs.cli import main
from communs.config import get_settings
from communs.db import all_tables, make_engine, migrate, redact_url
from communs.errors import DatabaseUnavailableError, MigrationError
from tests.conftest import server_env


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each engine: a SQLite file, a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'communs.db'}"
    return request.getfixturevalue("postgres_url")


def schema_differences(url: str) -> list:
    engine = make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), all_tables())
    engine.dispose()
    return diff


def table_names(url: str) -> set[str]:
    engine = make_engine(url)
    names = set(sa.inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_upgrade_from_empty_gives_exactly_the_tables_of_the_code(db_url):
    """Every table the code defines has its migration: a table added without one fails here."""
    assert migrate.current(db_url) is None
    assert migrate.upgrade(db_url) == migrate.head()
    assert schema_differences(db_url) == []
    assert {"users", "api_keys", "usage", "web_sessions", "alembic_version"} <= table_names(db_url)


def test_the_check_sees_a_table_without_migration(tmp_path):
    url = f"sqlite:///{tmp_path / 'communs.db'}"
    migrate.upgrade(url)
    extra = sa.Table("not_migrated", all_tables(), sa.Column("id", sa.Integer, primary_key=True))
    try:
        assert [d[0] for d in schema_differences(url)] == ["add_table"]
    finally:
        all_tables().remove(extra)


def test_downgrade_to_base_then_upgrade_again(db_url):
    migrate.upgrade(db_url)
    assert migrate.downgrade(db_url, "base") is None
    assert table_names(db_url) <= {"alembic_version"}
    assert migrate.upgrade(db_url) == migrate.head()
    assert schema_differences(db_url) == []


def _scripts_with(tmp_path: Path, revision: str) -> Path:
    """A copy of the shipped scripts plus one more revision after the newest."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_test.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '0002_test'\ndown_revision = {migrate.head()!r}\nbranch_labels = None\ndepends_on = None\n\n"
        + revision
    )
    return scripts


ADD_COLUMN = """
def upgrade():
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("email", sa.String(200), nullable=True))


def downgrade():
    with op.batch_alter_table("users") as batch:
        batch.drop_column("email")
"""

FAILING = """
def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("users", sa.Column("email", sa.String(200), nullable=True))
    op.execute("INSERT INTO no_such_table VALUES (1)")


def downgrade():
    pass
"""


def test_upgrade_from_the_previous_revision_keeps_the_rows(db_url, tmp_path):
    store = AccountStore(db_url)
    key, _ = store.create_key("agent")
    store.close()
    scripts = _scripts_with(tmp_path, ADD_COLUMN)
    assert migrate.upgrade(db_url, scripts=scripts) == "0002_test"
    engine = make_engine(db_url)
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT name, email FROM users")).one()
    assert tuple(row) == ("agent", None)
    assert migrate.downgrade(db_url, migrate.head(), scripts=scripts) == migrate.head()
    assert "email" not in {c["name"] for c in sa.inspect(engine).get_columns("users")}
    engine.dispose()
    assert AccountStore(db_url).authenticate(key) is not None


def test_upgrade_from_each_shipped_revision_to_the_newest_keeps_the_rows(db_url):
    """A database left at any earlier shipped revision (an older release) upgrades to the newest, rows kept."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory(str(migrate.MIGRATIONS))
    earlier = [r.revision for r in scripts.walk_revisions() if r.revision != migrate.head()]
    assert earlier, "only one revision shipped: nothing to upgrade from"
    for revision in earlier:
        migrate.downgrade(db_url, "base") if migrate.current(db_url) else None
        assert migrate.upgrade(db_url, revision) == revision
        engine = make_engine(db_url)
        with engine.begin() as conn:
            insert = "INSERT INTO users (name, role, created_at) VALUES ('old', 'user', CURRENT_TIMESTAMP)"
            conn.execute(sa.text(insert))
        engine.dispose()
        assert migrate.upgrade(db_url) == migrate.head()
        assert schema_differences(db_url) == []
        engine = make_engine(db_url)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT name FROM users")).scalar_one() == "old"
        engine.dispose()


def test_a_failing_revision_leaves_the_database_at_its_previous_revision(db_url, tmp_path):
    store = AccountStore(db_url)
    store.create_key("agent")
    store.close()
    with pytest.raises(MigrationError, match="previous revision"):
        migrate.upgrade(db_url, scripts=_scripts_with(tmp_path, FAILING))
    assert migrate.current(db_url) == migrate.head()
    assert "half_done" not in table_names(db_url)
    assert schema_differences(db_url) == []  # the added column was rolled back too
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT name FROM users")).scalar_one() == "agent"
    engine.dispose()


def test_a_database_from_before_migrations_is_adopted_with_its_rows(tmp_path):
    """What `communs keys create` left before migrations: users, api_keys and usage by create_all, no
    alembic_version, no web_sessions (only the server created that one)."""
    url = f"sqlite:///{tmp_path / 'communs.db'}"
    engine = make_engine(url)
    old = sa.MetaData()
    for table in (users, api_keys, usage):
        table.to_metadata(old)
    old.create_all(engine)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(users.insert().values(id=1, name="ancien", role="admin", created_at=now))
        conn.execute(
            api_keys.insert().values(
                user_id=1,
                name="ancien",
                key_hash=hash_key("sk-communs-old"),
                key_hint="sk-communs-old…",
                created_at=now,
            )
        )
        conn.execute(
            usage.insert().values(
                at=now,
                user_id=1,
                endpoint="embeddings",
                prompt_tokens=3,
                completion_tokens=0,
                latency_ms=1.0,
                status=200,
            )
        )
    engine.dispose()
    store = AccountStore(url)
    assert migrate.current(url) == migrate.head()
    principal = store.authenticate("sk-communs-old")
    assert principal is not None and principal.role == "admin"
    assert store.usage_summary(1)[0]["prompt_tokens"] == 3
    store.close()
    assert schema_differences(url) == []


def test_replicas_starting_together_migrate_once(postgres_url):
    errors: list[BaseException] = []

    def start() -> None:
        try:
            AccountStore(postgres_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert migrate.current(postgres_url) == migrate.head()
    assert schema_differences(postgres_url) == []


def test_an_unreachable_postgresql_is_one_error_without_its_password():
    url = "postgresql://communs:s3cret@127.0.0.1:1/communs"
    with pytest.raises(DatabaseUnavailableError) as err:
        AccountStore(url)
    assert "s3cret" not in err.value.message and "***" in err.value.message
    assert redact_url(url) == "postgresql://communs:***@127.0.0.1:1/communs"
    assert err.value.message.startswith(
        "database unavailable at postgresql://communs:***@127.0.0.1:1/communs (connection failed"
    )


def communs(monkeypatch: pytest.MonkeyPatch, capsys, home: Path, *args: str, **env: str) -> tuple[int, str, str]:
    """``communs ARGS`` run in this process (its ``main``, one-line errors included): exit status, stdout, stderr."""
    for name in [name for name in os.environ if name.startswith("COMMUNS_")]:
        monkeypatch.delenv(name)
    for name, value in server_env(home, **env).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "argv", ["communs", *args])
    get_settings.cache_clear()
    try:
        main()
        status = 0
    except SystemExit as exc:
        status = int(exc.code or 0)
    finally:
        get_settings.cache_clear()
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_db_cli_upgrade_current_downgrade(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    status, out, err = communs(monkeypatch, capsys, home, "db", "current")
    assert status == 0 and "révision aucune, en retard" in out, err
    status, out, err = communs(monkeypatch, capsys, home, "db", "upgrade")
    assert status == 0 and out.endswith(f"communs.db : révision {migrate.head()}\n"), err
    assert f"{migrate.head()}, à jour" in communs(monkeypatch, capsys, home, "db", "current")[1]
    status, out, err = communs(monkeypatch, capsys, home, "db", "downgrade", "base")
    assert status == 0 and "révision aucune" in out, err
    status, out, err = communs(monkeypatch, capsys, home, "db", "upgrade", "9999_nope")
    assert status == 1 and err.startswith("erreur :") and len(err.strip().splitlines()) == 1


def test_db_cli_on_postgresql_and_unreachable(tmp_path, postgres_url, monkeypatch, capsys):
    home = tmp_path / "home"
    status, out, err = communs(monkeypatch, capsys, home, "db", "upgrade", COMMUNS_DATABASE_URL=postgres_url)
    assert status == 0 and f"révision {migrate.head()}" in out, err
    assert migrate.current(postgres_url) == migrate.head()
    unreachable = "postgresql://u:s3cret@127.0.0.1:1/x"
    status, out, err = communs(monkeypatch, capsys, home, "db", "current", COMMUNS_DATABASE_URL=unreachable)
    assert status == 1 and len(err.strip().splitlines()) == 1
    assert err.startswith("erreur : database unavailable at postgresql://u:***@127.0.0.1:1/x (")
    assert "s3cret" not in err
