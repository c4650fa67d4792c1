"""The LangChain boundary of a tool result: serialised to JSON once, the structure carried alongside.

A tool's :data:`~assistant.tools.results.Result` leaves the tool as a ``ToolMessage`` whose
``content`` is the compact JSON the model reads (the one serialisation) and whose ``artifact``
is the same result in plain JSON data (dicts, lists, strings, numbers, booleans, None), so
the graph, the offline engine and the reply read the structure without parsing it back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

from langchain_core.messages import ToolMessage

from assistant.tools import results as R


def plain(value: Any) -> Any:
    """Return ``value`` as the JSON data it serialises to (tuples → lists, other objects → ``str``)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping):
        return {_key(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return str(value)


def _key(key: Any) -> str:
    return (
        key if isinstance(key, str) else json.dumps(key) if key is None or isinstance(key, bool) else str(key)
    )


def content_and_artifact(result: R.Result) -> tuple[str, R.Result]:
    """Return what a tool hands to LangChain: the JSON text for the model and the plain result."""
    artifact: R.Result = plain(result)
    return R.to_json(artifact), artifact


def tool_message(
    result: R.Result, *, tool_call_id: str, name: str, status: Literal["success", "error"] = "success"
) -> ToolMessage:
    """Build the ``ToolMessage`` answering a tool call with ``result``."""
    content, artifact = content_and_artifact(result)
    return ToolMessage(content, artifact=artifact, tool_call_id=tool_call_id, name=name, status=status)


def result_of(message: ToolMessage) -> R.Result | None:
    """Return the structured result a ``ToolMessage`` carries, or None when it carries none."""
    artifact = message.artifact
    return artifact if isinstance(artifact, dict) and "status" in artifact else None
