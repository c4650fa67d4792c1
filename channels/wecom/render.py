"""A reply → WeCom ``message/send`` bodies: plain text in ≤ 2048-byte parts, or one textcard.

Markdown is not rendered in the WeChat plugin view, so replies go as plain text. Buttons
become a line asking for a 是/否 reply; attachments are named. A reply that would need more
than :data:`MAX_PARTS` parts goes as one ``textcard`` (title ≤ 128 B, description ≤ 512 B)
linking to the web view of the whole answer, when ``PUBLIC_BASE_URL`` is set.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Any

from channels.base import OutboundReply
from channels.splitting import split_text, utf8_len

TEXT_LIMIT = 2048
TITLE_LIMIT = 128
DESCRIPTION_LIMIT = 512
MAX_PARTS = 3


def confirmation_prompt(reply: OutboundReply) -> str:
    """Return the buttons of ``reply`` as an instruction to answer in text (``请回复「是」或「否」``)."""
    if not reply.buttons:
        return ""
    values = [b.value for b in reply.buttons]
    zh = "请回复" + "或".join(f"「{v}」" for v in values)
    labels = {b.label for b in reply.buttons} - set(values)
    return zh if not labels else f"{zh}（{' / '.join(f'{b.label} = {b.value}' for b in reply.buttons)}）"


def body_text(reply: OutboundReply) -> str:
    """Return the reply as plain text, without the confirmation prompt (attachments named, link appended)."""
    parts = [reply.text.strip()]
    parts += [f"[{a.filename}]" for a in [*reply.images, *reply.files]]
    if reply.link:
        parts.append(reply.link)
    return "\n".join(p for p in parts if p)


def text_message(content: str) -> dict[str, Any]:
    """Return a ``text`` message body with a key that identifies it across merges."""
    return {"msgtype": "text", "text": {"content": content}, "key": uuid.uuid4().hex}


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` UTF-8 bytes on a sentence boundary when possible, with an ellipsis."""
    if utf8_len(text) <= limit:
        return text
    head = split_text(text, limit - 3, size=utf8_len)[0]
    while utf8_len(head + "…") > limit:
        head = head[:-1]
    return head + "…"


def textcard(title: str, text: str, link: str) -> dict[str, Any]:
    """Return a ``textcard`` message: the title, the answer's opening and a link to the whole answer."""
    limit = DESCRIPTION_LIMIT
    description = html.escape(clip(text.strip(), limit), quote=False)
    while utf8_len(description) > DESCRIPTION_LIMIT:  # escaping grew it: clip the raw text more
        limit -= 32
        description = html.escape(clip(text.strip(), limit), quote=False)
    card = {"title": clip(title, TITLE_LIMIT), "description": description, "url": link, "btntxt": "查看全文"}
    return {"msgtype": "textcard", "textcard": card, "key": uuid.uuid4().hex}


def render(reply: OutboundReply, *, store: Callable[[str, str], str] | None = None) -> list[dict[str, Any]]:
    """Return the ``message/send`` bodies for ``reply``, in order.

    Args:
        reply: The answer.
        store: Keeps a long answer for its web view and returns its link (None: always send parts).
    """
    body, prompt = body_text(reply), confirmation_prompt(reply)
    whole = "\n\n".join(p for p in (body, prompt) if p)
    parts = split_text(whole, TEXT_LIMIT, size=utf8_len) if whole else []
    if len(parts) > MAX_PARTS and store is not None:
        title = reply.title or body.splitlines()[0]
        messages = [textcard(title, body, store(title, body))]
        return messages + ([text_message(prompt)] if prompt else [])
    return [text_message(p) for p in parts]


def merge(first: dict[str, Any], following: list[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """Join ``first`` and as many of the ``following`` text messages as fit in one 2048-byte text.

    Returns:
        The merged message and how many of ``following`` it took in.
    """
    if first.get("msgtype") != "text":
        return first, 0
    content, taken = first["text"]["content"], 0
    for message in following:
        if message.get("msgtype") != "text":
            break
        joined = f"{content}\n\n{message['text']['content']}"
        if utf8_len(joined) > TEXT_LIMIT:
            break
        content, taken = joined, taken + 1
    return {**first, "text": {"content": content}}, taken
