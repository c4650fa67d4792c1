"""The HTTP side: an ASGI middleware that ids, logs and counts every request, and ``GET /metrics``.

The middleware takes the caller's ``X-Request-ID`` when it is a safe token (else makes one),
binds it for the request (so work the request queues carries it, see :mod:`.tasks`), returns it
in the response's ``X-Request-ID`` and writes one ``http_request`` JSON line. Metrics are labelled
by the route template (``/wecom/answers/{token}``), never the raw path, to keep their number bounded.
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import FastAPI
from fastapi.responses import Response
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.observability import metrics
from assistant.observability.context import REQUEST_ID, accept_request_id
from assistant.observability.events import log_event

HEADER = "X-Request-ID"
UNMATCHED = "unmatched"
QUIET_ROUTES = frozenset({"/metrics", "/healthz", "/readyz"})  # counted, but no log line per probe


class RequestObservability:
    """Pure ASGI middleware (streaming responses pass through untouched)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI call; HTTP requests are id'd, logged and counted."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(HEADER.lower().encode())
        rid = accept_request_id(incoming.decode("latin-1") if incoming else None)
        token = REQUEST_ID.set(rid)
        status = 500
        start = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                MutableHeaders(scope=message).append(HEADER, rid)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - start
            route = _route_of(scope)
            metrics.observe_http(scope.get("method", "GET"), route, status, seconds)
            if route not in QUIET_ROUTES:
                log_event("http_request", method=scope.get("method"), route=route, path=scope.get("path"),
                          status=status, ms=round(seconds * 1000, 1))
            REQUEST_ID.reset(token)


def _route_of(scope: dict[str, Any]) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return str(path) if path else UNMATCHED


def metrics_endpoint() -> Response:
    """Prometheus metrics in the text exposition format."""
    body, content_type = metrics.exposition()
    return Response(content=body, media_type=content_type)


def instrument(app: FastAPI) -> FastAPI:
    """Add the request middleware and the ``/metrics`` route to ``app``; returns it."""
    app.add_middleware(RequestObservability)
    app.add_api_route("/metrics", metrics_endpoint, methods=["GET"], include_in_schema=False)
    return app
