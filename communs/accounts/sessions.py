"""Web sessions: a random id in an HTTP-only cookie stands for an API key signed in from the browser.

Only hashes are stored: the sha256 of the session id (so a copy of the database opens no session)
and the sha256 of the API key (so a revoked key, or a changed master key, closes its sessions at once).
The key itself never leaves the sign-in request. Each session carries its CSRF token, expected on
every state-changing request it authenticates.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from communs.accounts.store import Principal, api_keys, hash_key, users
from communs.db import metadata

SESSION_LIFETIME = timedelta(hours=12)  # a working day; signing in again is cheap
SESSION_COOKIE = "communs_session"
CSRF_HEADER = "X-CSRF-Token"

web_sessions = sa.Table(
    "web_sessions",
    metadata,
    sa.Column("id_hash", sa.String(64), primary_key=True),
    sa.Column("key_hash", sa.String(64), nullable=False, index=True),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False, index=True),
)


@dataclass(frozen=True)
class WebSession:
    principal: Principal
    csrf_token: str

    def csrf_matches(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(token.encode(), self.csrf_token.encode())  # type: ignore[union-attr]


def _aware(moment: datetime) -> datetime:
    """SQLite gives naive datetimes back: they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class SessionStore:
    """Create, resolve and delete web sessions, in the accounts database (its schema made by the migrations)."""

    def __init__(self, engine: sa.Engine, *, lifetime: timedelta = SESSION_LIFETIME) -> None:
        self.engine = engine
        self.lifetime = lifetime

    def create(self, key: str) -> tuple[str, str]:
        """Open a session for a key already checked by the caller; returns (session id, CSRF token)."""
        session_id = secrets.token_urlsafe(32)
        csrf_token = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            conn.execute(web_sessions.delete().where(web_sessions.c.expires_at < now))
            conn.execute(
                web_sessions.insert().values(
                    id_hash=hash_key(session_id),
                    key_hash=hash_key(key),
                    csrf_token=csrf_token,
                    created_at=now,
                    expires_at=now + self.lifetime,
                )
            )
        return session_id, csrf_token

    def resolve(self, session_id: str, master_key: str | None) -> WebSession | None:
        """The session's principal and CSRF token; None when unknown, expired, or its key was revoked."""
        if not session_id:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(web_sessions.c.key_hash, web_sessions.c.csrf_token, web_sessions.c.expires_at).where(
                    web_sessions.c.id_hash == hash_key(session_id)
                )
            ).first()
            if row is None or _aware(row.expires_at) <= datetime.now(UTC):
                return None
            if master_key and hmac.compare_digest(row.key_hash, hash_key(master_key)):
                principal = Principal(user_id=None, user_name="master", role="admin", key_id=None)
                return WebSession(principal, row.csrf_token)
            key = conn.execute(
                sa.select(api_keys.c.id, api_keys.c.rpm, users.c.id.label("user_id"), users.c.name, users.c.role)
                .join(users, users.c.id == api_keys.c.user_id)
                .where(api_keys.c.key_hash == row.key_hash, api_keys.c.revoked_at.is_(None))
            ).first()
        if key is None:
            return None
        principal = Principal(user_id=key.user_id, user_name=key.name, role=key.role, key_id=key.id, rpm=key.rpm)
        return WebSession(principal, row.csrf_token)

    def delete(self, session_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(web_sessions.delete().where(web_sessions.c.id_hash == hash_key(session_id)))
