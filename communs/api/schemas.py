"""Request bodies of the OpenAI-compatible routes. Unknown fields are kept and passed upstream."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path, Query
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from communs.models.speech_audio import MAX_INPUT_CHARS
from communs.models.tools import schema_problem, tool_choice_problem
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


FunctionName = Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")]


def _check_parameters(value: dict[str, Any] | None) -> dict[str, Any] | None:
    problem = None if value is None else schema_problem(value)
    if problem:
        raise ValueError(problem)
    return value


Parameters = Annotated[dict[str, Any] | None, AfterValidator(_check_parameters)]


class FunctionSpec(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: FunctionName
    description: str | None = None
    parameters: Parameters = None
    strict: bool | None = None


class Tool(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: Literal["function"]
    function: FunctionSpec


class ChosenFunction(BaseModel):
    name: FunctionName


class NamedToolChoice(BaseModel):
    type: Literal["function"]
    function: ChosenFunction


class SearchArgs(BaseModel):
    collections: list[Id] = Field(default_factory=list, max_length=100)
    k: int = Field(default=6, ge=1, le=50)
    method: Literal["semantic", "lexical", "hybrid", "multiagent"] = "hybrid"
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


class ChatBase(BaseModel):
    """What every chat-shaped request shares (/v1/chat/completions, /v1/agents/completions)."""

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
    n: int | None = Field(default=None, ge=1, le=1)
    seed: int | None = Field(default=None, ge=INT64_MIN, le=INT64_MAX)
    # Albert-style retrieval-augmented generation
    search: bool = False
    search_args: SearchArgs | None = None

    @model_validator(mode="after")
    def _search_has_args(self) -> ChatBase:
        if self.search and self.search_args is None:
            raise ValueError("search_args is required when search is true")
        return self


class ChatCompletionRequest(ChatBase):
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = Field(default=None, max_length=128)
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice | None = None
    parallel_tool_calls: bool | None = None

    @model_validator(mode="after")
    def _tool_choice_fits(self) -> ChatCompletionRequest:
        names = [tool.function.name for tool in self.tools or []]
        choice = self.tool_choice.model_dump() if isinstance(self.tool_choice, NamedToolChoice) else self.tool_choice
        problem = tool_choice_problem(names, choice)
        if problem:
            raise ValueError(problem)
        return self

    def upstream_body(self) -> dict[str, Any]:
        """The body to send to the engine: our own fields removed, ``None``s dropped."""
        body = self.model_dump(exclude_none=True, by_alias=True, exclude={"model", "search", "search_args", "stream"})
        if self.response_format is not None and self.response_format.type == "text":
            body.pop("response_format")
        return body


class CompletionRequest(BaseModel):
    """The legacy ``/v1/completions``: raw text continued, no chat template."""

    model_config = ConfigDict(extra="allow")

    model: str | None = None
    prompt: str | list[str] = Field(description="A text, or a list of texts (one choice each).")
    max_tokens: int | None = Field(default=16, ge=1, le=MAX_TOKENS)  # OpenAI's default
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, gt=0.0, le=1.0)
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    echo: bool = False
    n: int | None = Field(default=None, ge=1, le=1)
    seed: int | None = Field(default=None, ge=INT64_MIN, le=INT64_MAX)
    suffix: None = None  # fill-in-the-middle is not served

    @field_validator("prompt")
    @classmethod
    def _prompts(cls, value: str | list[str]) -> str | list[str]:
        if isinstance(value, list) and not 1 <= len(value) <= 16:
            raise ValueError("prompt: between 1 and 16 texts")
        return value

    def prompts(self) -> list[str]:
        return [self.prompt] if isinstance(self.prompt, str) else list(self.prompt)

    def upstream_body(self, prompt: str) -> dict[str, Any]:
        """The body for one prompt: our own fields removed (``echo`` is done here, for every engine)."""
        body = self.model_dump(exclude_none=True, exclude={"model", "stream", "echo", "prompt"})
        return {**body, "prompt": prompt}


class EmbeddingsRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str | None = None
    # OpenAI's and Albert's four shapes; token ids are decoded by the model's tokenizer when it exposes one
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

    def texts(self) -> list[str] | None:
        """The strings to embed, or None when the input is token ids (``token_lists``)."""
        if isinstance(self.input, str):
            return [self.input]
        if all(isinstance(item, str) for item in self.input):
            return list(self.input)  # type: ignore[arg-type]
        return None

    def token_lists(self) -> list[list[int]]:
        """Token-id input as one list of ids per input (``[1, 2]`` is one input, ``[[1, 2], [3]]`` two)."""
        if all(isinstance(item, int) for item in self.input):
            return [list(self.input)]  # type: ignore[arg-type]
        return [list(item) for item in self.input]  # type: ignore[arg-type]


class SpeechRequest(BaseModel):
    model: str | None = None
    input: str = Field(min_length=1, max_length=MAX_INPUT_CHARS)
    voice: str = "fr"
    response_format: Literal["wav", "mp3", "flac", "opus", "aac", "pcm"] = "mp3"
    speed: float = Field(default=1.0, ge=0.25, le=4.0)
    instructions: str | None = None


class ResponseTool(BaseModel):
    """A function tool of the Responses API (flat: no ``function`` wrapper)."""

    model_config = ConfigDict(extra="allow")

    type: Literal["function"]
    name: FunctionName
    description: str | None = None
    parameters: Parameters = None
    strict: bool | None = None


class ResponseToolChoice(BaseModel):
    type: Literal["function"]
    name: FunctionName


class ResponseRequest(BaseModel):
    """``POST /v1/responses``: OpenAI's Responses API, text and function tools."""

    model_config = ConfigDict(extra="allow")

    model: str | None = None
    input: str | list[dict[str, Any]] = Field(
        description="A text, or a list of input items (messages, function_call and function_call_output items)."
    )
    instructions: str | None = None
    previous_response_id: str | None = Field(default=None, max_length=64)
    tools: list[ResponseTool] | None = Field(default=None, max_length=128)
    tool_choice: Literal["none", "auto", "required"] | ResponseToolChoice | None = None
    parallel_tool_calls: bool | None = None
    max_output_tokens: int | None = Field(default=None, ge=1, le=MAX_TOKENS)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, gt=0.0, le=1.0)
    stream: bool = False
    store: bool = True
    metadata: dict[str, str] | None = Field(default=None, max_length=16)
    text: dict[str, Any] | None = None

    @field_validator("input")
    @classmethod
    def _input_not_empty(cls, value: str | list[dict[str, Any]]) -> str | list[dict[str, Any]]:
        if isinstance(value, list) and not value:
            raise ValueError("input must not be empty")
        return value

    @model_validator(mode="after")
    def _tool_choice_fits(self) -> ResponseRequest:
        names = [tool.name for tool in self.tools or []]
        choice = self.tool_choice.model_dump() if isinstance(self.tool_choice, ResponseToolChoice) else self.tool_choice
        problem = tool_choice_problem(names, choice)
        if problem:
            raise ValueError(problem)
        return self
