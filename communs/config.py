"""One settings object, read from the environment (``COMMUNS_*``) and an optional YAML file.

This is the only module that reads ``os.environ``. Precedence: environment > config file
(``COMMUNS_CONFIG``) > defaults. With no ``models`` in the file, the embedded models are served.
"""

from __future__ import annotations

import os
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from communs.errors import ConfigurationError


class ModelType(StrEnum):
    """Model types, named as in the Albert API."""

    TEXT_GENERATION = "text-generation"
    TEXT_EMBEDDINGS = "text-embeddings-inference"
    SPEECH_RECOGNITION = "automatic-speech-recognition"
    TEXT_TO_SPEECH = "text-to-speech"


Backend = Literal["llamacpp", "openai", "whisper", "e5", "espeak", "kokoro"]
Role = Literal["user", "admin"]
# how a model with several providers picks one: in turn, or the one with the fewest requests in flight
Routing = Literal["round_robin", "least_busy"]


class ProviderConfig(BaseModel):
    """One place that can serve a model: an embedded engine or a remote OpenAI-compatible server."""

    backend: Backend
    # embedded llama.cpp / whisper: an assembled artifact name, or an explicit path
    artifact: str | None = None
    path: Path | None = None
    n_ctx: int = 8192
    n_parallel: int = 2
    threads: int | None = None
    # embedded llama.cpp: n-gram speculative decoding. The engine drafts the next tokens by finding the last
    # ``draft_ngram`` tokens earlier in the context and proposing the ``draft_max`` that followed them there; one
    # batched pass checks the draft. A rewrite, a translation or a JSON answer quoting its source repeats much of
    # its prompt, so most drafts are accepted. Only tokens the model itself would choose are kept (a batched pass
    # may round differently, which can flip a near tie). Off by default (0): on 2 busy cores it halved a rewrite's
    # time, on a less busy one it showed no gain (bench/engine_draft.py); 3 turns it on.
    draft_ngram: int = Field(default=0, ge=0, le=16)
    draft_max: int = Field(default=8, ge=1, le=64)
    # remote OpenAI-compatible (vLLM, Albert API, any)
    base_url: str | None = None
    api_key: str | None = None
    model: str | None = None  # the model's name upstream
    timeout: float = 300.0

    @model_validator(mode="after")
    def _check(self) -> ProviderConfig:
        if self.backend == "openai" and not (self.base_url and self.model):
            raise ValueError("an 'openai' provider needs base_url and model")
        if self.backend in ("llamacpp", "whisper", "kokoro") and not (self.artifact or self.path):
            raise ValueError(f"a '{self.backend}' provider needs an artifact name or a path")
        return self


class ModelConfig(BaseModel):
    id: str
    type: ModelType
    aliases: list[str] = Field(default_factory=list)
    owned_by: str = "communs"
    max_context_length: int | None = None
    routing: Routing = "round_robin"
    providers: list[ProviderConfig] = Field(min_length=1)


def embedded_models() -> list[ModelConfig]:
    """The models served out of the box: all run on a plain CPU, offline."""
    return [
        ModelConfig(
            id="qwen2.5-coder-1.5b",
            type=ModelType.TEXT_GENERATION,
            aliases=["albert-small-local"],
            max_context_length=4096,
            providers=[ProviderConfig(backend="llamacpp", artifact="qwen2.5-coder-1.5b-instruct-q4_k_m")],
        ),
        ModelConfig(
            id="qwen2.5-coder-0.5b",
            type=ModelType.TEXT_GENERATION,
            max_context_length=4096,
            providers=[ProviderConfig(backend="llamacpp", artifact="qwen2.5-coder-0.5b-instruct-q4_k_m")],
        ),
        ModelConfig(
            id="multilingual-e5-small",
            type=ModelType.TEXT_EMBEDDINGS,
            max_context_length=512,
            providers=[ProviderConfig(backend="e5")],
        ),
        ModelConfig(
            id="whisper-base",
            type=ModelType.SPEECH_RECOGNITION,
            aliases=["whisper-1"],
            providers=[ProviderConfig(backend="whisper", artifact="whisper-base-ct2")],
        ),
        ModelConfig(
            id="espeak-ng",
            type=ModelType.TEXT_TO_SPEECH,
            aliases=["tts-1"],
            providers=[ProviderConfig(backend="espeak")],
        ),
        ModelConfig(
            id="kokoro-82m",
            type=ModelType.TEXT_TO_SPEECH,
            aliases=["tts-1-hd"],
            providers=[ProviderConfig(backend="kokoro", artifact="kokoro-82m-int8")],
        ),
    ]


