"""Structured logs: one JSON object per line on the ``crm.events`` logger (stderr by default).

Every line has ``ts`` (UTC, ISO 8601), ``event`` and ``request_id`` (when one is bound), then the
event's own fields. The logger does not propagate, so a host's plain-text logging configuration
(uvicorn's) neither duplicates nor reformats these lines.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any

from assistant.observability.context import current_request_id

LOGGER_NAME = "crm.events"


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON line: its ``fields`` extra, else its message, plus time and request id."""

    def format(self, record: logging.LogRecord) -> str:
        """Render ``record`` as a JSON object on one line."""
        line: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line.update(fields)
        else:
            line["event"] = "log"
            line["logger"] = record.name
            line["message"] = record.getMessage()
        rid = getattr(record, "request_id", None) or current_request_id()
        if rid:
            line.setdefault("request_id", rid)
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(line, ensure_ascii=False, default=str, separators=(",", ":"))


def event_logger() -> logging.Logger:
    """Return the ``crm.events`` logger, with its JSON handler on stderr on first use."""
    logger = logging.getLogger(LOGGER_NAME)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def log_event(event: str, *, level: int = logging.INFO, **fields: Any) -> None:
    """Write one JSON line: ``{"ts", "level", "event", "request_id", **fields}``."""
    rid = current_request_id()
    payload = {"event": event, **({"request_id": rid} if rid else {}), **fields}
    event_logger().log(level, event, extra={"fields": payload})
