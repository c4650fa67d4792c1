"""Helpers shared by the tool bodies: resolving references in scope, owner names, money, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from assistant.config import get_settings
from assistant.crm.lookup import Lookup, Match, resolve_customer, resolve_deal
from assistant.crm.models import User
from assistant.crm.rep_queries import RepRow, find_users_by_name
from assistant.identity import ScopeDenied
from assistant.text.periods import Period, PeriodError, parse_period
from assistant.tools import results as R
from assistant.tools.base import Call, ToolDenied, ToolError
from assistant.tools.near import check_substitution, near_customers, none_is_it, not_among_yours


def lookup_result(lookup: Lookup, what: str) -> R.Result | None:
    """Return the not_found/ambiguous result for a lookup, or None when it resolved to exactly one record."""
    if lookup.status == "not_found":
        return R.not_found(what, lookup.query)
    if lookup.status == "ambiguous":
        return R.ambiguous(lookup.query, [m.candidate() for m in lookup.matches])
    return None


def customer(call: Call, ref: str) -> Match | R.Result:
    """Resolve ``ref`` to one customer in the caller's scope, else the result to return.

    Never substitutes: a name that is not among the caller's customers is ``not_found``
    with the caller's near matches listed as such (``near_matches``), also when only a
    short name inside a different full name matched ("Apex Textiles Inc" vs "Apex Online").
    """
    found = resolve_customer(call.session, ref, owner_ids=call.scope.owner_ids)
    if found.status == "ok" and not check_substitution(call.session, ref, found.match):
        return found.match
    if found.status == "ambiguous":
        if none_is_it(call.session, ref, found.matches):  # "Summit Trading Ltda": none of them is it
            return not_among_yours(ref, [R.record("customer", m.external_id, m.name) for m in found.matches[:3]])
        return R.ambiguous(found.query, [m.candidate() for m in found.matches])
    near = near_customers(call.session, ref, owner_ids=call.scope.owner_ids)
    if found.status == "ok":  # a different company that shares a short name: a near match, not the answer
        m = found.match
        near = [R.record("customer", m.external_id, m.name), *(c for c in near if c["id"] != m.external_id)][:3]
    return not_among_yours(ref, near)


def customers(call: Call, refs: Iterable[str]) -> tuple[dict[int, Match], list[str], R.Result | None]:
    """Resolve several customer references in the caller's scope, each as :func:`customer` does.

    Returns:
        The customers found by id (in order, each once), the references that were not, and
        the result the first of those gave (not found with near matches, or ambiguous).
    """
    found: dict[int, Match] = {}
    missing: list[str] = []
    first_miss: R.Result | None = None
    for ref in refs:
        match = customer(call, ref)
        if isinstance(match, dict):
            missing.append(ref)
            first_miss = first_miss or match
        else:
            found[match.id] = match
    return found, missing, first_miss


def natural_scope(call: Call) -> str:
    """Return the scope a role means by default: rep ``me``, manager ``team``, admin ``all``."""
    return {"manager": "team", "admin": "all"}.get(call.scope.role, "me")


def rep(call: Call, ref: str, *, allowed: list[int] | None | str = "scope") -> RepRow | R.Result:
    """Resolve a rep's login or name (张伟) to one rep the caller may see, else the result to return.

    Args:
        call: The tool call.
        ref: A login or display name.
        allowed: The user ids the caller may report on (None = everyone); by default the caller's scope.

    Raises:
        ToolDenied: the rep exists but is outside what the caller may see (a clear denial, never
            the caller's own figures instead).
    """
    who = allowed if allowed != "scope" else call.scope.owner_ids
    rows = find_users_by_name(call.session, ref)
    if not rows:
        return R.not_found("rep", ref)
    if isinstance(who, list) and len(rows) > 1:  # never list reps the caller may not see
        rows = [r for r in rows if r.id in who] or rows[:1]
    if len(rows) > 1:
        return R.ambiguous(ref, [{"type": "rep", "id": r.login, "name": r.name} for r in rows])
    found = rows[0]
    if isinstance(who, list) and found.id not in who:
        mine = call.scope.role == "rep"
        raise ToolDenied(
            f"You cannot view {ref}'s figures; "
            + ("you can ask about your own." if mine else "you can ask about your team's reps."),
            f"您无权查看{ref}的数据；" + ("您可以查看自己的。" if mine else "您可以查看本团队成员的。"),
        )
    return found


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
