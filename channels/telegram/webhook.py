"""``POST /telegram/webhook``: the Bot API's webhook, inside our FastAPI app.

The secret header is checked first (wrong or missing → 403, nothing parsed). The update is
then handed to the PTB application (``process_update``), whose handlers persist it once per
``update_id`` and queue it; the route answers 200 as soon as that is done — an update is
never acknowledged before it is stored, because Telegram resends only what got a non-2xx
answer. A storage failure answers 503, so Telegram tries again later.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request
from telegram.ext import Application

from channels.telegram.application import failures, parse_update

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # an update is a few KB; Telegram sends no files in webhooks
UPDATE_SCHEMA: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {
            "type": "object", "required": ["update_id"], "properties": {"update_id": {"type": "integer"}},
            "description": "A Telegram Update (https://core.telegram.org/bots/api#update)",
        }}},
    }
}


class Runtime:
    """Initialises and starts the PTB application on first use, in the server's event loop."""

    def __init__(self, application: Application) -> None:
        self.application = application
        self._lock: asyncio.Lock | None = None

    async def ensure_started(self) -> None:
        """Initialise (``getMe``) and start the application once."""
        if self.application.running:
            return
        self._lock = self._lock or asyncio.Lock()
        async with self._lock:
            if not self.application.running:
                await self.application.initialize()
                await self.application.start()

    async def stop(self) -> None:
        """Stop the application if it was started."""
        if self.application.running:
            await self.application.stop()
            await self.application.shutdown()


def _check_secret(request: Request, secret: str) -> None:
    given = request.headers.get(SECRET_HEADER, "")
    if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
        raise HTTPException(403, f"wrong or missing {SECRET_HEADER}")


async def _read_update(request: Request) -> dict[str, Any]:
    if int(request.headers.get("content-length") or 0) > MAX_BODY:
        raise HTTPException(413, "update too large")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise HTTPException(413, "update too large")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, f"body is not JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        raise HTTPException(400, "body is not a Telegram update (no integer update_id)")
    return data


def router(runtime: Runtime, secret: str) -> APIRouter:
    """Return the webhook route for ``runtime``'s application, checking ``secret``."""
    api = APIRouter(tags=["telegram"])

    @api.post(
        "/telegram/webhook",
        openapi_extra=UPDATE_SCHEMA,
        responses={400: {"description": "not a Telegram update"}, 403: {"description": "wrong secret"},
                   413: {"description": "too large"}, 503: {"description": "not stored; Telegram retries"}},
    )
    async def telegram_webhook(request: Request) -> dict[str, bool]:
        """Receive one Telegram update: stored once per update_id and queued; answered at once."""
        _check_secret(request, secret)
        data = await _read_update(request)
        try:
            update = parse_update(data, runtime.application)
        except Exception as exc:  # PTB raises assorted errors on malformed objects
            raise HTTPException(400, f"malformed update: {exc}") from exc
        try:
            await runtime.ensure_started()
        except Exception as exc:
            log.exception("telegram application failed to start")
            raise HTTPException(503, "the bot is not ready; try again") from exc
        box: list[BaseException] = []
        token = failures.set(box)
        try:
            await runtime.application.process_update(update)
        finally:
            failures.reset(token)
        if box:
            log.error("telegram update %s not stored: %r", data["update_id"], box[0])
            raise HTTPException(503, "update not stored; try again")
        return {"ok": True}

    return api


def stop_with(app: FastAPI, runtime: Runtime) -> None:
    """Stop ``runtime`` when the app shuts down (wrapping the app's own lifespan)."""
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: FastAPI) -> AsyncIterator[Any]:
        async with inner(a) as state:
            try:
                yield state
            finally:
                await runtime.stop()

    app.router.lifespan_context = lifespan
