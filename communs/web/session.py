"""The browser's side of sessions: the cookies, and CSRF checks for the web app's own forms.

Signed in, a page's forms carry the session's CSRF token (and its scripts send it as the
``X-CSRF-Token`` header to /v1, checked by :func:`communs.api.deps.authenticate`). Before sign-in,
the sign-in form is guarded by a double-submit token: a random value both in an HTTP-only cookie
and in the form, which another site can neither read nor set.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request
from fastapi.responses import Response

from communs.accounts.sessions import SESSION_COOKIE, SESSION_LIFETIME, WebSession
from communs.api.deps import services, web_session

SIGNIN_CSRF_COOKIE = "communs_signin_csrf"
CSRF_FIELD = "csrf_token"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def current(request: Request) -> WebSession | None:
    """The signed-in session of this request, if any."""
    return web_session(request)


def open_session(request: Request, response: Response, key: str) -> None:
    """Open a session for a checked key and set its cookie on ``response``."""
    store = services(request).sessions
    assert store is not None
    previous = request.cookies.get(SESSION_COOKIE)
    if previous:  # signing in again: the old session ends (no fixation, no leftovers)
        store.delete(previous)
    session_id, _ = store.create(key)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=_secure(request),
        path="/",
    )
    response.delete_cookie(SIGNIN_CSRF_COOKIE, path="/connexion")


def close_session(request: Request, response: Response) -> None:
    """Delete the session server-side and its cookie."""
    store = services(request).sessions
    cookie = request.cookies.get(SESSION_COOKIE)
    if store is not None and cookie:
        store.delete(cookie)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax", secure=_secure(request))


def signin_token(request: Request) -> str:
    """The double-submit token of the sign-in form: the cookie's, or a new one (set it with
    :func:`set_signin_token`)."""
    return request.cookies.get(SIGNIN_CSRF_COOKIE) or secrets.token_urlsafe(32)


def set_signin_token(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        SIGNIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request), path="/connexion"
    )


def signin_token_matches(request: Request, submitted: str | None) -> bool:
    cookie = request.cookies.get(SIGNIN_CSRF_COOKIE)
    return bool(cookie and submitted) and hmac.compare_digest(cookie.encode(), submitted.encode())  # type: ignore[union-attr]


def form_token_matches(session: WebSession, submitted: str | None) -> bool:
    return session.csrf_matches(submitted)