class Budget(BaseModel):
    """What one API key may spend; 0 or None: no limit."""

    model_config = ConfigDict(extra="forbid")

    rpm: int | None = Field(default=None, ge=0)  # requests per minute
    rpd: int | None = Field(default=None, ge=0)  # requests per day
    tpm: int | None = Field(default=None, ge=0)  # tokens per minute, prompt + completion, counted after each request


class LimitsConfig(BaseModel):
    """Per-key budgets: the default of each role, and tighter ones per model (each key has its own).

    limits:
      roles: {user: {rpm: 60, rpd: 5000, tpm: 20000}, admin: {}}
      models: {qwen2.5-coder-1.5b: {rpm: 10, tpm: 8000}}

    A key's ``rpm`` (``communs keys create --rpm``) overrides its role's. A request must fit both its key's
    budget and, for a model named here, the key's budget on that model.
    """

    model_config = ConfigDict(extra="forbid")

    roles: dict[Role, Budget] = Field(default_factory=dict)
    models: dict[str, Budget] = Field(default_factory=dict)


def _default_home() -> Path:
    return Path.home() / ".local" / "share" / "communs"


def default_models_dir() -> Path:
    """The user's models folder, whatever the data home: a second home (a test server, a second instance) serves
    the same assembled models without setting ``COMMUNS_MODELS_DIR``."""
    return Path.home() / ".local" / "share" / "communs" / "models"


