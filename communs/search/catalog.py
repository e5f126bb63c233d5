"""The catalog of collections and documents: their records in the relational database, through SQLAlchemy.

The deployment's catalog lives in ``database_url`` (SQLite by default, PostgreSQL in a fleet), with the other
relational state; its tables come from the migrations (revision ``0003``). The search engines
(:mod:`communs.search.store`, :mod:`communs.search.milvus`) hold only chunks, vectors and terms, keyed by the ids
given here. A store opened on a file of its own (an app's private index) gets a *private* catalog in that same
SQLite file: :meth:`Catalog.private` makes (or brings up to date) its tables there.

Ids are integers from the database (``AUTOINCREMENT`` on SQLite: never reused). A document's id is reserved
before its chunks are indexed (:meth:`Catalog.reserve_document_id`); its row, written last, is what makes it exist
(see :class:`communs.search.base.CatalogSearchStore`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from communs.db.engine import make_engine
from communs.db.schema import metadata
from communs.errors import NotFoundError
from communs.search.records import Collection, Document, Visibility

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # SQLite's AUTOINCREMENT wants INTEGER PRIMARY KEY

collections = sa.Table(
    "collections",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("description", sa.Text, nullable=True),
    sa.Column("visibility", sa.String(16), nullable=False),
    sa.Column("owner_id", sa.Integer, nullable=True, index=True),  # None: the master key
    sa.Column("dimensions", sa.Integer, nullable=True),  # its embeddings' size, fixed by its first document
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.BigInteger, nullable=False),
    sa.CheckConstraint("visibility IN ('private', 'public')", name="collections_visibility"),
    sqlite_autoincrement=True,
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", Id, primary_key=True, autoincrement=True),
    sa.Column("collection_id", Id, sa.ForeignKey("collections.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.Text, nullable=False, index=True),
    sa.Column("media_type", sa.Text, nullable=True),
    sa.Column("page_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ocr_pages", sa.Integer, nullable=False, server_default="0"),
    sa.Column("chunk_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("metadata", sa.Text, nullable=False, server_default="{}"),
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Index("ix_documents_collection", "collection_id", "id"),
    sqlite_autoincrement=True,
)

_COUNT = (
    sa.select(sa.func.count())
    .select_from(documents)
    .where(documents.c.collection_id == collections.c.id)
    .scalar_subquery()
)
_COLLECTION = sa.select(*collections.c, _COUNT.label("documents"))


def _collection(row: Any) -> Collection:
    return Collection(
        id=int(row.id),
        name=row.name,
        description=row.description,
        visibility=row.visibility,
        owner_id=row.owner_id,
        documents=int(row.documents),
        created_at=int(row.created_at),
        updated_at=int(row.updated_at),
    )


def _document(row: Any) -> Document:
    return Document(
        id=int(row.id),
        collection_id=int(row.collection_id),
        name=row.name,
        media_type=row.media_type,
        page_count=int(row.page_count),
        ocr_pages=int(row.ocr_pages),
        chunk_count=int(row.chunk_count),
        metadata=json.loads(row.metadata),
        created_at=int(row.created_at),
    )


def document_row(document: Document) -> dict[str, Any]:
    """A document as the values of its row."""
    return {
        "id": document.id,
        "collection_id": document.collection_id,
        "name": document.name,
        "media_type": document.media_type,
        "page_count": document.page_count,
        "ocr_pages": document.ocr_pages,
        "chunk_count": document.chunk_count,
        "metadata": json.dumps(document.metadata, ensure_ascii=False),
        "created_at": document.created_at,
    }


class Catalog:
    """Collections and documents records. Thread-safe (one SQLAlchemy engine); trusts its caller (access rules live
    in :mod:`communs.search.service`)."""

    def __init__(self, engine: sa.Engine, *, owned: bool = True) -> None:
        self.engine = engine
        self._owned = owned

    @classmethod
    def open(cls, url: str) -> Catalog:
        """The catalog in the relational database at ``url``, its schema brought to the newest revision first."""
        from communs.db.migrate import ensure_schema

        ensure_schema(url)
        return cls(make_engine(url))

    @classmethod
    def private(cls, path: str | Path) -> Catalog:
        """A catalog of its own in the SQLite file ``path`` (an app's private index), its tables made or brought up
        to date here (a file from before the split already holds them: only the ``dimensions`` column is new)."""
        engine = make_engine(f"sqlite:///{Path(path)}")
        with engine.begin() as conn:
            metadata.create_all(conn, tables=[collections, documents])
            columns = {c["name"] for c in sa.inspect(conn).get_columns("collections")}
            if "dimensions" not in columns:
                conn.exec_driver_sql("ALTER TABLE collections ADD COLUMN dimensions INTEGER")
                if sa.inspect(conn).has_table("chunks"):  # the embedding size of the chunks already there
                    conn.exec_driver_sql(
                        "UPDATE collections SET dimensions = (SELECT length(vector) / 4 FROM chunks "
                        "WHERE chunks.collection_id = collections.id LIMIT 1)"
                    )
        return cls(engine)

    def close(self) -> None:
        if self._owned:
            self.engine.dispose()

    # -- collections ----------------------------------------------------------
    def create_collection(
        self, name: str, description: str | None, visibility: Visibility, owner_id: int | None
    ) -> Collection:
        now = int(time.time())
        values = {
            "name": name,
            "description": description,
            "visibility": visibility,
            "owner_id": owner_id,
            "created_at": now,
            "updated_at": now,
        }
        with self.engine.begin() as conn:
            collection_id = conn.execute(collections.insert().values(values).returning(collections.c.id)).scalar_one()
        return Collection(int(collection_id), name, description, visibility, owner_id, 0, now, now)

    def get_collection(self, collection_id: int) -> Collection | None:
        with self.engine.connect() as conn:
            row = conn.execute(_COLLECTION.where(collections.c.id == int(collection_id))).first()
        return _collection(row) if row else None

    def dimensions(self, collection_ids: Iterable[int]) -> dict[int, int | None]:
        """Each existing collection's embedding size (None: no document yet, or none fixed)."""
        ids = [int(c) for c in collection_ids]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(collections.c.id, collections.c.dimensions).where(collections.c.id.in_(ids)))
            return {int(row.id): row.dimensions for row in rows}

    def list_collections(self, owner_id: int | None, *, include_public: bool = True) -> list[Collection]:
        """Collections owned by ``owner_id`` (None: the master key's), and the public ones."""
        owned = collections.c.owner_id.is_(None) if owner_id is None else collections.c.owner_id == owner_id
        where = sa.or_(owned, collections.c.visibility == "public") if include_public else owned
        with self.engine.connect() as conn:
            rows = conn.execute(_COLLECTION.where(where).order_by(collections.c.id)).all()
        return [_collection(row) for row in rows]

    def all_collections(self) -> list[Collection]:
        with self.engine.connect() as conn:
            return [_collection(row) for row in conn.execute(_COLLECTION.order_by(collections.c.id))]

    def update_collection(self, collection_id: int, **changes: Any) -> Collection:
        """Set the given fields (those None are left as they are) and ``updated_at``."""
        values = {key: value for key, value in changes.items() if value is not None}
        values["updated_at"] = int(time.time())
        with self.engine.begin() as conn:
            updated = conn.execute(collections.update().where(collections.c.id == int(collection_id)).values(values))
        if not updated.rowcount:
            raise NotFoundError(f"collection {collection_id} not found")
        collection = self.get_collection(collection_id)
        if collection is None:  # deleted meanwhile
            raise NotFoundError(f"collection {collection_id} not found")
        return collection

    def fix_dimensions(self, collection_id: int, dimensions: int) -> int | None:
        """The collection's embedding size, set to ``dimensions`` if it had none (the first writer wins); None: no
        such collection."""
        with self.engine.begin() as conn:
            conn.execute(
                collections.update()
                .where(collections.c.id == int(collection_id), collections.c.dimensions.is_(None))
                .values(dimensions=int(dimensions))
            )
            return conn.execute(
                sa.select(collections.c.dimensions).where(collections.c.id == int(collection_id))
            ).scalar_one_or_none()

    def delete_collection(self, collection_id: int) -> bool:
        """The collection and its documents' rows (the engine's chunks are the caller's to drop)."""
        with self.engine.begin() as conn:
            conn.execute(documents.delete().where(documents.c.collection_id == int(collection_id)))
            return bool(conn.execute(collections.delete().where(collections.c.id == int(collection_id))).rowcount)

    # -- documents ------------------------------------------------------------
    def reserve_document_id(self) -> int:
        """A fresh document id, never given before, for a row written later (:meth:`add_document`)."""
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                return int(
                    conn.execute(sa.text("SELECT nextval(pg_get_serial_sequence('documents', 'id'))")).scalar_one()
                )
            # SQLite: AUTOINCREMENT's counter, sqlite_sequence, is an ordinary table; raising it reserves the id
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO sqlite_sequence (name, seq) SELECT 'documents', 0 WHERE NOT EXISTS "
                "(SELECT 1 FROM sqlite_sequence WHERE name = 'documents')"
            )
            conn.exec_driver_sql(
                "UPDATE sqlite_sequence SET seq = max(seq, (SELECT coalesce(max(id), 0) FROM documents)) + 1 "
                "WHERE name = 'documents'"
            )
            return int(conn.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'documents'").scalar_one())

    def add_document(self, document: Document) -> None:
        """Write a document's row (its id reserved before), and mark its collection updated, in one transaction; a
        collection deleted meanwhile: :class:`NotFoundError`, nothing written."""
        with self.engine.begin() as conn:
            touched = conn.execute(
                collections.update()
                .where(collections.c.id == document.collection_id)
                .values(updated_at=int(time.time()))
            )
            if not touched.rowcount:
                raise NotFoundError(f"collection {document.collection_id} not found")
            conn.execute(documents.insert().values(document_row(document)))

    def get_document(self, document_id: int) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == int(document_id))).first()
        return _document(row) if row else None

    def documents(self, document_ids: Iterable[int]) -> dict[int, Document]:
        """The existing documents among ``document_ids``, by id."""
        ids = sorted({int(d) for d in document_ids})
        if not ids:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(documents).where(documents.c.id.in_(ids))).all()
        return {int(row.id): _document(row) for row in rows}

    def document_ids(self) -> set[int]:
        with self.engine.connect() as conn:
            return {int(i) for i in conn.execute(sa.select(documents.c.id)).scalars()}

    def list_documents(self, collection_id: int, *, limit: int | None = None, offset: int = 0) -> list[Document]:
        query = (
            sa.select(documents)
            .where(documents.c.collection_id == int(collection_id))
            .order_by(documents.c.id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_document(row) for row in conn.execute(query)]

    def delete_document(self, document_id: int) -> Document | None:
        """Delete a document's row (and mark its collection updated); the document deleted, or None."""
        with self.engine.begin() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == int(document_id))).first()
            if row is None:
                return None
            conn.execute(documents.delete().where(documents.c.id == int(document_id)))
            conn.execute(
                collections.update().where(collections.c.id == row.collection_id).values(updated_at=int(time.time()))
            )
        return _document(row)

    # -- adoption -------------------------------------------------------------
    def adopt(
        self, found: Sequence[tuple[Collection, int | None]], found_documents: Sequence[Document]
    ) -> tuple[int, int]:
        """Insert records kept elsewhere before the catalog held them (with their ids, dates and embedding size),
        those already here skipped, in one transaction; returns how many collections and documents were added."""
        with self.engine.begin() as conn:
            present = set(conn.execute(sa.select(collections.c.id)).scalars())
            added = [
                {
                    "id": c.id,
                    "name": c.name,
                    "description": c.description,
                    "visibility": c.visibility,
                    "owner_id": c.owner_id,
                    "dimensions": dims,
                    "created_at": c.created_at,
                    "updated_at": c.updated_at,
                }
                for c, dims in found
                if c.id not in present
            ]
            if added:
                conn.execute(collections.insert(), added)
            known = present | {c.id for c, _ in found}
            have = set(conn.execute(sa.select(documents.c.id)).scalars())
            rows = [document_row(d) for d in found_documents if d.id not in have and d.collection_id in known]
            if rows:
                conn.execute(documents.insert(), rows)
            if conn.dialect.name == "postgresql":  # explicit ids leave the sequences behind
                for table in ("collections", "documents"):  # never backwards: an id may be reserved
                    conn.execute(
                        sa.text(
                            f"SELECT setval(s, greatest(coalesce((SELECT max(id) FROM {table}), 1), "
                            f"coalesce(pg_sequence_last_value(s), 1))) "
                            f"FROM (SELECT pg_get_serial_sequence('{table}', 'id')::regclass AS s) AS q"
                        )
                    )
        return len(added), len(rows)
