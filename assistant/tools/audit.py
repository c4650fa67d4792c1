"""The audit log of tool calls: who called which tool with which arguments, and what came back.

Written in its own transaction so that denied and failed calls are recorded even when
the tool's own work was rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.config import get_settings
from assistant.crm.models import AuditLog
from assistant.db import get_engine, session_scope
from assistant.identity import AssistantContext

log = logging.getLogger(__name__)


def write_audit(
    ctx: AssistantContext | None,
    action: str,
    arguments: Mapping[str, Any],
    *,
    outcome: str,
    record_ids: Sequence[str] = (),
    detail: str | None = None,
) -> None:
    """Append one audit row (never raises: a failing audit write is logged, not propagated)."""
    try:
        with session_scope(get_engine(get_settings().database_url)) as session:
            session.add(
                AuditLog(
                    user_id=ctx.user_id if ctx else None,
                    login=ctx.login if ctx else None,
                    role=ctx.role if ctx else None,
                    channel=ctx.channel if ctx else None,
                    action=action,
                    arguments=_jsonable(arguments),
                    record_ids=list(record_ids),
                    outcome=outcome,
                    detail=(detail or None) and detail[:2000],
                )
            )
    except Exception:  # noqa: BLE001 - the audit must not turn an answer into a crash; it is logged loudly
        log.exception("could not write the audit row for %s", action)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def recent_audit(session: Session, *, login: str | None = None, limit: int = 50) -> list[AuditLog]:
    """Return the newest audit rows, optionally of one login."""
    stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if login:
        stmt = stmt.where(AuditLog.login == login)
    return list(session.scalars(stmt))
