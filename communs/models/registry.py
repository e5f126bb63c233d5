"""The model registry: named models, each served by one or more providers.

Callers ask for a model by name (or alias) and type; the registry routes each call to a provider, in turn
(``routing: round_robin``) or to the one with the fewest requests in flight (``least_busy``), and falls back to
the following ones when a provider fails for reasons another might not share (network down, timeout, engine
crashed, 5xx) — for a stream, only before its first chunk. A provider that keeps failing is skipped for a while
(a circuit breaker, ``communs.models.breaker``); ``Registry.watch`` probes the providers in the background.
Backends are imported only when a model that uses them is first called, so a gateway that only proxies vLLM
never loads Whisper.
"""

from __future__ import annotations

import asyncio
import contextlib
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
    CompletionProvider,
    EmbeddingProvider,
    Provider,
    SpeechProvider,
    TranscriptionProvider,
)
from communs.models.breaker import ProviderState
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
    "kokoro": "communs.models.kokoro:create",
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


def provider_label(config: ProviderConfig) -> str:
    """How logs and metrics name a provider."""
    if config.base_url:
        return f"{config.base_url} ({config.model})"
    return f"{config.backend}:{config.artifact or config.path or 'builtin'}"


class Model(Generic[P]):
    """One named model and its providers (``P``: what its providers offer, by the model's type)."""

    def __init__(self, config: ModelConfig, settings: Settings) -> None:
        self.config = config
        self.settings = settings
        self._providers: list[Provider | None] = [None] * len(config.providers)
        self.states = [
            ProviderState(
                config.id,
                provider_label(provider),
                failures=settings.provider_failures,
                cooldown=settings.provider_cooldown,
                cooldown_max=settings.provider_cooldown_max,
            )
            for provider in config.providers
        ]
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
        """The providers to try, best first: in turn, or (least busy) by requests in flight, ties in turn."""
        count = len(self.config.providers)
        start = next(self._turn) % count
        order = [(start + i) % count for i in range(count)]
        if self.config.routing == "least_busy":
            order.sort(key=lambda index: self.states[index].in_flight)  # stable: ties keep the turn
        return order

    def _all_failed(self, errors: list[str]) -> UpstreamError:
        return UpstreamError(f"every provider of '{self.id}' failed: " + " | ".join(errors))

    async def call(self, operation: Callable[[P], Awaitable[T]]) -> T:
        """Run ``operation`` on providers in turn until one succeeds."""
        errors: list[str] = []
        for index in self._order():
            state = self.states[index]
            ticket = state.acquire()
            if ticket is None:
                errors.append(f"{state.label}: {state.why_skipped()}")
                continue
            ok: bool | None = None
            failure: Exception | None = None
            try:
                result = await operation(self.provider(index))
                ok = True
                return result
            except Exception as exc:
                if not is_fallback_error(exc):
                    ok = True  # the provider answered: the request itself is at fault
                    raise
                ok, failure = False, exc
                log.warning("model %s: provider %s failed: %s", self.id, state.label, exc)
                errors.append(f"{state.label}: {exc}")
            finally:
                state.release(ticket, ok, failure)
        raise self._all_failed(errors)

    async def stream(self, body: dict, *, completion: bool = False) -> AsyncGenerator[dict, None]:
        """Stream chat chunks (with ``completion``, legacy text-completion chunks); falls back to the next
        provider only before the first chunk."""
        errors: list[str] = []
        for index in self._order():
            state = self.states[index]
            ticket = state.acquire()
            if ticket is None:
                errors.append(f"{state.label}: {state.why_skipped()}")
                continue
            started = False
            ok: bool | None = None
            failure: Exception | None = None
            try:
                provider = self.provider(index)
                if not isinstance(provider, CompletionProvider if completion else ChatProvider):
                    ok = True
                    raise WrongModelTypeError(f"the model '{self.id}' is a {self.type} model, not a chat model")
                opened = provider.stream_completion(body) if completion else provider.stream(body)  # type: ignore[attr-defined]
                async with contextlib.aclosing(opened) as chunks:  # type: ignore[type-var]
                    async for chunk in chunks:
                        started = True
                        yield chunk
                ok = True
                return
            except Exception as exc:
                if not is_fallback_error(exc):
                    ok = True
                    raise
                ok, failure = False, exc
                if started:  # bytes went to the client: another provider cannot take over
                    raise
                log.warning("model %s: provider %s failed: %s", self.id, state.label, exc)
                errors.append(f"{state.label}: {exc}")
            finally:
                state.release(ticket, ok, failure)
        raise self._all_failed(errors)

    async def check_health(self) -> None:
        """Probe each provider that can say how it is (remote servers; embedded engines once started)."""

        async def probe(index: int) -> None:
            config = self.config.providers[index]
            provider = self._providers[index]
            if provider is None and config.backend == "openai":
                provider = self.provider(index)  # an HTTP client: cheap to build
            health = getattr(provider, "health", None)
            if health is None:
                return
            try:
                verdict = await health()
            except Exception as exc:
                log.warning("model %s: provider %s failed its health check: %s", self.id, self.states[index].label, exc)
                self.states[index].health(False, exc)
                return
            if verdict is not None:
                self.states[index].health(bool(verdict))

        await asyncio.gather(*(probe(index) for index in range(len(self.config.providers))))

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

    async def check_health(self) -> None:
        await asyncio.gather(*(model.check_health() for model in self.models.values()))

    async def watch(self, interval: float) -> None:
        """Probe every provider each ``interval`` seconds, until cancelled (a task of the app's lifespan)."""
        while True:
            await asyncio.sleep(interval)
            try:
                await self.check_health()
            except Exception:  # pragma: no cover - a probe must never end the watch
                log.exception("provider health checks failed")

    async def aclose(self) -> None:
        for model in self.models.values():
            await model.aclose()