class _YamlSource(PydanticBaseSettingsSource):
    """Reads the YAML file named by ``COMMUNS_CONFIG``."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = os.environ.get("COMMUNS_CONFIG")
        if not path:
            return {}
        try:
            data = yaml.safe_load(Path(path).read_text()) or {}
        except FileNotFoundError:
            raise ConfigurationError(f"config file not found: {path}") from None
        except yaml.YAMLError as exc:
            raise ConfigurationError(f"config file {path} is not valid YAML: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigurationError(f"config file {path} must hold a mapping at its top level")
        search = data.pop("search", None)  # search: {backend, uri, token, prefix} -> search_backend, search_uri...
        if isinstance(search, dict):
            data.update({f"search_{key}": value for key, value in search.items()})
        elif search is not None:
            raise ConfigurationError(f"config file {path}: 'search' must be a mapping (backend, uri, token, prefix)")
        return data


class Settings(BaseSettings):
    # nested fields by environment too: COMMUNS_LIMITS__ROLES__USER__RPM=60
    model_config = SettingsConfigDict(env_prefix="COMMUNS_", extra="ignore", env_nested_delimiter="__")

    home: Path = Field(default_factory=_default_home)
    # "production" (deploy/config sets it): the safer defaults of a public server, each of which its own setting
    # may override: no /docs, /redoc nor /openapi.json (api_docs)
    env: Literal["development", "production"] = "development"
    # the interactive API documentation and its schema (/docs, /redoc, /openapi.json); None: on in development,
    # off in production
    api_docs: bool | None = None
    models_dir: Path = Field(default_factory=default_models_dir)  # not under <home>: shared by every home
    database_url: str | None = None  # default: SQLite under <home>
    master_key: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    threads: int = Field(default_factory=lambda: os.cpu_count() or 2)
    max_upload_bytes: int = 100 * 1024 * 1024  # any request body (audio files are large)
    max_document_bytes: int = 20 * 1024 * 1024  # a document to index (/v1/documents, /v1/files): Albert's limit
    max_document_pages: int = 2000
    # pages read by one synchronous /v1/parse-beta or /v1/ocr-beta request (OCR takes ~1-3 s a page on a CPU)
    max_parse_pages: int = Field(default=50, ge=1)
    max_image_pixels: int = 60_000_000  # larger images are refused before decoding (image bombs)
    # DOCX/ODT (zip archives): refused before parsing when they inflate beyond this or more than this ratio
    max_unzipped_bytes: int = Field(default=512 * 1024 * 1024, ge=1)
    max_zip_ratio: int = Field(default=200, ge=1)
    max_dossier_pages: int = Field(default=5000, ge=1)  # all the files of one De Facto dossier together
    # audio longer than this is refused before it is decoded (a few KB of FLAC can hold hours); 0: no limit
    max_audio_seconds: int = Field(default=2 * 3600, ge=0)
    # text sent to an embedding model (/v1/embeddings, a /v1/search prompt): each input, and all of a request's
    max_embedding_input_chars: int = Field(default=32_768, ge=1)
    max_embedding_total_chars: int = Field(default=1_000_000, ge=1)
    default_chat_model: str | None = None  # default: the first text-generation model
    default_embeddings_model: str | None = None
    default_transcription_model: str | None = None
    default_speech_model: str | None = None
    models: list[ModelConfig] = Field(default_factory=embedded_models)
    # the inference fleet (communs.models.breaker): after this many failures in a row a provider is skipped for a
    # cool-down that doubles at each new failure (up to the maximum), then gets one trial request
    provider_failures: int = Field(default=3, ge=1)
    provider_cooldown: float = Field(default=5.0, gt=0)
    provider_cooldown_max: float = Field(default=300.0, gt=0)
    # remote providers are probed (GET <base_url>/models) every so many seconds; 0: never
    provider_health_interval: float = Field(default=15.0, ge=0)
    # observability (communs.observability): log lines as text (the embedded use) or one JSON object per line;
    # access_log: one line per request (route, status, duration, request id); /metrics for Prometheus: "admin"
    # (needs an admin key), "public" (no key: the load balancer keeps it off the outside), or "off"
    log_format: Literal["text", "json"] = "text"
    log_level: str = "INFO"
    access_log: bool = False
    metrics: Literal["admin", "public", "off"] = "admin"
    # processes with no HTTP face (`communs worker`) serve their /metrics on this port (None: not at all)
    metrics_port: int | None = None
    # failed authentications (a wrong or revoked key) one client address may make in a minute; past them every
    # request from that address is refused with a 429 until the minute has passed (0: no limit)
    auth_failures_per_minute: int = Field(default=20, ge=0)
    # admin keys (the master key included) administer: keys, usage, public collections; they read no user's work
    # (dossiers; private collections never) unless this is true: then they read every user's dossiers
    admin_reads_content: bool = False
    # /v1/agents/completions: model calls per request, the last one made without tools so that the model answers
    agent_max_iterations: int = Field(default=3, ge=2, le=10)
    # the requests per minute of every role whose limits set none (0: no limit)
    rate_limit_rpm: int = 0
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    # shared state for a fleet of processes (rate limits, key revocations); None: kept in this process's memory
    redis_url: str | None = None
    redis_prefix: str = "communs"  # every Redis key and channel of this deployment starts with it
    # the web app: serve the Marianne font and the République française "bloc-marque" (State sites on .gouv.fr
    # only, per the DSFR's terms of use); off: system fonts and a neutral "communs" header
    web_official_branding: bool = False
    # long jobs (De Facto dossiers): "inprocess" runs them in the API process, with no broker (the default);
    # "procrastinate" queues them in PostgreSQL for `communs worker` processes, and the API only enqueues
    queue_backend: Literal["inprocess", "procrastinate"] = "inprocess"
    queue_url: str | None = None  # the queue's PostgreSQL (default: database_url)
    queue_concurrency: int = 1  # jobs one worker runs at once
    queue_heartbeat_seconds: float = 10.0  # how often a worker says it is alive
    queue_stalled_seconds: float = 60.0  # a job whose worker is silent this long is run again by another
    queue_imports: list[str] = Field(default_factory=list)  # modules registering more job kinds (tests, plugins)
    # long requests run as jobs of that queue (communs.jobs.long): a document to index over so many pages (a PDF)
    # or bytes, an audio file to transcribe over so many seconds; the route waits for its job up to
    # job_wait_seconds, then answers 202 with the job to poll (GET /v1/jobs/{id})
    job_document_pages: int = Field(default=100, ge=0)
    job_document_bytes: int = Field(default=10 * 1024 * 1024, ge=0)
    job_audio_seconds: float = Field(default=600.0, ge=0)
    job_wait_seconds: float = Field(default=600.0, gt=0)
    # every worker cleans up each sweep_seconds (communs.jobs.sweep; 0: never): the search engine's orphan chunks
    # and the uploads of ended jobs, those older than sweep_grace_seconds (what is being written is left alone)
    sweep_seconds: float = Field(default=3600.0, ge=0)
    sweep_grace_seconds: float = Field(default=3600.0, ge=0)
    # the search engine (collections, documents, RAG, the apps' indexes): "sqlite", one file under <home> (the
    # default), or "milvus", a Milvus server shared by the fleet (communs.search.milvus); in YAML, a mapping
    # `search: {backend: milvus, uri: http://milvus:19530, token: ...}`; a search_uri alone means milvus
    search_backend: Literal["sqlite", "milvus"] | None = None
    search_uri: str | None = None
    search_token: str | None = None
    search_prefix: str = "communs"  # every Milvus collection of this deployment starts with it

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, _YamlSource(settings_cls), file_secret_settings

    @model_validator(mode="after")
    def _resolve(self) -> Settings:
        self.home = self.home.expanduser()
        self.models_dir = self.models_dir.expanduser()
        legacy = self.home / "models"  # where models were kept before they moved out of the data home
        if "models_dir" not in self.model_fields_set and legacy.is_dir() and not self.models_dir.is_dir():
            self.models_dir = legacy
        if self.database_url is None:
            self.database_url = f"sqlite:///{self.home / 'communs.db'}"
        if self.queue_backend == "procrastinate":
            self.queue_url = self.queue_url or self.database_url
            if not self.queue_url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
                raise ValueError("queue_backend 'procrastinate' needs a PostgreSQL queue_url (or database_url)")
        if self.api_docs is None:
            self.api_docs = self.env != "production"
        if self.search_backend is None:
            self.search_backend = "milvus" if self.search_uri else "sqlite"
        if self.search_backend == "milvus" and not self.search_uri:
            raise ValueError("search backend 'milvus' needs search_uri (COMMUNS_SEARCH_URI), e.g. http://milvus:19530")
        if self.queue_heartbeat_seconds * 2 > self.queue_stalled_seconds:
            raise ValueError("queue_stalled_seconds must be at least twice queue_heartbeat_seconds")
        seen: set[str] = set()
        for model in self.models:
            for name in (model.id, *model.aliases):
                if name in seen:
                    raise ValueError(f"model name {name!r} is declared twice")
                seen.add(name)
        ids = {model.id for model in self.models}
        for name in self.limits.models:
            if name not in ids:
                raise ValueError(f"limits.models names {name!r}, not a model id (known: {', '.join(sorted(ids))})")
        return self

    def default_model(self, type_: ModelType) -> str:
        chosen = {
            ModelType.TEXT_GENERATION: self.default_chat_model,
            ModelType.TEXT_EMBEDDINGS: self.default_embeddings_model,
            ModelType.SPEECH_RECOGNITION: self.default_transcription_model,
            ModelType.TEXT_TO_SPEECH: self.default_speech_model,
        }[type_]
        if chosen:
            return chosen
        for model in self.models:
            if model.type == type_:
                return model.id
        raise ConfigurationError(f"no model of type {type_} is configured")


def load_settings(**overrides: Any) -> Settings:
    try:
        return Settings(**overrides)
    except ConfigurationError:
        raise
    except ValueError as exc:  # pydantic.ValidationError is a ValueError
        raise ConfigurationError(f"invalid configuration: {exc}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


# The libraries communs drives may look things up on the internet unless told not to: the Hugging Face hub (model
# look-ups, telemetry) for faster-whisper and tokenizers, and the "do not track" convention others honour. communs
# never needs the network (models are assembled beforehand, `communs setup-models`); onnxruntime's own telemetry
# (Windows builds only) is turned off where it is loaded (communs.models.whisper).
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
}


def stay_offline() -> None:
    """Tell the libraries of this process (and of the engines it starts) never to reach the network; called by
    ``create_app`` and the CLI before any model loads. A value set by the operator is kept."""
    for name, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def environ_flag(name: str) -> str | None:
    """Read a non-COMMUNS variable that the product honours (``PORT``)."""
    return os.environ.get(name)
