"""The audit log writer: who did what, with which arguments, how it ended, and when.

One writer for every entry point (agent tools, CLI commands, channels). A row records
the actor (a CRM user, the raw identity someone claimed, or the OS user of an admin
shell command), the action name, the arguments (secrets masked, long text cut — file
contents are never passed in, only paths), the outcome (``ok``, ``denied``,
``not_found``, ``error``, ``cancelled``) and the time.

:func:`write_audit` writes in its own transaction, so refusals and failures are
recorded even when the work itself was rolled back; :func:`audit_row` builds a row for a
caller that wants it in its own transaction. This module sits just above the CRM models:
it imports only them, :mod:`assistant.db` and the settings.
"""

from __future__ import annotations

import getpass
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy import inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from assistant.config import get_settings
from assistant.crm.models import AuditLog, User
from assistant.db import get_engine, session_scope
from assistant.text import lazy_re

log = logging.getLogger(__name__)

Outcome = Literal["ok", "denied", "not_found", "error", "cancelled"]
SHELL_ROLE = "shell"
"""The role recorded for CLI commands run without ``--as``: an admin at the server's shell."""

MAX_TEXT = 500
"""Longest argument string kept in a row; longer text is cut (the audit is not a content store)."""

_SECRET_KEY = lazy_re.compile(r"secret|password|passwd|token|api_?key|credential", re.IGNORECASE)


class Who(Protocol):
    """Anything that names an actor: an :class:`Actor` or an agent run context."""

    @property
    def user_id(self) -> int | None:
        """The CRM user's id, if the actor is a known user."""

    @property
    def login(self) -> str | None:
        """The login, the raw identity claimed, or the OS user."""

    @property
    def role(self) -> str | None:
        """The CRM role, ``shell``, or None for an unknown identity."""

    @property
    def channel(self) -> str | None:
        """Where the request came from (``cli``, ``web``, ``wecom``, ``telegram``)."""


@dataclass(frozen=True)
class Actor:
    """The actor of an audited action outside an agent turn.

    Attributes:
        login: The user's login, the raw identity claimed, or the OS user.
        role: The CRM role, :data:`SHELL_ROLE`, or None when the identity is unknown.
        user_id: The CRM user's id, when the actor is a known user.
        channel: Where the request came from.
    """

    login: str | None
    role: str | None
    user_id: int | None = None
    channel: str | None = "cli"


def user_actor(user: User, channel: str = "cli") -> Actor:
    """Return the actor for a resolved CRM user."""
    return Actor(login=user.login, role=user.role, user_id=user.id, channel=channel)


def claimed_actor(identity: object, channel: str = "cli") -> Actor:
    """Return the actor for an identity that did not resolve (unknown, unbound or deactivated)."""
    text = str(identity).strip()[:64] if identity is not None else ""
    return Actor(login=text or None, role=None, channel=channel)


def shell_actor() -> Actor:
    """Return the actor of an admin command run at the shell: the OS user, role ``shell``."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no LOGNAME/USER (some containers)
        name = f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"
    return Actor(login=name[:64], role=SHELL_ROLE, channel="cli")


def audit_row(
    who: Who | None,
    action: str,
    arguments: Mapping[str, Any],
    *,
    outcome: Outcome | str,
    record_ids: Sequence[Any] = (),
    detail: str | None = None,
) -> AuditLog:
    """Build one audit row (not added to any session).

    Args:
        who: The actor, or None when nobody could be identified.
        action: The action name (a tool name, ``import``, ``users.add``, ``kb.add`` …).
        arguments: The arguments; top-level None values are dropped, secrets masked, long text cut.
        outcome: ``ok``, ``denied``, ``not_found``, ``error`` or ``cancelled``.
        record_ids: The records the action touched or returned.
        detail: A message (the refusal or error shown to the user).
    """
    return AuditLog(
        user_id=getattr(who, "user_id", None),
        login=getattr(who, "login", None),
        role=getattr(who, "role", None),
        channel=getattr(who, "channel", None),
        action=action[:64],
        arguments=_clean(arguments),
        record_ids=[_jsonable(r) for r in record_ids],
        outcome=outcome,
        detail=(detail or None) and detail[:2000],
    )


def write_audit(
    who: Who | None,
    action: str,
    arguments: Mapping[str, Any],
    *,
    outcome: Outcome | str,
    record_ids: Sequence[Any] = (),
    detail: str | None = None,
) -> None:
    """Append one audit row in its own transaction (never raises; see :func:`audit_row`).

    A failing write is logged, not propagated. Without a database (an SQLite file that does
    not exist yet) there is nothing to audit into and nothing is written.
    """
    try:
        engine = get_engine(get_settings().database_url)
        db_file = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
        if db_file and db_file != ":memory:" and not Path(db_file).exists():
            log.info("no database yet: %s (%s) not audited", action, outcome)
            return
        row = audit_row(who, action, arguments, outcome=outcome, record_ids=record_ids, detail=detail)
        with session_scope(engine) as session:
            session.add(row)
    except Exception:  # the audit must not turn an answer into a crash; it is logged loudly
        if _has_audit_table():
            log.exception("could not write the audit row for %s", action)
        else:
            log.info("no CRM schema yet: %s (%s) not audited", action, outcome)


def _has_audit_table() -> bool:
    try:
        return inspect(get_engine(get_settings().database_url)).has_table(AuditLog.__tablename__)
    except SQLAlchemyError:  # only decides how loudly a failed audit write is logged
        return True


def recent_audit(session: Session, *, login: str | None = None, limit: int = 50) -> list[AuditLog]:
    """Return the newest audit rows, optionally of one login."""
    stmt = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if login:
        stmt = stmt.where(AuditLog.login == login)
    return list(session.scalars(stmt))


def _clean(arguments: Mapping[str, Any], *, drop_none: bool = True) -> dict[str, Any]:
    return {
        str(k): "***" if _SECRET_KEY.search(str(k)) else _jsonable(v)
        for k, v in arguments.items()
        if v is not None or not drop_none
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return _clean(value, drop_none=False)
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    text = str(value)
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + f"… ({len(text)} chars)"
