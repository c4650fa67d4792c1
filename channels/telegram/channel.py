"""The Telegram channel: deliver rendered messages and fetch media through PTB's :class:`telegram.Bot`.

The worker calls :meth:`TelegramChannel.deliver` from its own (synchronous) thread, so each call
runs PTB's coroutines on a fresh event loop with a bot of its own (``asyncio.run``): nothing is
shared between worker threads or with the web server's loop. A flood wait (``RetryAfter``)
becomes :class:`channels.base.RetryLater` — the worker reschedules that chat and goes on with
the others; it never sleeps. HTML that Telegram refuses (``BadRequest``, e.g. "can't parse
entities") is sent again as plain text.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
import mimetypes
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, RetryAfter
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from assistant.config import get_settings
from assistant.inbox.media import MediaError
from assistant.inbox.messages import Inbound
from channels.base import OutboundReply, RetryLater
from channels.telegram.render import render

log = logging.getLogger(__name__)
# PTB 22 warns on every RetryAfter that its int form will become a timedelta; both are handled here.
warnings.filterwarnings("ignore", message=".*`retry_after` will be of type", category=PTBDeprecationWarning)
T = TypeVar("T")
DOWNLOAD_LIMIT = 20 * 1024 * 1024  # the Bot API serves files up to 20 MB


def api_urls(api_base: str) -> tuple[str, str]:
    """Return PTB's ``base_url`` and ``base_file_url`` for a Bot API server root (PTB appends the token)."""
    root = api_base.rstrip("/")
    return f"{root}/bot", f"{root}/file/bot"


def retry_seconds(exc: RetryAfter) -> float:
    """Seconds Telegram asked to wait (PTB 22 gives an int or a timedelta)."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def _keyboard(buttons: list[list[str]]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in buttons]])


def _too_big() -> MediaError:
    return MediaError(
        "This file is larger than 20 MB, the most a Telegram bot can download. "
        "Please upload it on the web page instead.",
        "文件超过 20 MB，Telegram 机器人无法下载。请在网页版上传该文件。",
    )


@dataclass
class TelegramChannel:
    """Sends replies with the Bot API at ``api_base`` (the official server, a local one, or a test stub)."""

    token: str
    api_base: str = "https://api.telegram.org"
    name: str = "telegram"

    @classmethod
    def from_settings(cls) -> TelegramChannel:
        """Build the channel from ``TELEGRAM_BOT_TOKEN`` and ``TELEGRAM_API_BASE``."""
        s = get_settings()
        return cls(token=s.telegram_bot_token.get_secret_value(), api_base=s.telegram_api_base)

    def bot(self) -> Bot:
        """Return a new PTB bot for this token and server (one per event loop)."""
        base_url, base_file_url = api_urls(self.api_base)
        request = HTTPXRequest(connect_timeout=10.0, read_timeout=30.0, write_timeout=30.0)
        return Bot(self.token, base_url=base_url, base_file_url=base_file_url, request=request)

    def _run(self, call: Callable[[Bot], Awaitable[T]]) -> T:
        """Run ``call(bot)`` to completion on a fresh event loop in the calling thread."""

        async def main() -> T:
            bot = self.bot()
            await bot.request.initialize()  # no getMe: the worker only sends
            try:
                return await call(bot)
            finally:
                await bot.request.shutdown()

        try:
            return asyncio.run(main())
        except RetryAfter as exc:
            raise RetryLater(retry_seconds(exc), "Telegram flood control") from exc

    def render(self, reply: OutboundReply) -> list[dict[str, Any]]:
        """HTML messages of ≤ 4096 characters, buttons as an inline keyboard (see :mod:`.render`)."""
        return render(reply)

    def deliver(self, chat_id: str, payload: dict[str, Any]) -> None:
        """Send one rendered message to ``chat_id``.

        Raises:
            RetryLater: Telegram's flood control asked to wait.
            telegram.error.TelegramError: any other refusal (the worker records it).
        """
        self._run(lambda bot: _send(bot, int(chat_id), payload))

    def chat_action(self, chat_id: str, action: str = ChatAction.TYPING) -> None:
        """Show "typing…" (or another action) in a chat; failures are logged, never raised."""
        try:
            self._run(lambda bot: bot.send_chat_action(int(chat_id), action))
        except Exception as exc:  # a missing indicator must not fail the reply
            log.info("sendChatAction to %s failed: %s", chat_id, exc)

    def download(self, msg: Inbound) -> Path:
        """Fetch the message's file (``getFile`` + download) into ``DATA_DIR/telegram``.

        Raises:
            MediaError: larger than the Bot API's 20 MB, or refused by Telegram.
        """
        media = msg.media or {}
        if int(media.get("size") or 0) > DOWNLOAD_LIMIT:
            raise _too_big()
        self.chat_action(msg.chat_id)  # transcription and summaries are the slow work
        folder = get_settings().data_dir / "telegram"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{msg.id}{_suffix(media)}"

        async def fetch(bot: Bot) -> Path:
            file = await bot.get_file(media["ref"])
            if file.file_size and file.file_size > DOWNLOAD_LIMIT:
                raise _too_big()
            return await file.download_to_drive(target)

        try:
            return self._run(fetch)
        except BadRequest as exc:
            if "too big" in str(exc).lower():
                raise _too_big() from exc
            raise MediaError(f"Telegram refused the file: {exc}", f"无法从 Telegram 获取该文件：{exc}") from exc


def _suffix(media: dict[str, Any]) -> str:
    """Return the file extension to store a download under (the summaries choose audio vs text by it)."""
    name = str(media.get("filename") or "")
    suffix = Path(name).suffix.lower()
    if suffix:
        return suffix
    return mimetypes.guess_extension(str(media.get("mime") or "")) or ".bin"


async def _send(bot: Bot, chat_id: int, payload: dict[str, Any]) -> None:
    """Send one payload: a photo, a document, or text as HTML with a plain-text fallback."""
    for kind in ("photo", "document"):
        if kind in payload:
            data = InputFile(base64.b64decode(payload[kind]), filename=payload.get("filename"))
            sender = bot.send_photo if kind == "photo" else bot.send_document
            await sender(chat_id, data)
            return
    markup = _keyboard(payload.get("buttons") or [])
    try:
        await bot.send_message(chat_id, payload["html"], parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as exc:
        log.warning("Telegram refused HTML (%s); sending plain text", exc)
        await bot.send_message(chat_id, payload["text"], reply_markup=markup)
