"""The audit log of tool calls: who called which tool with which arguments, and what came back.

Tools use the one audit writer of every entry point (:mod:`assistant.audit`); the run
context is the actor. Rows are written in their own transaction so that denied and failed
calls are recorded even when the tool's own work was rolled back. Each audited call is also
counted in the ``crm_tool_calls`` metric (by tool and outcome).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from assistant.audit import Outcome, Who, recent_audit
from assistant.audit import write_audit as _write_audit
from assistant.observability.metrics import record_tool_call
from assistant.text import lazy_re

__all__ = ["recent_audit", "write_audit"]
_TOOL_NAME = lazy_re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


def write_audit(
    who: Who | None,
    action: str,
    arguments: Mapping[str, Any],
    *,
    outcome: Outcome | str,
    record_ids: Sequence[Any] = (),
    detail: str | None = None,
) -> None:
    """Count the tool call in the metrics, then write its audit row (see :func:`assistant.audit.write_audit`)."""
    record_tool_call(action if _TOOL_NAME.match(action) else "invalid_name", str(outcome))
    _write_audit(who, action, arguments, outcome=outcome, record_ids=record_ids, detail=detail)
