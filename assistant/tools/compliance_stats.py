"""The QA aggregate tool: ``compliance_stats`` — counts of compliance alerts per rep, category or month.

Counts every ``compliance_alerts`` row whose ``occurred_at`` falls in the period (days in the
company's time zone), with the same count in the previous period of the same shape (the
trend), the split by severity, and — for one rep — that rep's latest alerts with their
messages. A ``status`` ("open": awaiting review) counts only the alerts in that state; with no
period it counts every such alert to date (the review queue has no period, so no trend).
QA and admins see every rep, managers their team; reps are refused.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from assistant.compliance.models import ComplianceAlert
from assistant.config import get_settings
from assistant.crm.rep_queries import rep_rows
from assistant.text.calendar_words import add_months
from assistant.text.periods import Period
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.alert_category import category_key
from assistant.tools.alert_scope import named_alert_team, reps_in_scope
from assistant.tools.base import Call, ToolDenied, crm_tool
from assistant.tools.schemas import ComplianceStatsArgs


def _alerts(
    call: Call, since: dt.datetime, until: dt.datetime, reps: list[int] | None, category: str | None,
    severity: str | None = None, status: str | None = None,
) -> list[Any]:
    a = ComplianceAlert
    stmt = select(a.id, a.rep_id, a.category, a.severity, a.status, a.occurred_at, a.matched, a.context, a.message).where(
        a.occurred_at >= since, a.occurred_at < until
    )
    if reps is not None:
        stmt = stmt.where(a.rep_id.in_(reps))
    if category:
        stmt = stmt.where(a.category == category.strip().lower())
    if severity:
        stmt = stmt.where(a.severity == severity)
    if status:
        stmt = stmt.where(a.status == status.strip().lower())
    return list(call.session.execute(stmt.order_by(a.occurred_at.desc(), a.id.desc())))


def _local(at: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone(tz).replace(tzinfo=None)


def _trend(now: int, before: int | None) -> dict[str, Any]:
    if before is None:  # every alert to date: no previous period to compare with
        return {"count": now, "previous": None, "change": None, "change_pct": None}
    return {"count": now, "previous": before, "change": now - before,
            "change_pct": round((now - before) / before, 4) if before else None}  # fmt: skip


@crm_tool("compliance_stats")
def compliance_stats(call: Call, args: ComplianceStatsArgs) -> R.Result:
    """Count alerts per rep, category or month in a period, with the trend against the previous period."""
    args = args.model_copy(update={"category": category_key(args.category)})  # "private deal ones" → private_deal
    if call.scope.role == "rep":
        raise ToolDenied(
            "Violation statistics are for QA and managers; ask for your own alerts instead.",
            "违规统计仅对质检和经理开放；您可以查看自己的合规提醒。",
        )
    allowed = call.scope.alert_owner_ids
    reps = allowed
    rep_info = None
    if args.rep_login:
        found = C.rep(call, args.rep_login, allowed=allowed)
        if isinstance(found, dict):
            return found
        reps, rep_info = [found.id], {"login": found.login, "name": found.name}
    team = None
    if args.team and not args.rep_login:  # "新兴市场组的告警有多少": that team's reps only
        named = named_alert_team(call, args.team)
        if isinstance(named, dict):
            return named
        team, reps = named
    tzname = get_settings().timezone
    tz = ZoneInfo(tzname)
    p = C.period(call, args.period, "this_quarter")
    prev: Period | None = p.previous()
    if args.status and not args.period:  # "各销售还有多少告警没处理": the queue has no period, every alert to date
        _, until = Period(call.ctx.today, call.ctx.today, "today").utc_bounds(tzname)
        rows = _alerts(call, dt.datetime(1970, 1, 1), until, reps, args.category, args.severity, args.status)
        p = Period(_local(rows[-1].occurred_at, tz).date() if rows else call.ctx.today, call.ctx.today, "to_date")
        now, before, prev = rows, [], None
    else:
        since, _ = p.previous().utc_bounds(tzname)
        cut, until = p.utc_bounds(tzname)
        if args.status:  # older alerts had longer to be reviewed: a status count has no fair trend
            since, prev = cut, None
        rows = _alerts(call, since, until, reps, args.category, args.severity, args.status)
        now = [r for r in rows if r.occurred_at >= cut]
        before = [r for r in rows if r.occurred_at < cut]
    names = {r.id: r for r in rep_rows(call.session, user_ids=list({x.rep_id for x in rows if x.rep_id}))}

    def key(r: Any) -> str:
        if args.group_by == "rep":
            return names[r.rep_id].login if r.rep_id in names else "-"
        if args.group_by == "category":
            return str(r.category)
        return f"{_local(r.occurred_at, tz):%Y-%m}"

    counts, prior = Counter(key(r) for r in now), Counter(key(r) for r in before)
    severity: dict[str, Counter[str]] = defaultdict(Counter)
    for r in now:
        severity[key(r)][r.severity] += 1
    quiet = [  # "who has the fewest / no alerts": the reps in scope without one are named apart
        {"login": r.login, "name": r.name} for r in reps_in_scope(call, reps) if r.login not in counts
    ] if args.group_by == "rep" and not rep_info else []  # fmt: skip
    groups = []
    for k in sorted(counts, key=lambda k: (-counts[k], k)) if args.group_by != "month" else sorted(counts):
        before_k = (prior[k] if args.group_by != "month" else _month_before(k, now, before, tz, key)) if prev else None
        g: dict[str, Any] = {"key": k, **_trend(counts[k], before_k), "by_severity": dict(severity[k])}
        if args.group_by == "rep":  # "login" lets a second step ask for this rep's messages
            g.update(login=k, name=next((v.name for v in names.values() if v.login == k), k))
        groups.append(g)
    shown = groups[: args.limit] if args.group_by != "month" else groups
    latest = [
        {
            "id": r.id,
            "at": _local(r.occurred_at, tz).isoformat(timespec="minutes"),
            "rep": names[r.rep_id].login if r.rep_id in names else None,
            "category": r.category,
            "severity": r.severity,
            "status": r.status,
            "matched": r.matched,
            "context": (r.context or r.message or "")[:120],
        }
        for r in now[: args.limit]
    ] if rep_info else []  # fmt: skip
    records = [R.record("rep", g["key"], g.get("name", g["key"])) for g in shown if args.group_by == "rep"]
    records += [R.record("alert", a["id"], f"{a['category']}/{a['severity']}") for a in latest]
    return R.ok(
        records=records,
        period=p.to_dict(),
        to_date=min(p.end, call.ctx.today).isoformat(),
        previous_period=_dates(prev) if prev else None,
        group_by=args.group_by,
        category=args.category,
        severity=args.severity,
        alert_status=args.status,  # "status" is the result's own (ok, denied...)
        rep=rep_info,
        team=team,
        without_alerts=quiet,
        fewest=_fewest(groups) if args.group_by == "rep" and len(groups) > 1 and not quiet else [],
        **_trend(len(now), len(before) if prev else None),
        by_severity=dict(Counter(r.severity for r in now)),
        by_status=dict(Counter(r.status for r in now)),  # open = awaiting review; the rest were handled
        groups_total=len(groups),
        groups=shown,
        alerts=latest,
        alert_ids=[r.id for r in now[:50]],  # newest first: "把第一条的原文给我" after the counts
    )


def _dates(p: Period) -> dict[str, str]:
    return {"start": p.start.isoformat(), "end": p.end.isoformat()}


def _month_before(k: str, now: list[Any], before: list[Any], tz: ZoneInfo, key: Any) -> int:
    prev = add_months(dt.date(int(k[:4]), int(k[5:7]), 1), -1)
    label = f"{prev:%Y-%m}"
    return sum(1 for r in (*now, *before) if key(r) == label)


def _fewest(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the reps tied on the lowest count (zero included): "who has the fewest alerts"."""
    low = min(g["count"] for g in groups)
    return [{"login": g["key"], "name": g.get("name", g["key"]), "count": low} for g in groups if g["count"] == low]
