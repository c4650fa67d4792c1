"""The one server: FastAPI with the web chat, the JSON API, the WeCom callback and the Telegram webhook.

Each channel package mounts its own routes (``mount(app) -> bool``; False, logged, when its
credentials are unset). With ``QUEUE_IN_PROCESS`` the server also runs a task-queue consumer,
so ``make run`` needs no separate worker; ``crm-assistant worker`` runs more of them.
"""

from __future__ import annotations

import contextlib
import html
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy.exc import OperationalError

from assistant import status
from assistant.config import get_settings
from assistant.observability.asgi import instrument
from channels import registry

log = logging.getLogger(__name__)


def _mount_channels(app: FastAPI) -> None:
    for module in registry.channel_modules():
        mount = getattr(module, "mount", None)
        if mount is not None:
            mount(app)


async def _database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    """Answer 503 with Retry-After while the database is down or restarting (clients retry), no traceback."""
    log.warning("database unavailable: %s", type(exc).__name__)
    return JSONResponse({"detail": "the database is unavailable; try again shortly"}, status_code=503,
                        headers={"Retry-After": "5"})


def create_app(*, run_consumer: bool | None = None) -> FastAPI:
    """Build the web application (``run_consumer`` default: the ``QUEUE_IN_PROCESS`` setting)."""

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        consumer = None
        if get_settings().queue_in_process if run_consumer is None else run_consumer:
            from channels.consumer import start_consumer

            consumer = start_consumer()
        try:
            yield
        finally:
            if consumer is not None:
                consumer.stop(graceful=True)

    app = instrument(FastAPI(title="销售助手 CRM assistant", version="0.1.0", lifespan=lifespan))
    app.add_exception_handler(OperationalError, _database_unavailable)
    _mount_channels(app)

    @app.get("/healthz")
    def healthz() -> dict[str, object]:
        """Liveness and database reachability."""
        return status.health()

    @app.get("/readyz", responses={503: {"description": "not ready: the checks say what is missing"}})
    def readyz() -> JSONResponse:
        """Readiness: database, script store and model files; 503 with the failing checks otherwise."""
        ready, checks = status.readiness()
        return JSONResponse({"ready": ready, "checks": checks}, status_code=200 if ready else 503)

    def status_page() -> str:
        """Show a status page: what is running, which channels are on."""
        n = status.counts()
        rows = "".join(
            f"<li>{html.escape(name)}: {html.escape(v)}</li>" for name, v in sorted(registry.status().items())
        )
        return f"""<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>销售助手</title></head>
<body><h1>销售助手 · status</h1><p>Database <code>{html.escape(status.database_label())}</code>:
{n.users} users, {n.customers} customers, {n.orders} orders.
Model provider: <code>{html.escape(get_settings().llm_provider)}</code>.</p><ul>{rows}</ul></body></html>"""

    app.add_api_route("/status", status_page, response_class=HTMLResponse, methods=["GET"])
    if not any(getattr(r, "path", None) == "/" for r in app.routes):  # the web chat owns "/" when it is on
        app.add_api_route("/", status_page, response_class=HTMLResponse, methods=["GET"])
    return app
