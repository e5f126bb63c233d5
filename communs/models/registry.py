"""The model registry: named models, each served by one or more providers.

Callers ask for a model by name (or alias) and type; the registry routes each call to the next
provider in round-robin order and falls back to the following ones when a provider fails for
reasons another might not share (network down, engine crashed, 5xx). Backends are imported only
when a model that uses them is first called, so a gateway that only proxies vLLM never loads Whisper.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from communs.config import ModelConfig, ModelType, ProviderConfig, Settings
from communs.errors import ModelNotFoundError, UpstreamError, WrongModelTypeError
from communs.models.openai_compat import is_fallback_error

log = logging.getLogger(__name__)
T = TypeVar("T")


def build_provider(config: ProviderConfig, settings: Settings, model_id: str) -> Any:
    """Instantiate the backend for one provider entry (the only place that names concrete backends)."""
    threads = config.threads or settings.threads
    if config.backend == "openai":
        from communs.models.openai_compat import OpenAICompatibleProvider

        return OpenAICompatibleProvider(
            config.base_url or "", model=config.model or model_id, api_key=config.api_key, timeout=config.timeout
        )
    if config.backend == "llamacpp":
        from communs.models.llamacpp import LlamaCppProvider

        return LlamaCppProvider(
            _artifact_path(config, settings),
            n_ctx=config.n_ctx,
            n_parallel=config.n_parallel,
            threads=threads,
            alias=model_id,
        )
    if config.backend == "whisper":
        from communs.models.whisper import WhisperProvider

        return WhisperProvider(_artifact_path(config, settings).parent, threads=threads)
    if config.backend == "e5":
        from communs.models.e5 import E5Provider

        return E5Provider(threads=threads)
    if config.backend == "espeak":
        from communs.models.espeak import EspeakProvider

        return EspeakProvider()
    raise ValueError(f"unknown backend {config.backend}")  # pragma: no cover - rejected by the config schema


def _artifact_path(config: ProviderConfig, settings: Settings):
    from communs.models.artifacts import ARTIFACTS, require

    if config.path is not None:
        return config.path.expanduser()
    artifact = ARTIFACTS.get(config.artifact or "")
    if artifact is None:
        from communs.errors import ConfigurationError

        raise ConfigurationError(f"unknown embedded artifact {config.artifact!r}; known: {', '.join(ARTIFACTS)}")
    return require(artifact, settings.models_dir)


class Model:
    """One named model and its providers."""

    def __init__(self, config: ModelConfig, settings: Settings) -> None:
        self.config = config
        self.settings = settings
        self._providers: list[Any | None] = [None] * len(config.providers)
        self._turn = itertools.count()

    @property
    def id(self) -> str:
        return self.config.id

    @property
    def type(self) -> ModelType:
        return self.config.type

    def provider(self, index: int) -> Any:
        if self._providers[index] is None:
            self._providers[index] = build_provider(self.config.providers[index], self.settings, self.id)
        return self._providers[index]

    def _order(self) -> list[int]:
        count = len(self.config.providers)
        start = next(self._turn) % count
        return [(start + i) % count for i in range(count)]

    async def call(self, operation: Callable[[Any], Awaitable[T]]) -> T:
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

    async def stream(self, body: dict) -> AsyncIterator[dict]:
        """Stream chat chunks; falls back to the next provider only before the first chunk."""
        errors: list[str] = []
        for index in self._order():
            provider = self.provider(index)
            started = False
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
            if provider is not None and hasattr(provider, "aclose"):
                await provider.aclose()
        self._providers = [None] * len(self.config.providers)


class Registry:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.models: dict[str, Model] = {}
        self._names: dict[str, Model] = {}
        for config in settings.models:
            model = Model(config, settings)
            self.models[config.id] = model
            for name in (config.id, *config.aliases):
                self._names[name] = model

    def get(self, name: str | None, type_: ModelType | None = None) -> Model:
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

    def list(self) -> list[Model]:
        return list(self.models.values())

    async def aclose(self) -> None:
        for model in self.models.values():
            await model.aclose()
