"""Who is logged in (a signed session cookie) and the per-session CSRF token checked on every POST."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import HTTPException, Request
from fastapi import Path as PathParam

from assistant.views.auth import WebUser, current_user

RecordId = Annotated[int, PathParam(ge=1, le=2**31 - 1, description="A record id (a positive 32-bit integer)")]

CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


def csrf_token(request: Request) -> str:
    """Return the session's CSRF token (created on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    """Refuse a POST whose CSRF token (header or form field) is not the session's (403)."""
    expected = request.session.get("csrf")
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        given = (await request.form()).get(CSRF_FIELD)
    if not expected or not isinstance(given, str) or not secrets.compare_digest(expected, given):
        raise HTTPException(403, "missing or wrong CSRF token")


def session_user(request: Request) -> WebUser | None:
    """Return the logged-in, still active user (a deactivated user's session ends)."""
    login = request.session.get("login")
    if not login:
        return None
    user = current_user(login)
    if user is None:
        request.session.clear()
    return user


def api_user(request: Request) -> WebUser:
    """Return the logged-in user of an API call (401 when there is none)."""
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "log in first")
    return user


def log_in(request: Request, user: WebUser) -> None:
    """Start a fresh session for ``user`` (a new CSRF token too)."""
    request.session.clear()
    request.session["login"] = user.login
    request.session["csrf"] = secrets.token_urlsafe(24)
