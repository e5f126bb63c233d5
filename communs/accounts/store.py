"""Users, API keys and usage records, in any SQLAlchemy database (SQLite by default, PostgreSQL by URL).

Keys are random 256-bit tokens stored only as their sha256 (a slow hash adds nothing for keys
of that entropy). With Redis, a key's owner is cached for 30 s; a revocation or a role change drops the cache at
once in every process of the fleet (``communs.state.invalidation``); without Redis, :func:`open_store` caches
nothing, so that a revocation made by another process holds from the next request. Usage is written
by a background thread in small batches, so that accounting never adds a database round trip to a request
(``communs.accounts.usage``). The schema is made and kept by the migrations (``communs.db.migrate``), run when a
store opens.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from communs.accounts.usage import UsageRecord, UsageWriter
from communs.config import Role, Settings
from communs.db import make_engine, metadata
from communs.db.migrate import ensure_schema
from communs.errors import InvalidRequestError, NotFoundError

if TYPE_CHECKING:
    import redis

    from communs.state.invalidation import Invalidations

ROLES: tuple[Role, ...] = ("user", "admin")
KEY_PREFIX = "sk-communs-"

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False, default="user"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("key_hint", sa.String(32), nullable=False),
    sa.Column("rpm", sa.Integer, nullable=True),  # requests per minute; NULL: the server default
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
)

usage = sa.Table(
    "usage",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("user_id", sa.Integer, nullable=True, index=True),
    sa.Column("key_id", sa.Integer, nullable=True),
    sa.Column("endpoint", sa.String(100), nullable=False),
    sa.Column("model", sa.String(200), nullable=True),
    sa.Column("prompt_tokens", sa.Integer, nullable=False, default=0),
    sa.Column("completion_tokens", sa.Integer, nullable=False, default=0),
    sa.Column("latency_ms", sa.Float, nullable=False),
    sa.Column("status", sa.Integer, nullable=False),
)


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from a bearer key."""

    user_id: int | None  # None for the master key
    user_name: str
    role: Role
    key_id: int | None
    rpm: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class AccountStore:
    """Users, keys and usage. Thread-safe; one instance per process."""

    def __init__(self, url: str, *, cache_seconds: float = 30.0, invalidations: Invalidations | None = None) -> None:
        """Open the database at ``url``, upgrading its schema first; an unreachable database raises
        ``DatabaseUnavailableError`` (one line, password hidden)."""
        ensure_schema(url)
        self.engine = make_engine(url)
        self._cache: dict[str, tuple[float, Principal | None]] = {}
        self._cache_seconds = cache_seconds
        self._generation = 0  # bumped by each drop of the cache: a lookup that raced with one is not cached
        self.invalidations = invalidations
        self._names: dict[int, str] = {}
        self.usage_writer = UsageWriter(self.engine, usage)

    # -- users --------------------------------------------------------------
    def create_user(self, name: str, *, role: Role = "user") -> int:
        """A new user; a name already taken is a 400."""
        name = _checked_name(name)
        _check_role(role)
        with self.engine.begin() as conn:
            if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first() is not None:
                raise InvalidRequestError(f"a user named {name!r} already exists", param="name")
            return int(
                conn.execute(
                    users.insert().values(name=name, role=role, created_at=datetime.now(UTC)).returning(users.c.id)
                ).scalar_one()
            )

    def get_user(self, user_id: int) -> dict:
        found = self.list_users(user_id=user_id)
        if not found:
            raise NotFoundError(f"no user with id {user_id}")
        return found[0]

    def list_users(
        self,
        *,
        user_id: int | None = None,
        role: Role | None = None,
        offset: int = 0,
        limit: int | None = None,
        order_by: str = "id",
        descending: bool = False,
    ) -> list[dict]:
        """Users with the number of their active keys, ordered by ``id``, ``name`` or ``created``."""
        active = (
            sa.select(sa.func.count())
            .where(api_keys.c.user_id == users.c.id, api_keys.c.revoked_at.is_(None))
            .scalar_subquery()
        )
        key = {"name": users.c.name, "created": users.c.created_at}.get(order_by, users.c.id)
        query = sa.select(users, active.label("keys")).order_by(key.desc() if descending else key.asc(), users.c.id)
        if user_id is not None:
            query = query.where(users.c.id == user_id)
        if role is not None:
            query = query.where(users.c.role == role)
        query = query.offset(offset).limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def update_user(self, user_id: int, *, name: str | None = None, role: Role | None = None) -> None:
        """Rename a user or change its role (its keys carry the new role at once, in every process)."""
        values: dict[str, str] = {}
        if name is not None:
            values["name"] = _checked_name(name)
        if role is not None:
            values["role"] = _check_role(role)
        with self.engine.begin() as conn:
            if conn.execute(sa.select(users.c.id).where(users.c.id == user_id)).first() is None:
                raise NotFoundError(f"no user with id {user_id}")
            if "name" in values:
                taken = conn.execute(
                    sa.select(users.c.id).where(users.c.name == values["name"], users.c.id != user_id)
                ).first()
                if taken is not None:
                    raise InvalidRequestError(f"a user named {values['name']!r} already exists", param="name")
            if values:
                conn.execute(users.update().where(users.c.id == user_id).values(**values))
        self._names.pop(user_id, None)
        self.drop_cache(everywhere=True)

    def delete_user(self, user_id: int) -> None:
        """Delete a user and its keys (they stop working at once); its usage records stay."""
        with self.engine.begin() as conn:
            conn.execute(api_keys.delete().where(api_keys.c.user_id == user_id))
            if not conn.execute(users.delete().where(users.c.id == user_id)).rowcount:
                raise NotFoundError(f"no user with id {user_id}")
        self._names.pop(user_id, None)
        self.drop_cache(everywhere=True)

    # -- keys ---------------------------------------------------------------
    def create_key(
        self, user_name: str, *, role: Role = "user", key_name: str | None = None, rpm: int | None = None
    ) -> tuple[str, Principal]:
        """Create (or reuse) the user ``user_name`` and give it a new key; returns the key in clear, once."""
        _check_role(role)
        if not user_name.strip():
            raise InvalidRequestError("a key needs a non-empty name", param="name")
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(users.c.id, users.c.role).where(users.c.name == user_name)).first()
            role_changed = False
            if row is None:
                user_id = conn.execute(
                    users.insert().values(name=user_name, role=role, created_at=datetime.now(UTC)).returning(users.c.id)
                ).scalar_one()
            else:
                user_id = row.id
                role_changed = row.role != role
                if role_changed:
                    conn.execute(users.update().where(users.c.id == user_id).values(role=role))
            key, key_id = _insert_key(conn, user_id, key_name or user_name, rpm)
        self.drop_cache(everywhere=role_changed)  # the user's other keys now carry another role
        return key, Principal(user_id=user_id, user_name=user_name, role=role, key_id=key_id, rpm=rpm)

    def add_key(self, user_id: int, *, key_name: str, rpm: int | None = None) -> tuple[str, int]:
        """A new key for the existing user ``user_id``: the key in clear (shown once) and its id."""
        key_name = _checked_name(key_name)
        with self.engine.begin() as conn:
            if conn.execute(sa.select(users.c.id).where(users.c.id == user_id)).first() is None:
                raise NotFoundError(f"no user with id {user_id}", param="user")
            return _insert_key(conn, user_id, key_name, rpm)

    def revoke_key(self, key_id: int) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(
                api_keys.update()
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now(UTC))
            ).rowcount
        if not done:
            raise NotFoundError(f"no active key with id {key_id}")
        self.drop_cache(everywhere=True)

    def drop_cache(self, *, everywhere: bool = False) -> None:
        """Forget every cached key owner; ``everywhere``: in every process sharing this store's Redis too."""
        self._generation += 1
        self._cache.clear()
        if everywhere and self.invalidations is not None:
            self.invalidations.publish()

    def listen_for_invalidations(self) -> None:
        """Drop the key cache whenever another process announces a revocation (a no-op without Redis)."""
        if self.invalidations is not None:
            self.invalidations.start(self.drop_cache)

    def _cache_trusted(self) -> bool:
        # Without Redis, every change is made here (or by an admin command: within cache_seconds). With
        # Redis, only while this process is subscribed: otherwise an announced revocation may have been missed.
        return self.invalidations is None or self.invalidations.live

    def list_keys(
        self, *, user_id: int | None = None, key_id: int | None = None, offset: int = 0, limit: int | None = None
    ) -> list[dict]:
        query = (
            sa.select(
                api_keys.c.id,
                api_keys.c.name,
                api_keys.c.key_hint,
                api_keys.c.created_at,
                api_keys.c.revoked_at,
                api_keys.c.rpm,
                api_keys.c.user_id,
                users.c.name.label("user"),
                users.c.role,
            )
            .join(users, users.c.id == api_keys.c.user_id)
            .order_by(api_keys.c.id)
            .offset(offset)
            .limit(limit)
        )
        if user_id is not None:
            query = query.where(api_keys.c.user_id == user_id)
        if key_id is not None:
            query = query.where(api_keys.c.id == key_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def get_key(self, key_id: int) -> dict:
        found = self.list_keys(key_id=key_id)
        if not found:
            raise NotFoundError(f"no key with id {key_id}")
        return found[0]

    def authenticate(self, key: str) -> Principal | None:
        digest = hash_key(key)
        now = time.monotonic()
        trusted = self._cache_trusted()
        cached = self._cache.get(digest) if trusted else None
        if cached is not None and now - cached[0] < self._cache_seconds:
            return cached[1]
        generation = self._generation
        query = (
            sa.select(api_keys.c.id, api_keys.c.rpm, users.c.id.label("user_id"), users.c.name, users.c.role)
            .join(users, users.c.id == api_keys.c.user_id)
            .where(api_keys.c.key_hash == digest, api_keys.c.revoked_at.is_(None))
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        principal = (
            None
            if row is None
            else Principal(user_id=row.user_id, user_name=row.name, role=row.role, key_id=row.id, rpm=row.rpm)
        )
        if len(self._cache) > 10_000:
            self._cache.clear()
        if trusted and generation == self._generation:
            self._cache[digest] = (now, principal)
        return principal

    def user_name(self, user_id: int | None) -> str:
        """A user's name, for display ("master" for the master key)."""
        if user_id is None:
            return "master"
        cached = self._names.get(user_id)
        if cached is None:
            with self.engine.connect() as conn:
                cached = conn.execute(sa.select(users.c.name).where(users.c.id == user_id)).scalar() or str(user_id)
            self._names[user_id] = cached
        return cached

    # -- usage --------------------------------------------------------------
    def record(self, record: UsageRecord) -> None:
        """Queue one usage record; a background thread writes them in batches."""
        if record.at is None:
            record.at = datetime.now(UTC)
        self.usage_writer.put(record)

    def flush(self, timeout: float = 30.0) -> bool:
        """Write every queued record now (used by tests); False when the database stayed unreachable."""
        return self.usage_writer.flush(timeout)

    def usage_summary(self, user_id: int | None = None) -> list[dict]:
        query = (
            sa.select(
                usage.c.user_id,
                usage.c.model,
                usage.c.endpoint,
                sa.func.count().label("requests"),
                sa.func.sum(usage.c.prompt_tokens).label("prompt_tokens"),
                sa.func.sum(usage.c.completion_tokens).label("completion_tokens"),
                sa.func.avg(usage.c.latency_ms).label("avg_latency_ms"),
            )
            .group_by(usage.c.user_id, usage.c.model, usage.c.endpoint)
            .order_by(usage.c.user_id, usage.c.model)
        )
        if user_id is not None:
            query = query.where(usage.c.user_id == user_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def usage_page(
        self,
        user_id: int | None,
        *,
        since: datetime,
        until: datetime,
        order_by: str = "datetime",
        descending: bool = True,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict], dict]:
        """One user's usage records between two instants (``user_id`` None: the master key's), one page of them
        ordered by ``datetime`` or ``total_tokens``, and the totals over all of them (``count``, ``tokens``)."""
        where = sa.and_(
            usage.c.user_id.is_(None) if user_id is None else usage.c.user_id == user_id,
            usage.c.at >= since,
            usage.c.at <= until,
        )
        tokens = usage.c.prompt_tokens + usage.c.completion_tokens
        key = tokens if order_by == "total_tokens" else usage.c.at
        query = (
            sa.select(usage, tokens.label("total_tokens"))
            .where(where)
            .order_by(key.desc() if descending else key.asc(), usage.c.id.desc() if descending else usage.c.id.asc())
            .limit(limit)
            .offset(offset)
        )
        totals = sa.select(sa.func.count().label("count"), sa.func.coalesce(sa.func.sum(tokens), 0).label("tokens"))
        with self.engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(query)]
            summary = dict(conn.execute(totals.where(where)).one()._mapping)
        return rows, summary

    def close(self) -> None:
        self.usage_writer.close()
        if self.invalidations is not None:
            self.invalidations.stop()
        self.engine.dispose()


def _check_role(role: str) -> Role:
    if role not in ROLES:
        raise InvalidRequestError(f"role must be one of {', '.join(ROLES)}", param="role")
    return role


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 200:
        raise InvalidRequestError("a name has 1 to 200 characters", param="name")
    return name


def _insert_key(conn: sa.Connection, user_id: int, name: str, rpm: int | None) -> tuple[str, int]:
    """Insert a new key for ``user_id``: the key in clear and its id."""
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    key_id = conn.execute(
        api_keys.insert()
        .values(
            user_id=user_id,
            name=name,
            key_hash=hash_key(key),
            key_hint=key[: len(KEY_PREFIX) + 4] + "…",
            rpm=rpm,
            created_at=datetime.now(UTC),
        )
        .returning(api_keys.c.id)
    ).scalar_one()
    return key, int(key_id)


def open_store(settings: Settings, client: redis.Redis | None = None) -> AccountStore:
    """The settings' store; with ``redis_url``, its revocations announced to every process (through ``client``,
    or a new client: an admin command revokes even while Redis is down, and says so)."""
    invalidations = None
    if settings.redis_url:
        from communs.state.connection import connect, key
        from communs.state.invalidation import Invalidations

        client = client or connect(settings.redis_url)
        invalidations = Invalidations(client, key(settings, "keys", "invalidate"))
    # Without Redis no other process can announce a revocation (``communs keys revoke``): keys are then not cached,
    # so that a revoked key fails on its very next request (an indexed lookup, well under a millisecond on SQLite).
    cache_seconds = 30.0 if invalidations is not None else 0.0
    return AccountStore(settings.database_url or "", cache_seconds=cache_seconds, invalidations=invalidations)


def ensure_master_key(home: Path) -> tuple[str, Path, bool]:
    """The master key kept in ``<home>/master.key`` (created, mode 600, on first use); True when just created."""
    path = home / "master.key"
    if path.is_file():
        return path.read_text().strip(), path, False
    home.mkdir(parents=True, exist_ok=True)
    key = KEY_PREFIX + "master-" + secrets.token_urlsafe(32)
    tmp = path.with_suffix(".tmp")
    tmp.touch(mode=0o600)
    tmp.write_text(key + "\n")
    tmp.replace(path)
    return key, path, True
