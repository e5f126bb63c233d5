"""The model registry: named models, each served by one or more providers.

Callers ask for a model by name (or alias) and type; the registry routes each call to the next
provider in round-robin order and falls back to the following ones when a provider fails for
reasons another might not share (network down, engine crashed, 5xx). Backends are imported only
when a model that uses them is first called, so a gateway that only proxies vLLM never loads Whisper.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, Generic, Literal, TypeVar, cast, overload

from communs.config import ModelConfig, ModelType, ProviderConfig, Settings
from communs.errors import ConfigurationError, ModelNotFoundError, UpstreamError, WrongModelTypeError
from communs.imports import import_string
from communs.models.base import (
    ChatProvider,
    Closeable,
    EmbeddingProvider,
    Provider,
    SpeechProvider,
    TranscriptionProvider,
)
from communs.models.openai_compat import is_fallback_error

log = logging.getLogger(__name__)
T = TypeVar("T")
P = TypeVar("P", bound=Provider, covariant=True)


# Each backend module declares a ``create(config, settings, model_id)`` factory; this mapping names where
# it lives, so that a backend is imported only when a model that uses it is first called.
BACKENDS: dict[str, str] = {
    "llamacpp": "communs.models.llamacpp:create",
    "openai": "communs.models.openai_compat:create",
    "whisper": "communs.models.whisper:create",
    "e5": "communs.models.e5:create",
    "espeak": "communs.models.espeak:create",
}
BackendFactory = Callable[[ProviderConfig, Settings, str], Provider]


def backend_factory(name: str) -> BackendFactory:
    """The factory of a backend, by the name the configuration gives it."""
    spec = BACKENDS.get(name)
    if spec is None:  # pragma: no cover - rejected by the config schema
        raise ConfigurationError(f"unknown backend {name!r}; known: {', '.join(BACKENDS)}")
    return import_string(spec)


def build_provider(config: ProviderConfig, settings: Settings, model_id: str) -> Provider:
    """Instantiate the backend for one provider entry."""
    return backend_factory(config.backend)(config, settings, model_id)


class Model(Generic[P]):
    """One named model and its providers (``P``: what its providers offer, by the model's type)."""

    def __init__(self, config: ModelConfig, settings: Settings) -> None:
        self.config = config
        self.settings = settings
        self._providers: list[Provider | None] = [None] * len(config.providers)
        self._turn = itertools.count()

    @property
    def id(self) -> str:
        return self.config.id

    @property
    def type(self) -> ModelType:
        return self.config.type

    def provider(self, index: int) -> P:
        provider = self._providers[index]
        if provider is None:
            provider = self._providers[index] = build_provider(self.config.providers[index], self.settings, self.id)
        return cast(P, provider)

    def _order(self) -> list[int]:
        count = len(self.config.providers)
        start = next(self._turn) % count
        return [(start + i) % count for i in range(count)]

    async def call(self, operation: Callable[[P], Awaitable[T]]) -> T:
        """Run ``operation`` on providers in turn until one succeeds."""
        errors: list[str] = []
        for index in self._order():
            provider = self.provider(index)
            try:
                return await operation(provider)
            except Exception as exc:
                if not is_fallback_error(exc):
                    raise
                log.warning("model %s: provider %r failed: %s", self.id, provider, exc)
                errors.append(f"{provider!r}: {exc}")
        raise UpstreamError(f"every provider of '{self.id}' failed: " + " | ".join(errors))

    async def stream(self, body: dict) -> AsyncGenerator[dict, None]:
        """Stream chat chunks; falls back to the next provider only before the first chunk."""
        errors: list[str] = []
        for index in self._order():
            provider = self.provider(index)
            started = False
            if not isinstance(provider, ChatProvider):
                raise WrongModelTypeError(f"the model '{self.id}' is a {self.type} model, not a chat model")
            try:
                async for chunk in provider.stream(body):
                    started = True
                    yield chunk
                return
            except Exception as exc:
                if started or not is_fallback_error(exc):
                    raise
                log.warning("model %s: provider %r failed: %s", self.id, provider, exc)
                errors.append(f"{provider!r}: {exc}")
        raise UpstreamError(f"every provider of '{self.id}' failed: " + " | ".join(errors))

    async def aclose(self) -> None:
        for provider in self._providers:
            if isinstance(provider, Closeable):
                await provider.aclose()
        self._providers = [None] * len(self.config.providers)


class Registry:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.models: dict[str, Model[Provider]] = {}
        self._names: dict[str, Model[Provider]] = {}
        for config in settings.models:
            model: Model[Provider] = Model(config, settings)
            self.models[config.id] = model
            for name in (config.id, *config.aliases):
                self._names[name] = model

    @overload
    def get(self, name: str | None, type_: Literal[ModelType.TEXT_GENERATION]) -> Model[ChatProvider]: ...
    @overload
    def get(self, name: str | None, type_: Literal[ModelType.TEXT_EMBEDDINGS]) -> Model[EmbeddingProvider]: ...
    @overload
    def get(self, name: str | None, type_: Literal[ModelType.SPEECH_RECOGNITION]) -> Model[TranscriptionProvider]: ...
    @overload
    def get(self, name: str | None, type_: Literal[ModelType.TEXT_TO_SPEECH]) -> Model[SpeechProvider]: ...
    @overload
    def get(self, name: str | None, type_: ModelType | None = None) -> Model[Provider]: ...

    def get(self, name: str | None, type_: ModelType | None = None) -> Model[Any]:
        """The model called ``name`` (or the default one of ``type_``), checked to be of ``type_``."""
        if not name:
            if type_ is None:
                raise ModelNotFoundError("no model given", param="model")
            name = self.settings.default_model(type_)
        model = self._names.get(name)
        if model is None:
            raise ModelNotFoundError(f"the model '{name}' does not exist", param="model")
        if type_ is not None and model.type != type_:
            raise WrongModelTypeError(
                f"the model '{name}' is a {model.type} model; this route needs {type_}", param="model"
            )
        return model

    def list(self) -> list[Model[Provider]]:
        return list(self.models.values())

    async def aclose(self) -> None:
        for model in self.models.values():
            await model.aclose()
