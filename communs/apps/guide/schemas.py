"""The JSON of POST /v1/apps/guide/step (Albertine), as a model for the OpenAPI schema."""

from __future__ import annotations

from pydantic import Field

from communs.apps.guide.snapshot import HistoryItem, Step


class StepAnswer(Step):
    """The next step, and the history to send back with the next request (its last 50 steps)."""

    history: list[HistoryItem] = Field(description="The steps done, this one included, for the next request.")
