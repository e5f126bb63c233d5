"""Request bodies of the OpenAI-compatible routes. Unknown fields are kept and passed upstream."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from communs.errors import InvalidRequestError
from communs.search.schema import INT64_MAX, INT64_MIN

# Every integer a request carries is bounded: one beyond 64 bits would reach SQLite (OverflowError) or the engine.
Id = Annotated[int, Field(ge=0, le=INT64_MAX)]
IdPath = Annotated[int, Path(ge=0, le=INT64_MAX)]
Offset = Annotated[int, Query(ge=0, le=INT64_MAX)]
Limit = Annotated[int, Query(ge=1, le=1000)]
MAX_TOKENS = 2**31 - 1  # the engine's int32


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None


class JsonSchemaSpec(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str = "response"
    schema_: dict[str, Any] = Field(alias="schema")
    strict: bool | None = None


class ResponseFormat(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaSpec | None = None

    @field_validator("json_schema")
    @classmethod
    def _schema_is_object(cls, value: JsonSchemaSpec | None) -> JsonSchemaSpec | None:
        if value is not None and not isinstance(value.schema_, dict):
            raise ValueError("json_schema.schema must be a JSON Schema object")
        return value


class SearchArgs(BaseModel):
    collections: list[Id] = Field(default_factory=list, max_length=100)
    k: int = Field(default=6, ge=1, le=50)
    method: Literal["semantic", "lexical", "hybrid"] = "hybrid"
    score_threshold: float | None = None
    template: str | None = Field(
        default=None,
        description="Albert's RAG prompt: the last user message becomes this text, its {prompt} and {chunks} "
        "filled in; without it, our cited prompt (numbered sources, [document, p. N] citations).",
    )

    @field_validator("template")
    @classmethod
    def _template_has_placeholders(cls, value: str | None) -> str | None:
        for placeholder in ("{chunks}", "{prompt}"):
            if value is not None and placeholder not in value:
                raise ValueError(f"template must contain the {placeholder} placeholder")
        return value


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str | None = None
    messages: list[Message] = Field(min_length=1)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, gt=0.0, le=1.0)
    max_tokens: int | None = Field(default=None, ge=1, le=MAX_TOKENS)
    max_completion_tokens: int | None = Field(default=None, ge=1, le=MAX_TOKENS)
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    response_format: ResponseFormat | None = None
    n: int | None = Field(default=None, ge=1, le=1)
    seed: int | None = Field(default=None, ge=INT64_MIN, le=INT64_MAX)
    # Albert-style retrieval-augmented generation
    search: bool = False
    search_args: SearchArgs | None = None

    @model_validator(mode="after")
    def _search_has_args(self) -> ChatCompletionRequest:
        if self.search and self.search_args is None:
            raise ValueError("search_args is required when search is true")
        return self

    def upstream_body(self) -> dict[str, Any]:
        """The body to send to the engine: our own fields removed, ``None``s dropped."""
        body = self.model_dump(exclude_none=True, by_alias=True, exclude={"model", "search", "search_args", "stream"})
        if self.response_format is not None and self.response_format.type == "text":
            body.pop("response_format")
        return body


class EmbeddingsRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str | None = None
    # OpenAI's and Albert's four shapes; token ids are refused by the route (the embedded e5 reads text)
    input: str | list[str] | list[int] | list[list[int]]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = Field(default=None, ge=1, le=65536)

    @field_validator("input")
    @classmethod
    def _not_empty(cls, value: Any) -> Any:
        items = [value] if isinstance(value, str) else value
        if not items:
            raise ValueError("input must not be empty")
        if len(items) > 2048:
            raise ValueError("at most 2048 inputs per request")
        if any(isinstance(item, str) and not item.strip() for item in items):
            raise ValueError("input strings must not be empty")
        if any(isinstance(item, list) and not item for item in items):
            raise ValueError("input token lists must not be empty")
        return value

    def texts(self) -> list[str]:
        """The strings to embed; token ids: a 400 naming the limit (e5's tokenizer is not exposed to decode them)."""
        if isinstance(self.input, str):
            return [self.input]
        if all(isinstance(item, str) for item in self.input):
            return list(self.input)  # type: ignore[arg-type]
        raise InvalidRequestError(
            "token-id input is not supported: the embedded embeddings model reads text; send strings",
            param="input",
            code="unsupported_input",
        )


class SpeechRequest(BaseModel):
    model: str | None = None
    input: str = Field(min_length=1, max_length=4096)
    voice: str = "fr"
    response_format: Literal["wav", "mp3", "flac", "opus", "aac", "pcm"] = "mp3"
    speed: float = Field(default=1.0, ge=0.25, le=4.0)
    instructions: str | None = None
