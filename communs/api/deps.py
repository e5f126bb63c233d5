"""What every route needs: the shared services, the caller, and usage accounting."""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request

from communs.accounts.limits import RateLimiter, key_budget, key_scope, model_scope
from communs.accounts.sessions import CSRF_HEADER, SESSION_COOKIE, SessionStore, WebSession
from communs.accounts.store import AccountStore, Principal, UsageRecord
from communs.config import ModelType, Settings
from communs.errors import (
    AuthenticationError,
    InvalidRequestError,
    PayloadTooLargeError,
    PermissionDeniedError,
    ServiceUnavailableError,
)
from communs.models.base import ChatProvider
from communs.models.registry import Model, Registry
from communs.observability import metrics
from communs.search.service import SearchService

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    registry: Registry
    accounts: AccountStore
    limiter: RateLimiter
    search: SearchService
    sessions: SessionStore | None = None  # web sessions (the browser's sign-in); None: bearer keys only


TRUE_WORDS = frozenset({"1", "true", "yes", "on", "oui", "vrai"})
FALSE_WORDS = frozenset({"0", "false", "no", "off", "non", "faux"})
MASTER = Principal(user_id=None, user_name="master", role="admin", key_id=None)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def services(request: Request) -> Services:
    return request.app.state.services


def owner_of(principal: Principal) -> str:
    """Whose stored work (jobs, dossiers) a caller's is: the user's id, or "master" for the master key."""
    return "master" if principal.user_id is None else str(principal.user_id)


def readable_owner(request: Request, principal: Principal) -> str | None:
    """Whose stored work (dossiers) a caller may read: its own. An admin key, the master key included, administers
    (keys, usage, public collections) but reads no one else's work, unless ``admin_reads_content`` says so
    (then None: everyone's)."""
    if principal.is_admin and services(request).settings.admin_reads_content:
        return None
    return owner_of(principal)


def web_session(request: Request) -> WebSession | None:
    """The browser session named by the request's cookie, if it is valid (resolved once per request)."""
    if hasattr(request.state, "web_session"):
        return request.state.web_session
    svc: Services = request.app.state.services
    cookie = request.cookies.get(SESSION_COOKIE)
    session = svc.sessions.resolve(cookie, svc.settings.master_key) if (cookie and svc.sessions) else None
    request.state.web_session = session
    return session


def client_address(request: Request) -> str:
    """The caller's address as the server sees it (behind a proxy: the one ``--proxy-headers`` trusts)."""
    return request.client.host if request.client else "unknown"


def identify(request: Request) -> Principal:
    """Who the request's headers say is calling: a valid bearer key or, from the web app, a session cookie with
    its CSRF token on every state-changing request. Reads the headers only (never the body): the
    :class:`communs.api.gate.AuthGate` calls it before a /v1 request's body is read. An address that made
    ``auth_failures_per_minute`` failed attempts in the last minute is refused with a 429 whatever it sends."""
    svc: Services = request.app.state.services
    header = request.headers.get("authorization", "")
    session = None if header else web_session(request)
    if session is not None:
        if request.method not in SAFE_METHODS and not session.csrf_matches(request.headers.get(CSRF_HEADER)):
            raise PermissionDeniedError(f"missing or wrong CSRF token: send the page's {CSRF_HEADER} header")
        return session.principal
    scheme, _, key = header.partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise AuthenticationError("missing API key: send 'Authorization: Bearer <key>'")
    refuse_if_guessing(request)
    found = principal_for_key(svc, key)
    if found is None:
        count_failed_authentication(request)
        raise AuthenticationError("invalid or revoked API key")
    return found


def refuse_if_guessing(request: Request) -> None:
    """A 429 for an address that made ``auth_failures_per_minute`` failed authentications (API or web sign-in) in
    the last minute: checked before its key, so that no answer tells a guesser it found one."""
    svc: Services = request.app.state.services
    failures = svc.settings.auth_failures_per_minute
    if failures:
        what = f"too many failed authentications from this address (at most {failures} a minute)"
        scope = f"authfail:{client_address(request)}"
        _unless_store_down(lambda: svc.limiter.refuse_if_spent(scope, failures, what))


def count_failed_authentication(request: Request) -> None:
    svc: Services = request.app.state.services
    failures = svc.settings.auth_failures_per_minute
    if failures:
        scope = f"authfail:{client_address(request)}"
        _unless_store_down(lambda: svc.limiter.count(scope, failures))


