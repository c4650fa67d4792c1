"""The team-performance tool: ``team_performance`` — per-rep revenue, orders, won deals and activities.

Rankings (by any metric, either direction: "who is slacking" = fewest activities) and
comparisons of named reps. Managers see their team, admins everyone, reps only themselves:
a rep asking for the team or another rep gets a clear denial, never their own figures
instead. QA is refused by the wrapper (no financials).
"""

from __future__ import annotations

from typing import Any

from assistant.config import get_settings
from assistant.crm.rep_queries import RepRow, RepStats, rep_rows, rep_stats
from assistant.text.periods import Period
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools import teams
from assistant.tools.base import Call, crm_tool
from assistant.tools.order_totals import comparison_cut
from assistant.tools.schemas import TeamPerformanceArgs

_METRIC_FIELD = {
    "revenue": "revenue",
    "orders": "orders",
    "won_deals": "won_deals",
    "activities": "activities",
}


def _named_reps(call: Call, args: TeamPerformanceArgs) -> list[RepRow] | R.Result:
    names = [*(args.rep_logins or []), *([args.rep_login] if args.rep_login else [])]
    reps: dict[int, RepRow] = {}
    for name in names:
        found = C.rep(call, name)
        if isinstance(found, dict):
            return found
        reps.setdefault(found.id, found)
    return list(reps.values())


def _scoped_reps(call: Call, args: TeamPerformanceArgs) -> tuple[str, list[RepRow]]:
    scope = args.scope or C.natural_scope(call)
    if scope == "me" and call.scope.role != "rep":  # managers and admins book no sales themselves
        scope = C.natural_scope(call)
    owners = C.owners_for_scope(call, scope)
    return scope, rep_rows(call.session, user_ids=owners)


def _item(rank: int, rep: RepRow, st: RepStats) -> dict[str, Any]:
    return {
        "rank": rank,
        "login": rep.login,
        "name": rep.name,
        "revenue_usd": C.money(st.revenue),
        "orders": st.orders,
        "won_deals": st.won_deals,
        "won_amount_usd": C.money(st.won_amount),
        "activities": st.activities,
        "outbound_activities": st.outbound_activities,
    }


@crm_tool("team_performance")
def team_performance(call: Call, args: TeamPerformanceArgs) -> R.Result:
    """Rank or compare reps on revenue, orders, won deals and activities in a period."""
    p = C.period(call, args.period, "this_month")
    named = _named_reps(call, args)
    if isinstance(named, dict):
        return named
    team = teams.find_team(call, args.team) if args.team and not named else None
    if args.team and not named and team is None:
        return R.not_found("team", args.team)
    if named:
        scope, reps = "reps", named
    elif team is not None:
        scope, reps = "team", teams.team_reps(call, team)
    else:
        scope, reps = _scoped_reps(call, args)
    if not reps:
        return R.not_found("rep", qualifier="in this scope", qualifier_zh="该范围内的")
    stats = _stats(call, reps, p)
    key = _METRIC_FIELD[args.metric]
    sign = -1 if args.sort == "desc" else 1
    ordered = sorted(reps, key=lambda r: (sign * float(getattr(stats[r.id], key)), r.login))
    shown = ordered if named else ordered[: args.limit]
    items = [_item(i, r, stats[r.id]) for i, r in enumerate(shown, 1)]
    extra: dict[str, Any] = {"team": team.name} if team is not None else {}
    if args.by_team and not named:
        extra["teams"] = teams.per_team(call, reps, stats, key, args.sort)
    if args.compare_previous or args.compare_period:  # "跟去年11月比": that period, else the one before
        prev = C.period(call, args.compare_period, "last_month") if args.compare_period else p.previous()
        extra["previous"] = _previous(call, reps, p, prev, bool(args.compare_period))
    return R.ok(
        records=[R.record("rep", r.login, r.name) for r in shown],
        period=p.to_dict(),
        scope=scope,
        comparison=bool(named) and len(named) > 1,
        metric=args.metric,
        sort=args.sort,
        currency=C.currency(),
        total=len(reps),
        reps=items,
        totals=_totals(stats),
        **extra,
    )


def _previous(call: Call, reps: list[RepRow], p: Period, prev: Period, named: bool) -> dict[str, Any]:
    """Return the totals of ``prev``, measured like ``p``: a running period is set against the same days.

    "本月跟去年12月比" on the 15th compares 1–15 December (``to_date``); periods of unlike length
    (this month against last year) cannot be cut alike, so that one is whole and says so. A cut
    period's whole totals come too (``whole_totals``): "this year vs last year" wants all of last year.
    """
    cut, whole = comparison_cut(p, prev, call.ctx.today)
    span = Period(prev.start, cut, prev.label) if cut else prev
    full = {"whole_totals": _totals(_stats(call, reps, prev))} if cut and cut < prev.end else {}  # "去年全年" too
    return {"period": prev.to_dict(), "totals": _totals(_stats(call, reps, span)), "named": named,
            "to_date": C.iso(cut), **({"whole_period": True} if whole else {}), **full}  # fmt: skip


def _stats(call: Call, reps: list[RepRow], p: Period) -> dict[int, RepStats]:
    utc_start, utc_end = p.utc_bounds(get_settings().timezone)
    return rep_stats(
        call.session,
        rep_ids=[r.id for r in reps],
        start=p.start,
        end=p.end,
        utc_start=utc_start,
        utc_end=utc_end,
    )


def _totals(stats: dict[int, RepStats]) -> dict[str, Any]:
    return {
        "revenue_usd": C.money(sum(s.revenue for s in stats.values())),
        "orders": sum(s.orders for s in stats.values()),
        "won_deals": sum(s.won_deals for s in stats.values()),
        "won_amount_usd": C.money(sum(s.won_amount for s in stats.values())),
        "activities": sum(s.activities for s in stats.values()),
        "outbound_activities": sum(s.outbound_activities for s in stats.values()),
    }
