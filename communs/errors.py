"""One exception hierarchy for the whole product.

The API maps each error once to OpenAI-style JSON (``{"error": {"message", "type", "code"}}``)
with its HTTP status; the CLI prints its message on one line.
"""

from __future__ import annotations


class CommunsError(Exception):
    status_code = 500
    type = "server_error"
    code: str | None = None

    def __init__(self, message: str, *, code: str | None = None, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.param = param

    def to_dict(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}

    @property
    def headers(self) -> dict[str, str]:
        """HTTP headers the API sends with this error (``Retry-After`` on a 429)."""
        return {}


class InvalidRequestError(CommunsError):
    status_code = 400
    type = "invalid_request_error"
    code = "invalid_request"


class AuthenticationError(CommunsError):
    status_code = 401
    type = "authentication_error"
    code = "invalid_api_key"


class PermissionDeniedError(CommunsError):
    status_code = 403
    type = "permission_error"
    code = "permission_denied"


class NotFoundError(CommunsError):
    status_code = 404
    type = "invalid_request_error"
    code = "not_found"


class ModelNotFoundError(NotFoundError):
    code = "model_not_found"


class UnprocessableError(InvalidRequestError):
    """A well-formed request whose content cannot be used (a JSON document list of the wrong shape): 422."""

    status_code = 422
    code = "unprocessable_entity"


class WrongModelTypeError(InvalidRequestError):
    status_code = 422  # as the Albert API answers
    code = "wrong_model_type"


class UnsupportedMediaError(InvalidRequestError):
    status_code = 415
    code = "unsupported_media"


class PayloadTooLargeError(InvalidRequestError):
    status_code = 413
    code = "payload_too_large"


class ContextLengthError(InvalidRequestError):
    code = "context_length_exceeded"


class RateLimitError(CommunsError):
    status_code = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"

    def __init__(
        self, message: str, *, retry_after: int | None = None, code: str | None = None, param: str | None = None
    ) -> None:
        super().__init__(message, code=code, param=param)
        self.retry_after = retry_after  # whole seconds until the window lets one more request through

    @property
    def headers(self) -> dict[str, str]:
        return {} if self.retry_after is None else {"Retry-After": str(self.retry_after)}


class UpstreamError(CommunsError):
    """Every provider of a model failed (remote server down, embedded engine crashed...)."""

    status_code = 502
    type = "upstream_error"
    code = "upstream_unavailable"


class RunawayOutputError(UpstreamError):
    """The model answered, but its JSON was cut short by the token budget (a runaway: it never closed it).

    An app that can fall back (keep the original paragraph) treats it as a refused answer. A model that ends
    its answers without ever giving JSON is a plain ``UpstreamError``: it is broken or misconfigured."""

    code = "model_output_cut"


class ServiceUnavailableError(CommunsError):
    """A shared service the gateway needs (Redis) does not answer; the client may retry shortly."""

    status_code = 503
    type = "server_error"
    code = "service_unavailable"

    @property
    def headers(self) -> dict[str, str]:
        return {"Retry-After": "1"}


class ConfigurationError(CommunsError):
    status_code = 500
    type = "server_error"
    code = "configuration_error"


class DatabaseUnavailableError(CommunsError):
    """The accounts database cannot be reached now (PostgreSQL down, network cut): retry later."""

    status_code = 503
    type = "server_error"
    code = "database_unavailable"


class MigrationError(CommunsError):
    """A schema migration failed or cannot run; the database keeps the revision it had."""

    status_code = 500
    type = "server_error"
    code = "migration_failed"


class JobCancelledError(CommunsError):
    """The job a request waited for was cancelled (``DELETE /v1/jobs/{id}``)."""

    status_code = 409
    type = "cancelled"
    code = "job_cancelled"


def error_from_dict(body: dict | None) -> CommunsError:
    """The error an error body was written from (``to_dict()``'s, or its inner object, as a job's error is kept
    in the job table): the class of the same type and code, so that its HTTP status is the same."""
    error = (body or {}).get("error") or body or {}
    kind, code = error.get("type"), error.get("code")

    def classes(cls: type[CommunsError]) -> list[type[CommunsError]]:
        return [cls] + [c for sub in cls.__subclasses__() for c in classes(sub)]

    known = classes(CommunsError)
    chosen = next((c for c in known if c.type == kind and c.code == code), None)
    chosen = chosen or next((c for c in known if c.type == kind), CommunsError)
    found = chosen.__new__(chosen)
    CommunsError.__init__(found, str(error.get("message") or "the job failed"), code=code, param=error.get("param"))
    status = (body or {}).get("http_status")
    if isinstance(status, int) and 400 <= status < 600:  # as the job recorded it (a 413 whose code is its own)
        found.status_code = status
    return found
