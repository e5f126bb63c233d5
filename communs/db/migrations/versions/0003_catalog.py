"""The search catalog: collections and documents (communs/search/catalog.py), which the embedded search file
(``<home>/search.sqlite``) or Milvus held before.

Their rows are copied at the first start of a search store on this database (``SqliteSearchStore`` from the old
file's tables, ``MilvusSearchStore`` from its record collections), ids, owners and dates kept: a migration cannot
reach Milvus, and the relational database and the search file may live on different machines.

Revision ID: 0003
Revises: 0002_jobs
Create Date: 2026-12-06 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002_jobs"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "collections",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("visibility", sa.String(length=16), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("dimensions", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("visibility IN ('private', 'public')", name="collections_visibility"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_collections_owner_id", "collections", ["owner_id"])
    op.create_table(
        "documents",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("collection_id", ID, sa.ForeignKey("collections.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.Text(), nullable=True),
        sa.Column("page_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("ocr_pages", sa.Integer(), server_default="0", nullable=False),
        sa.Column("chunk_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("metadata", sa.Text(), server_default="{}", nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_documents_name", "documents", ["name"])
    op.create_index("ix_documents_collection", "documents", ["collection_id", "id"])


def downgrade() -> None:
    op.drop_table("documents")
    op.drop_table("collections")
