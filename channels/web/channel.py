"""The web as a channel: replies are stored for the browser, which reads them from the stream or the page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.inbox.messages import Inbound
from channels.base import OutboundReply


class WebChannel:
    """Renders a reply to one stored part; "delivering" it is the browser reading it (nothing to send)."""

    name = "web"

    def render(self, reply: OutboundReply) -> list[dict[str, Any]]:
        """One part: the reply with its Markdown and buttons."""
        return [{"kind": "reply", **reply.to_dict()}]

    def deliver(self, chat_id: str, payload: dict[str, Any]) -> None:
        """Nothing to push: the SSE stream and the pages read the stored parts."""

    def download(self, msg: Inbound) -> Path:
        """Return the upload's path (it is already on disk)."""
        path = (msg.media or {}).get("path")
        if not path:
            raise FileNotFoundError("the upload has no stored file")
        return Path(path)
