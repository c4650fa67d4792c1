"""The WeCom channel: render replies, deliver them through ``message/send`` within the send limits, fetch media.

WeCom drops messages over **30 per minute or 1000 per hour per member** without telling
anyone, so :meth:`WeComChannel.deliver` counts what was sent to the member
(``inbox.sent_since``) and raises :class:`RetryLater` when a window is full: the parts stay
queued, in order, and are never dropped. When more parts are queued for a member than the
minute still allows, consecutive text parts are merged into one message (≤ 2048 bytes).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path
from typing import Any

from assistant.config import get_settings
from assistant.inbox import service as inbox
from assistant.inbox.media import MediaError
from assistant.inbox.messages import Inbound
from channels.base import OutboundReply, RetryLater
from channels.wecom import answers, render
from channels.wecom.api import WeComAPI, WeComError
from channels.wecom.config import WeComConfig

log = logging.getLogger(__name__)

PER_MINUTE = 30
PER_HOUR = 1000
MAX_MEDIA_BYTES = 20 * 1024 * 1024  # media/get serves up to 20 MB in one piece
WORKING = {"zh": "正在处理…", "en": "Working on it…"}


class WeComChannel:
    """Replies to WeCom members through the self-built app."""

    name = "wecom"

    def __init__(self, config: WeComConfig, api: WeComAPI | None = None) -> None:
        """Use ``config`` (and ``api``, default a client for it)."""
        self.config = config
        self.api = api or WeComAPI(config)

    # --- render ---------------------------------------------------------------------------------
    def render(self, reply: OutboundReply) -> list[dict[str, Any]]:
        """Plain-text parts ≤ 2048 bytes, or a textcard linking to the whole answer (see :mod:`.render`)."""
        base = self.config.public_base_url
        store = (lambda title, text: answers.url(base, answers.store(title, text))) if base else None
        return render.render(reply, store=store)

    # --- deliver --------------------------------------------------------------------------------
    def budget(self, chat_id: str) -> int:
        """How many more messages ``chat_id`` may get now (0: wait).

        Raises:
            RetryLater: a minute or hour window is full.
        """
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        minute = inbox.sent_since(channel=self.name, chat_id=chat_id, since=now - dt.timedelta(minutes=1))
        if minute >= PER_MINUTE:
            raise RetryLater(60, f"WeCom limit of {PER_MINUTE} messages a minute to {chat_id}")
        hour = inbox.sent_since(channel=self.name, chat_id=chat_id, since=now - dt.timedelta(hours=1))
        if hour >= PER_HOUR:
            raise RetryLater(300, f"WeCom limit of {PER_HOUR} messages an hour to {chat_id}")
        return min(PER_MINUTE - minute, PER_HOUR - hour)

    def deliver(self, chat_id: str, payload: dict[str, Any]) -> None:
        """Send one rendered message to the member ``chat_id`` (merging queued parts when short of quota).

        Raises:
            RetryLater: the member's send window is full, or WeCom's frequency limit was hit.
            WeComError: WeCom refused the message.
        """
        key = payload.get("key")
        if key and inbox.get_state(f"wecom:merged:{key}"):
            return  # already sent inside an earlier merged message
        remaining = self.budget(chat_id)
        queue = [p for p in inbox.unsent(channel=self.name) if p.chat_id == chat_id] if key else []
        keys = [p.payload.get("key") for p in queue]
        message, merged = payload, []
        if key in keys and len(queue) > remaining:
            following = queue[keys.index(key) + 1 :]
            message, taken = render.merge(payload, [p.payload for p in following])
            merged = following[:taken]
        self.api.send(chat_id, {k: v for k, v in message.items() if k != "key"})
        for part in merged:
            inbox.put_state(f"wecom:merged:{part.payload['key']}", "1", ttl=dt.timedelta(days=2))
            inbox.mark_sent(part.id)
        if merged:
            log.info("merged %d queued part(s) into one message to %s", len(merged), chat_id)

    # --- media ----------------------------------------------------------------------------------
    def download(self, msg: Inbound) -> Path:
        """Fetch the voice or file of ``msg`` (``media/get``) into ``DATA_DIR``, after a "working…" reply.

        Raises:
            MediaError: the file is too large, expired (media lives 3 days) or refused by WeCom.
        """
        media = msg.media or {}
        self._working(msg)
        name = _safe_name(media.get("filename") or str(media.get("ref", ""))[:24] or "media")
        dest = get_settings().data_dir / "wecom" / "media" / f"{msg.id}-{name}"
        try:
            return self.api.download(str(media.get("ref", "")), dest, max_bytes=MAX_MEDIA_BYTES)
        except WeComError as exc:
            raise MediaError(f"WeCom could not provide the file ({exc}).", f"无法从企业微信获取该文件（{exc}）。") from exc

    def _working(self, msg: Inbound) -> None:
        """Say "working…" once per message (never twice across retries), if the send quota allows."""
        if not inbox.acquire_state(f"wecom:working:{msg.id}", "1", ttl=dt.timedelta(days=3)):
            return
        ctx = inbox.context(self.name, msg.sender_id, msg.chat_id)
        text = WORKING.get(ctx.language if ctx else "zh", WORKING["zh"])
        try:
            if self.budget(msg.chat_id) > 1:
                self.api.send(msg.chat_id, {"msgtype": "text", "text": {"content": text}})
        except (RetryLater, WeComError) as exc:
            log.info("no working… reply to %s: %s", msg.chat_id, exc)


def _safe_name(name: str) -> str:
    """Return a file name safe to write (letters, digits, dot, dash, underscore, CJK), at most 80 characters."""
    cleaned = re.sub(r"[^\w.\-]+", "_", Path(name).name).strip("._") or "media"
    return cleaned[-80:]
