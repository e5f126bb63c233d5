"""Stored responses of ``/v1/responses``, per user, in the relational database (its schema made by the
migrations): what a follow-up's ``previous_response_id`` continues, and what ``GET /v1/responses/{id}`` reads."""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa

from communs.db import metadata
from communs.errors import NotFoundError

stored_responses = sa.Table(
    "stored_responses",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("owner", sa.String(128), nullable=False, index=True),
    sa.Column("model", sa.String(128), nullable=False),
    sa.Column("conversation", sa.Text, nullable=False),  # JSON: the chat messages up to this response's output
    sa.Column("body", sa.Text, nullable=False),  # JSON: the response object
    sa.Column("created", sa.Float, nullable=False),
)


class ResponseStore:
    """Save, read and delete responses; a response is seen only by its owner (another's id is a 404)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    def save(self, owner: str, body: dict[str, Any], conversation: list[dict[str, Any]]) -> None:
        row = {
            "id": body["id"],
            "owner": owner,
            "model": body["model"],
            "conversation": json.dumps(conversation, ensure_ascii=False),
            "body": json.dumps(body, ensure_ascii=False),
            "created": time.time(),
        }
        with self.engine.begin() as conn:
            conn.execute(stored_responses.insert().values(**row))

    def _row(self, owner: str, response_id: str, param: str) -> sa.RowMapping:
        c = stored_responses.c
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(stored_responses).where(c.id == response_id, c.owner == owner))
                .mappings()
                .first()
            )
        if row is None:
            raise NotFoundError(f"no response with id '{response_id}'", param=param)
        return row

    def get(self, owner: str, response_id: str) -> dict[str, Any]:
        return json.loads(self._row(owner, response_id, "response_id")["body"])

    def conversation(self, owner: str, response_id: str) -> list[dict[str, Any]]:
        """The chat messages a follow-up of ``response_id`` continues."""
        return json.loads(self._row(owner, response_id, "previous_response_id")["conversation"])

    def delete(self, owner: str, response_id: str) -> None:
        c = stored_responses.c
        with self.engine.begin() as conn:
            deleted = conn.execute(stored_responses.delete().where(c.id == response_id, c.owner == owner)).rowcount
        if deleted != 1:
            raise NotFoundError(f"no response with id '{response_id}'", param="response_id")