def _unless_store_down(work: Callable[[], None]) -> None:
    """The failed-authentication throttle does not stop the service while Redis is down (the keys still do)."""
    try:
        work()
    except ServiceUnavailableError as exc:
        log.warning("failed authentications not throttled: %s", exc.message)


def authenticate(request: Request) -> Principal:
    """The dependency of every /v1 route: the caller (as :func:`identify` found it, once per request), within its
    rate limit."""
    request.state.started = time.perf_counter()
    svc: Services = request.app.state.services
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:
        principal = request.state.principal = identify(request)
    svc.limiter.admit(key_scope(principal), key_budget(svc.settings, principal))
    return principal


def limit_model(request: Request, model_id: str) -> None:
    """Count the request against its key's budget on ``model_id``, where the settings' ``limits.models`` set one."""
    svc: Services = request.app.state.services
    budget = svc.settings.limits.models.get(model_id)
    principal: Principal | None = getattr(request.state, "principal", None)
    if budget is not None and principal is not None:
        svc.limiter.admit(model_scope(principal, model_id), budget)


def chosen_model(request: Request, name: str | None, type_: ModelType = ModelType.TEXT_GENERATION) -> str | None:
    """An app route's ``model`` field, checked before any work: an unknown name is a 404 (``model_not_found``), a
    model of another type a 422, never silently replaced by the default. Empty or missing: None (the default)."""
    if not name:
        return None
    services(request).registry.get(name, type_)
    return name


def chat_model(request: Request, name: str | None) -> Model[ChatProvider]:
    """The text-generation model a request names (or the default one), counted against its per-model budget."""
    model = services(request).registry.get(name, ModelType.TEXT_GENERATION)
    limit_model(request, model.id)
    return model


def principal_for_key(svc: Services, key: str) -> Principal | None:
    """Who an API key stands for: the master key, an active key, or nobody."""
    master = svc.settings.master_key
    if master and hmac.compare_digest(key.encode(), master.encode()):
        return MASTER
    return svc.accounts.authenticate(key)


def record_usage(
    request: Request,
    *,
    endpoint: str,
    model: str | None,
    prompt_tokens: int = 0,
    completion_tokens: int = 0,
    status: int = 200,
) -> None:
    principal: Principal | None = getattr(request.state, "principal", None)
    started = getattr(request.state, "started", None)
    latency_ms = (time.perf_counter() - started) * 1000 if started else 0.0
    svc: Services = request.app.state.services
    tokens = prompt_tokens + completion_tokens
    if principal is not None and tokens:
        svc.limiter.spend(key_scope(principal), tokens, key_budget(svc.settings, principal).tpm)
        budget = svc.settings.limits.models.get(model) if model else None
        if budget is not None and model:
            svc.limiter.spend(model_scope(principal, model), tokens, budget.tpm)
    metrics.record_tokens(model, prompt=prompt_tokens, completion=completion_tokens)
    svc.accounts.record(
        UsageRecord(
            endpoint=endpoint,
            model=model,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            latency_ms=latency_ms,
            status=status,
            user_id=principal.user_id if principal else None,
            key_id=principal.key_id if principal else None,
        )
    )


def form_bool(value: object, default: bool, *, param: str) -> bool:
    """A yes/no field of a form or a loose JSON body: ``true``/``false``, ``1``/``0``, ``on``/``off``,
    ``oui``/``non``…; missing or empty: ``default``; anything else is a 400 naming ``param``."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise InvalidRequestError(f"'{param}' must be true or false, not {str(value)[:40]!r}", param=param)


def check_embedding_input(settings: Settings, texts: list[str], *, param: str = "input") -> None:
    """A 413 naming the limit when a text for an embedding model is over ``max_embedding_input_chars``, or all of
    them over ``max_embedding_total_chars`` (a 10 MB string would keep the engine busy for everyone)."""
    each, total = settings.max_embedding_input_chars, settings.max_embedding_total_chars
    for index, text in enumerate(texts):
        if len(text) > each:
            where = param if len(texts) == 1 else f"{param}[{index}]"
            raise PayloadTooLargeError(
                f"{where}: {len(text)} characters, over the limit of {each} per input (max_embedding_input_chars)",
                param=param,
            )
    if sum(map(len, texts)) > total:
        raise PayloadTooLargeError(
            f"{param}: over the limit of {total} characters in all (max_embedding_total_chars)", param=param
        )
