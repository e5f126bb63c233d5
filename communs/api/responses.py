"""What the routes answer, for the OpenAPI schema: the base of the apps' result models and the error body.

Every app's result model derives from :class:`Result`: unknown keys are refused, so a key its core adds
to the JSON without adding it to the model fails loudly (a 500 in the tests) instead of being dropped.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Result(BaseModel):
    """Base of the apps' result models: the exact keys of the JSON a route returns, no more."""

    model_config = ConfigDict(extra="forbid")


class ErrorDetail(BaseModel):
    message: str = Field(description="What went wrong, in one sentence.")
    type: str = Field(description="The error's family: invalid_request_error, authentication_error...")
    param: str | None = Field(default=None, description="The request field at fault, if any.")
    code: str | None = Field(default=None, description="A stable code: invalid_request, not_found...")


class ErrorResponse(BaseModel):
    """The OpenAI-style error body every error status carries."""

    error: ErrorDetail


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorResponse, "description": description}


# The error statuses every authenticated app route may answer, for ``responses=``.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("Invalid request (a missing or malformed field)."),
    401: _error("Missing or invalid API key."),
    429: _error("Rate limit exceeded."),
}
# ...and those of the routes that read a stored object by its id.
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: _error("No such object (or not visible to this key).")}
