"""Initial schema: users, api_keys, usage, web_sessions.

The tables as they were before migrations: users, api_keys, usage (accounts/store.py), web_sessions
(accounts/sessions.py).

A table already present is kept as it is: a database created by ``metadata.create_all`` before migrations existed
is adopted with its rows (see ``communs.db.migrate``).

Revision ID: 0001_initial
Revises:
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _absent(name: str) -> bool:
    return not sa.inspect(op.get_bind()).has_table(name)


def upgrade() -> None:
    if _absent("users"):
        op.create_table(
            "users",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("name", sa.String(200), nullable=False, unique=True),
            sa.Column("role", sa.String(20), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        )
    if _absent("api_keys"):
        op.create_table(
            "api_keys",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
            sa.Column("name", sa.String(200), nullable=False),
            sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
            sa.Column("key_hint", sa.String(32), nullable=False),
            sa.Column("rpm", sa.Integer, nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        )
    if _absent("usage"):
        op.create_table(
            "usage",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("user_id", sa.Integer, nullable=True),
            sa.Column("key_id", sa.Integer, nullable=True),
            sa.Column("endpoint", sa.String(100), nullable=False),
            sa.Column("model", sa.String(200), nullable=True),
            sa.Column("prompt_tokens", sa.Integer, nullable=False),
            sa.Column("completion_tokens", sa.Integer, nullable=False),
            sa.Column("latency_ms", sa.Float, nullable=False),
            sa.Column("status", sa.Integer, nullable=False),
        )
        op.create_index("ix_usage_at", "usage", ["at"])
        op.create_index("ix_usage_user_id", "usage", ["user_id"])
    if _absent("web_sessions"):
        op.create_table(
            "web_sessions",
            sa.Column("id_hash", sa.String(64), primary_key=True),
            sa.Column("key_hash", sa.String(64), nullable=False),
            sa.Column("csrf_token", sa.String(64), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        )
        op.create_index("ix_web_sessions_key_hash", "web_sessions", ["key_hash"])
        op.create_index("ix_web_sessions_expires_at", "web_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_table("web_sessions")
    op.drop_table("usage")
    op.drop_table("api_keys")
    op.drop_table("users")
