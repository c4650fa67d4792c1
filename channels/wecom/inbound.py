"""WeCom callback XML → the fields of an accepted inbound message.

WeCom posts ``<xml><ToUserName/><Encrypt/><AgentID/></xml>``; the decrypted payload is another
flat ``<xml>`` with ``FromUserName``, ``CreateTime``, ``MsgType`` and the type's fields. XML with
a DOCTYPE or entities is refused before parsing (no entity expansion, no external lookups).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

MAX_BODY_BYTES = 64 * 1024  # a callback is < 4 KB; anything near this is not WeCom
UNSUPPORTED = ("image", "video", "location", "link")


class BadCallback(ValueError):
    """A callback the server refuses: ``status`` (400/403/413) and a reason for the response body."""

    def __init__(self, reason: str, status: int = 400) -> None:
        """Keep the HTTP status."""
        super().__init__(reason)
        self.status = status


def parse_xml(data: bytes | str) -> dict[str, str]:
    """Return the text of the root's child elements of a flat ``<xml>`` document.

    Raises:
        BadCallback: not XML, not ``<xml>``, or with a DOCTYPE/entity declaration.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        raise BadCallback("XML with DOCTYPE or ENTITY declarations is not accepted")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise BadCallback(f"malformed XML: {exc}") from exc
    if root.tag != "xml":
        raise BadCallback("expected an <xml> document")
    return {child.tag: (child.text or "").strip() for child in root}


def dedupe_key(fields: dict[str, str]) -> str:
    """``MsgId`` for messages; ``FromUserName`` + ``CreateTime`` (+ event name) for events."""
    if fields.get("MsgId"):
        return fields["MsgId"]
    return f"event:{fields.get('FromUserName', '')}:{fields.get('CreateTime', '')}:{fields.get('Event', '')}"


def to_accept(fields: dict[str, str]) -> dict[str, Any] | None:
    """Map a decrypted message to :func:`assistant.inbox.service.accept` keyword arguments.

    Returns:
        The fields to persist, or None for what needs no answer (entering the app, an unknown type).

    Raises:
        BadCallback: a required field is missing.
    """
    sender, msg_type = fields.get("FromUserName"), fields.get("MsgType")
    if not sender or not msg_type or not fields.get("CreateTime"):
        raise BadCallback("FromUserName, CreateTime and MsgType are required")
    base: dict[str, Any] = {"channel": "wecom", "dedupe_key": dedupe_key(fields), "chat_id": sender,
                            "sender_id": sender, "request_id": fields.get("MsgId")}
    if msg_type == "text":
        text = fields.get("Content", "")
        return {**base, "kind": "command" if text.startswith("/") else "text", "text": text}
    if msg_type in ("voice", "file"):
        media_id = fields.get("MediaId")
        if not media_id:
            raise BadCallback(f"a {msg_type} message needs a MediaId")
        fmt = (fields.get("Format") or "amr").lower()
        name = fields.get("FileName") or (f"{fields.get('MsgId') or 'voice'}.{fmt}" if msg_type == "voice" else None)
        mime = f"audio/{fmt}" if msg_type == "voice" else None
        return {**base, "kind": msg_type, "media": {"ref": media_id, "filename": name, "mime": mime}}
    if msg_type in UNSUPPORTED:
        return {**base, "kind": "command", "text": "/help"}
    if msg_type == "event":
        event, key = fields.get("Event", "").lower(), fields.get("EventKey", "")
        if event == "subscribe":
            return {**base, "kind": "command", "text": "/start"}
        if event == "click" and key.startswith("/"):
            return {**base, "kind": "command", "text": key}
        return None
    return None  # a message type WeCom added later: acknowledged, not answered
