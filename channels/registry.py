"""Which channels are on: each channel registers itself when its credentials are set.

A channel whose credentials are unset is off; :func:`status` says so for the log and the
status page. Tests register a :class:`channels.base.CollectingChannel` under any name.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Iterator
from types import ModuleType

from channels.base import Channel

log = logging.getLogger(__name__)
CHANNEL_PACKAGES = ("channels.web", "channels.wecom", "channels.telegram")  # each may mount routes and a sender
_LOCK = threading.Lock()
_CHANNELS: dict[str, Channel] = {}
_OFF: dict[str, str] = {}


def register(channel: Channel) -> None:
    """Make ``channel`` the sender for its name."""
    with _LOCK:
        _CHANNELS[channel.name] = channel
        _OFF.pop(channel.name, None)


def mark_off(name: str, why: str) -> None:
    """Record that a channel is off and why (logged once)."""
    with _LOCK:
        _CHANNELS.pop(name, None)
        _OFF[name] = why
    log.warning("channel %s is off: %s", name, why)


def get(name: str) -> Channel:
    """Return the channel registered as ``name``.

    Raises:
        LookupError: the channel is off.
    """
    with _LOCK:
        channel = _CHANNELS.get(name)
    if channel is None:
        raise LookupError(f"channel {name!r} is off: {_OFF.get(name, 'not configured')}")
    return channel


def status() -> dict[str, str]:
    """``{name: "on" | "off: why"}`` for every channel known."""
    with _LOCK:
        return {**{n: "on" for n in _CHANNELS}, **{n: f"off: {w}" for n, w in _OFF.items()}}


def clear() -> None:
    """Forget every registration (tests)."""
    with _LOCK:
        _CHANNELS.clear()
        _OFF.clear()


def channel_modules() -> Iterator[ModuleType]:
    """Import and yield each channel package that exists (``CHANNEL_PACKAGES``, in order)."""
    for name in CHANNEL_PACKAGES:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
