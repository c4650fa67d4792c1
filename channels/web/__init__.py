"""The web chat: login, chat with streamed answers, uploads, manager and QA pages, and the JSON API.

:func:`mount` adds the routes, the signed-session middleware (``SECRET_KEY``), the static
files (plain JS/CSS served from this package; nothing from a CDN) and registers the web
channel. In production (``ENVIRONMENT=production``) ``/docs``, ``/openapi.json`` and the
status page's counts are for logged-in admins only.
"""

from __future__ import annotations

import html
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from assistant.config import get_settings
from channels import registry
from channels.web import api, pages
from channels.web.channel import WebChannel
from channels.web.security import session_user

ADMIN_ONLY = ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect")


def _gate(app: FastAPI) -> None:
    @app.middleware("http")
    async def admin_only_in_production(request: Request, call_next):
        path = request.url.path
        if get_settings().environment == "production" and (path in ADMIN_ONLY or path == "/status"):
            user = session_user(request)
            if user is None or user.role != "admin":
                if path == "/status":
                    rows = "".join(f"<li>{html.escape(n)}: {html.escape(v)}</li>"
                                   for n, v in sorted(registry.status().items()))
                    return HTMLResponse(f'<!doctype html><meta charset="utf-8"><title>status</title>'
                                        f"<h1>销售助手 · status</h1><ul>{rows}</ul>")
                return JSONResponse({"detail": "Not Found"}, status_code=404)
        return await call_next(request)


def mount(app: FastAPI) -> bool:
    """Add the web chat to ``app`` (always on: it needs no platform credentials)."""
    settings = get_settings()
    _gate(app)
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key.get_secret_value(),
        session_cookie="crm_session",
        max_age=12 * 3600,
        same_site="lax",
        https_only=settings.environment == "production",
    )
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)

    @app.exception_handler(pages.LoginRequired)
    async def to_login(_request: Request, _exc: Exception) -> Response:
        return RedirectResponse("/login", status_code=303)

    registry.register(WebChannel())
    return True
