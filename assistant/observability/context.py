"""The request id of what is being done now: an HTTP request, or the queue task it led to.

A channel webhook gets (or is given, through ``X-Request-ID``) an id; the task that answers the
message carries it as an argument and binds it again in the worker, so the log lines of the
webhook, the task and the delivered reply share one id.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Iterator
from contextvars import ContextVar

REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)
_VALID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def new_request_id() -> str:
    """Return a fresh request id (32 hex characters)."""
    return uuid.uuid4().hex


def current_request_id() -> str | None:
    """Return the request id bound in this context, if any."""
    return REQUEST_ID.get()


def accept_request_id(value: str | None) -> str:
    """Return ``value`` when it is a safe id (1-64 of ``A-Za-z0-9._:-``), else a fresh one.

    An id from a client header is echoed into logs and headers, so anything else is replaced.
    """
    return value if value and _VALID.match(value) else new_request_id()


@contextlib.contextmanager
def bound_request_id(value: str | None) -> Iterator[str]:
    """Bind ``value`` (or a fresh id) as the request id for the ``with`` block."""
    rid = accept_request_id(value)
    token = REQUEST_ID.set(rid)
    try:
        yield rid
    finally:
        REQUEST_ID.reset(token)
