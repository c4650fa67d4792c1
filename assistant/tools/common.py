"""Helpers shared by the tool bodies: resolving references in scope, owner names, money, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from assistant.config import get_settings
from assistant.crm.lookup import Lookup, Match, resolve_customer, resolve_deal
from assistant.crm.models import User
from assistant.identity import ScopeDenied
from assistant.text.periods import Period, PeriodError, parse_period
from assistant.tools import results as R
from assistant.tools.base import Call, ToolDenied, ToolError


def lookup_result(lookup: Lookup, what: str) -> R.Result | None:
    """Return the not_found/ambiguous result for a lookup, or None when it resolved to exactly one record."""
    if lookup.status == "not_found":
        return R.not_found(what, lookup.query)
    if lookup.status == "ambiguous":
        return R.ambiguous(lookup.query, [m.candidate() for m in lookup.matches])
    return None


def customer(call: Call, ref: str) -> Match | R.Result:
    """Resolve ``ref`` to one customer in the caller's scope, else the result to return."""
    found = resolve_customer(call.session, ref, owner_ids=call.scope.owner_ids)
    return lookup_result(found, "customer") or found.match


def deal(call: Call, ref: str, *, open_only: bool = False) -> Match | R.Result:
    """Resolve ``ref`` to one deal in the caller's scope, else the result to return."""
    found = resolve_deal(call.session, ref, owner_ids=call.scope.owner_ids, open_only=open_only)
    return lookup_result(found, "deal") or found.match


def logins(call: Call, ids: Iterable[int | None]) -> dict[int, str]:
    """Map user ids to logins (one query)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(call.session.execute(select(User.id, User.login).where(User.id.in_(wanted))).all())


def period(call: Call, text: str | None, default: str) -> Period:
    """Parse a period argument against the run's today (a bad period is a clear tool error)."""
    try:
        return parse_period(text or default, call.ctx.today)
    except PeriodError as exc:
        raise ToolError(str(exc), f"无法识别的时间范围：{text}") from exc


def owners_for_scope(call: Call, scope: str) -> list[int] | None:
    """Owner ids for a ``me``/``team``/``all`` request, refusing scopes wider than the caller's role.

    Raises:
        ToolDenied: when the role may not see that scope.
    """
    try:
        return call.scope.owners_for(scope)
    except ScopeDenied as exc:
        raise ToolDenied(
            f"Your role ({call.scope.role}) cannot view the '{scope}' scope; ask for your own figures (scope=me).",
            f"您的角色无权查看{'团队' if scope == 'team' else '全公司'}数据，可以查看您自己的数据。",
        ) from exc


def money(amount: float) -> float:
    """Round a money amount for a result."""
    return round(float(amount), 2)


def currency() -> str:
    """Return the reporting currency of aggregated amounts."""
    return get_settings().base_currency


def iso(value: dt.date | dt.datetime | None) -> str | None:
    """ISO date (no time) or None."""
    if value is None:
        return None
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
