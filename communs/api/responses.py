"""What the routes answer, for the OpenAPI schema: the base of the apps' result models and the error body.

Every app's result model derives from :class:`Result`: unknown keys are refused, so a key its core adds
to the JSON without adding it to the model fails loudly (a 500 in the tests) instead of being dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from fastapi import FastAPI

    from communs.errors import CommunsError

REF = "#/components/schemas/"
_COMPONENTS: dict[str, Any] = {}  # the models that documented request bodies nest


class Result(BaseModel):
    """Base of the apps' result models: the exact keys of the JSON a route returns, no more."""

    model_config = ConfigDict(extra="forbid")


class ErrorDetail(BaseModel):
    message: str = Field(description="What went wrong, in one sentence.")
    type: str = Field(description="The error's family: invalid_request_error, authentication_error...")
    param: str | None = Field(default=None, description="The request field at fault, if any.")
    code: str | None = Field(default=None, description="A stable code: invalid_request, not_found...")


class ErrorResponse(BaseModel):
    """The error body every error status carries: OpenAI's ``error`` object, and Albert's (FastAPI's) ``detail``."""

    error: ErrorDetail
    detail: str | list[dict[str, Any]] = Field(
        description="The message again (Albert's clients read it), or on a 422 the list of validation errors."
    )


def error_body(error: dict, detail: object = None) -> dict:
    """An error body both OpenAI's and Albert's clients read: OpenAI's ``error`` object and FastAPI's (Albert's)
    ``detail`` (the message, or the list of validation errors)."""
    return {"error": error, "detail": error["message"] if detail is None else detail}


def error_response(error: CommunsError) -> JSONResponse:
    return JSONResponse(error_body(error.to_dict()["error"]), status_code=error.status_code, headers=error.headers)


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorResponse, "description": description}


# The error statuses every authenticated app route may answer, for ``responses=``.
ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("Invalid request (a value the route refuses)."),
    401: _error("Missing or invalid API key."),
    422: _error("Invalid request body or parameters (a missing field, a wrong type)."),
    429: _error("Rate limit exceeded."),
}
# ...and those of the routes that read a stored object by its id.
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: _error("No such object (or not visible to this key).")}


def request_body(**content: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` for a route that reads its body itself (JSON or multipart): its documented body,
    one flat model per media type (``application_json=``, ``multipart_form_data=``)."""
    schemas = {}
    for name, model in content.items():
        schema = model.model_json_schema(ref_template=REF + "{model}")
        _COMPONENTS.update(schema.pop("$defs", {}))  # the models it nests, added by truthful_openapi
        schemas[name.replace("_", "/", 1).replace("_", "-")] = {"schema": schema}
    return {"requestBody": {"required": True, "content": schemas}}


def _error_doc(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": f"{REF}ErrorResponse"}}}}


def truthful_openapi(app: FastAPI) -> None:
    """FastAPI documents a 422 validation error on every route with a body or parameters; the app answers
    those with a 422 and an :class:`ErrorResponse` (see ``create_app``): ``/openapi.json`` says so."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            error = ErrorResponse.model_json_schema(ref_template=REF + "{model}")
            for name, definition in {**_COMPONENTS, **error.pop("$defs", {}), "ErrorResponse": error}.items():
                components.setdefault(name, definition)
            for item in schema.get("paths", {}).values():
                for operation in item.values():
                    responses = operation.get("responses", {})
                    if responses.pop("422", None) is not None:
                        responses["422"] = _error_doc(ERRORS[422]["description"])
            for unused in ("HTTPValidationError", "ValidationError"):
                components.pop(unused, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
