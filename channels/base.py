"""The channel contract: what arrives (:class:`InboundMessage`), what goes out (:class:`OutboundReply`).

Every channel (web, WeCom, Telegram, the CLI, the collecting test double) speaks this
contract. A reply may carry Markdown, buttons, images and files; a channel that lacks one
of them renders the plain-text fallback (:func:`as_plain_text`) instead of failing — the
graceful degradation of Rasa's channel contract.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

MessageKind = Literal["text", "voice", "audio", "file", "command", "button"]


@dataclass(frozen=True)
class Media:
    """An attachment of an inbound message, as the platform names it (download it at once)."""

    ref: str  # WeCom media_id, Telegram file_id, or a stored upload's path
    filename: str | None = None
    mime: str | None = None
    size: int | None = None


@dataclass(frozen=True)
class InboundMessage:
    """One message from a user on a channel.

    Attributes:
        channel: ``web``, ``wecom``, ``telegram`` or ``cli``.
        chat_id: The chat to answer in (a WeCom userid, a Telegram chat id, a web conversation).
        sender_id: The platform's user id (identity comes from it, never from the text).
        dedupe_key: The platform's message id (WeCom MsgId, Telegram update_id, web client id).
        kind: What it is; ``text`` carries ``text``, media kinds carry ``media``.
    """

    channel: str
    chat_id: str
    sender_id: str
    dedupe_key: str
    kind: MessageKind = "text"
    text: str | None = None
    media: Media | None = None
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class Button:
    """A choice the user can tap; ``value`` is sent back as the user's reply."""

    label: str
    value: str


@dataclass(frozen=True)
class Attachment:
    """An image or a file to send with a reply."""

    filename: str
    data: bytes
    mime: str = "application/octet-stream"


@dataclass
class OutboundReply:
    """What the assistant answers, before a channel renders it.

    Attributes:
        text: Plain text, always present: the fallback every channel can show.
        markdown: The same answer as Markdown, for channels that render it (web).
        buttons: Choices (e.g. 是/否 for a write confirmation).
        images: Charts or pictures.
        files: Documents (a CSV export).
        link: A web view of the full answer (WeCom textcards point at it).
        title: A short title (textcards, notifications).
    """

    text: str
    markdown: str | None = None
    buttons: list[Button] = field(default_factory=list)
    images: list[Attachment] = field(default_factory=list)
    files: list[Attachment] = field(default_factory=list)
    link: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form (attachments by name only)."""
        return {
            "text": self.text,
            "markdown": self.markdown,
            "buttons": [{"label": b.label, "value": b.value} for b in self.buttons],
            "images": [a.filename for a in self.images],
            "files": [a.filename for a in self.files],
            "link": self.link,
            "title": self.title,
        }


def as_plain_text(reply: OutboundReply) -> str:
    """Return the reply for a channel without buttons, attachments or Markdown: choices and links become text."""
    parts = [reply.text.strip()]
    if reply.buttons:
        parts.append(" / ".join(f"{b.label}（回复 {b.value}）" if b.value != b.label else b.label for b in reply.buttons))
    for item in [*reply.images, *reply.files]:
        parts.append(f"[{item.filename}]")
    if reply.link:
        parts.append(reply.link)
    return "\n".join(p for p in parts if p)


class Channel(Protocol):
    """A platform replies are delivered to.

    ``render`` turns a reply into the platform's messages (JSON-safe dicts, stored before
    sending so a re-run sends only what was not sent); ``deliver`` sends one of them and raises
    on failure (:class:`RetryLater` when the platform asks to wait).
    """

    name: str

    def render(self, reply: OutboundReply) -> list[dict[str, Any]]:
        """Return the platform messages for ``reply``, in order."""
        ...

    def deliver(self, chat_id: str, payload: dict[str, Any]) -> None:
        """Send one rendered message to ``chat_id``."""
        ...


class RetryLater(RuntimeError):
    """The platform asked to wait (flood control, a send quota): try this chat again in ``seconds``."""

    def __init__(self, seconds: float, reason: str = "rate limited") -> None:
        """Keep the delay."""
        super().__init__(f"{reason}; retry in {seconds:.0f} s")
        self.seconds = seconds


def send(channel: Channel, chat_id: str, reply: OutboundReply) -> None:
    """Render and deliver ``reply`` at once (no persistence: for notifications and tests)."""
    for payload in channel.render(reply):
        channel.deliver(chat_id, payload)


@dataclass
class CollectingChannel:
    """The test double: renders to plain text and records every delivery instead of sending it."""

    name: str = "collect"
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def render(self, reply: OutboundReply) -> list[dict[str, Any]]:
        """One message: the plain-text fallback plus the structured reply."""
        return [{"text": as_plain_text(reply), "reply": reply.to_dict()}]

    def deliver(self, chat_id: str, payload: dict[str, Any]) -> None:
        """Record ``payload`` for ``chat_id``."""
        self.sent.append((chat_id, payload))

    def texts(self, chat_id: str | None = None) -> list[str]:
        """Return the texts delivered (to one chat, or to all)."""
        return [p["text"] for c, p in self.sent if chat_id is None or c == chat_id]
