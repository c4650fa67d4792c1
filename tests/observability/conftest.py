"""Observability fixtures: the JSON event lines captured, and the WeCom fixtures for the end-to-end id test."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from assistant.observability.events import JsonFormatter, event_logger
from tests.channels.wecom.conftest import demo, fake, wecom_settings  # noqa: F401 - fixtures reused here


class Lines(logging.Handler):
    """Collects the JSON lines of the ``crm.events`` logger, parsed (thread-safe)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines: list[dict[str, Any]] = []
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        """Parse the formatted line and keep it."""
        parsed = json.loads(self.format(record))
        with self._guard:
            self.lines.append(parsed)

    def of(self, event: str) -> list[dict[str, Any]]:
        """The lines of one event kind."""
        with self._guard:
            return [ln for ln in self.lines if ln.get("event") == event]


@pytest.fixture
def events() -> Iterator[Lines]:
    """Every JSON event line written while the test runs."""
    handler = Lines()
    logger = event_logger()
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
