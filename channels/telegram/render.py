"""Render an :class:`~channels.base.OutboundReply` as Telegram messages (JSON-safe payloads).

Telegram's HTML mode is used because model output breaks MarkdownV2: every character from
the model, the CRM or a customer is escaped, and only the title is bold. Each payload also
carries the same chunk as plain text, which :mod:`channels.telegram.channel` sends when
Telegram rejects the HTML. Long answers are split on sentence boundaries so that each message
stays within 4096 characters (measured on the escaped text in UTF-16 code units, as Telegram
counts, so both forms fit); the confirmation buttons go on the last part as an inline keyboard.
"""

from __future__ import annotations

import base64
import html
from typing import Any

from channels.base import Attachment, OutboundReply
from channels.splitting import split_text

MESSAGE_LIMIT = 4096
CALLBACK_DATA_LIMIT = 64  # bytes


def escape(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (``<``, ``>``, ``&``)."""
    return html.escape(text, quote=False)


def utf16_len(text: str) -> int:
    """Length of ``text`` as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def _escaped_size(text: str) -> int:
    return utf16_len(escape(text))


def callback_data(value: str) -> str:
    """Return ``value`` cut to Telegram's 64-byte ``callback_data`` limit (never inside a character)."""
    data = value.encode("utf-8")[:CALLBACK_DATA_LIMIT]
    return data.decode("utf-8", errors="ignore")


def _attachment(kind: str, item: Attachment) -> dict[str, Any]:
    return {
        kind: base64.b64encode(item.data).decode("ascii"),
        "filename": item.filename,
        "mime": item.mime,
    }


def render(reply: OutboundReply) -> list[dict[str, Any]]:
    """Return the Telegram messages for ``reply``, in order.

    Text payloads are ``{"html", "text", "buttons"}`` (``buttons`` as ``[[label, data], ...]`` on
    the last text part only); images and files follow as ``{"photo"|"document": base64, ...}``.
    """
    body = reply.text.strip()
    if reply.link:
        body = f"{body}\n\n{reply.link}" if body else reply.link
    title = (reply.title or "").strip()
    reserve = utf16_len(f"<b>{escape(title)}</b>\n") if title else 0
    chunks = split_text(body, MESSAGE_LIMIT - reserve, size=_escaped_size) if body else []
    if not chunks and title:
        chunks = [""]
    payloads: list[dict[str, Any]] = []
    for i, chunk in enumerate(chunks):
        head_html = f"<b>{escape(title)}</b>\n" if title and i == 0 else ""
        head_text = f"{title}\n" if title and i == 0 else ""
        payloads.append({"html": (head_html + escape(chunk)).strip(), "text": (head_text + chunk).strip(),
                         "buttons": []})
    if reply.buttons:
        if not payloads:
            payloads.append({"html": "…", "text": "…", "buttons": []})
        payloads[-1]["buttons"] = [[b.label, callback_data(b.value)] for b in reply.buttons]
    payloads.extend(_attachment("photo", image) for image in reply.images)
    payloads.extend(_attachment("document", item) for item in reply.files)
    return payloads
