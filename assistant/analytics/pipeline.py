"""Pipeline status for a rep, a team or everyone: stages, weighted amount, conversion, stalled and late deals.

All totals are SQL aggregates; only flagged deals (stalled or past their expected
close date, see :mod:`assistant.analytics.deal_flags`) come back as rows. Conversion
between stages is measured on deals closed (won or lost) in the ``conversion_days``
before the period end, from their stage history, so open deals do not bias it.
Week-over-week compares today's open pipeline with the pipeline seven days ago
rebuilt from the stage history. :func:`pipeline_status` runs the steps in order:
load the stage totals, aggregate them per stage, load the period's results, flag
deals, then explain and build the result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel
from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from assistant.analytics.deal_flags import DealFlag, flag_deals, owner_filter, stall_limits, stalled_condition
from assistant.analytics.reasons import Explained, Reason, money
from assistant.crm.models import OPEN_STAGES, Opportunity, StageChange
from assistant.crm.sql import day_start
from assistant.crm.team_queries import team_owner_ids
from assistant.crm.vocabulary import STAGE_ZH

RANK = {s: i for i, s in enumerate((*OPEN_STAGES, "won"), start=1)}


class StageSummary(BaseModel):
    """Open deals in one stage now and a week ago, and the conversion to the next stage."""

    stage: str
    stage_zh: str
    count: int
    amount: float
    weighted_amount: float
    count_week_ago: int
    amount_week_ago: float
    conversion_to_next: float | None
    conversion_basis: int


class PipelineStatus(Explained):
    """The pipeline of a scope over a period."""

    today: dt.date
    period_start: dt.date
    period_end: dt.date
    owner_ids: list[int] | None
    stages: list[StageSummary]
    open_count: int
    open_amount: float
    weighted_amount: float
    open_amount_week_ago: float
    new_deals: int
    won_count: int
    won_amount: float
    lost_count: int
    lost_amount: float
    win_rate: float | None
    stalled: list[DealFlag]
    past_close: list[DealFlag]


def _week_ago(
    session: Session, as_of: dt.datetime, owner_ids: Sequence[int] | None
) -> dict[str, tuple[int, float]]:
    """Open deals per stage at ``as_of`` (count, amount), rebuilt from the stage history."""
    latest = (
        select(StageChange.opportunity_id.label("oid"), func.max(StageChange.changed_at).label("at"))
        .join(Opportunity, Opportunity.id == StageChange.opportunity_id)
        .where(
            StageChange.changed_at < as_of,
            Opportunity.created_at < as_of,
            or_(Opportunity.closed_at.is_(None), Opportunity.closed_at >= as_of),  # open at as_of
            *owner_filter(Opportunity.owner_id, owner_ids),
        )
        .group_by(StageChange.opportunity_id)
        .subquery()
    )
    stmt = (
        select(StageChange.to_stage, func.count(), func.sum(Opportunity.amount_usd))
        .join(latest, and_(latest.c.oid == StageChange.opportunity_id, latest.c.at == StageChange.changed_at))
        .join(Opportunity, Opportunity.id == StageChange.opportunity_id)
        .where(StageChange.to_stage.in_(OPEN_STAGES), *owner_filter(Opportunity.owner_id, owner_ids))
        .group_by(StageChange.to_stage)
    )
    return {s: (int(n), float(a or 0)) for s, n, a in session.execute(stmt)}


def _reached(
    session: Session, start: dt.datetime, end: dt.datetime, owner_ids: Sequence[int] | None
) -> dict[int, int]:
    """Deals closed in ``[start, end)`` that reached at least each stage rank."""
    rank = case(*((StageChange.to_stage == s, r) for s, r in RANK.items()), else_=0)
    per_deal = (
        select(StageChange.opportunity_id.label("oid"), func.max(rank).label("top"))
        .join(Opportunity, Opportunity.id == StageChange.opportunity_id)
        .where(
            Opportunity.stage.in_(("won", "lost")),
            Opportunity.closed_at >= start,
            Opportunity.closed_at < end,
            *owner_filter(Opportunity.owner_id, owner_ids),
        )
        .group_by(StageChange.opportunity_id)
        .subquery()
    )
    counts = dict(session.execute(select(per_deal.c.top, func.count()).group_by(per_deal.c.top)).all())
    return {r: sum(n for top, n in counts.items() if top >= r) for r in RANK.values()}


def _open_totals(session: Session, owner_ids: Sequence[int] | None) -> dict[str, tuple[int, float, float]]:
    """Open deals per stage now: count, amount and probability-weighted amount."""
    o = Opportunity
    weighted = o.amount_usd * o.probability / 100.0
    return {
        s: (int(n), float(a or 0), float(w or 0))
        for s, n, a, w in session.execute(
            select(o.stage, func.count(), func.sum(o.amount_usd), func.sum(weighted))
            .where(o.stage.in_(OPEN_STAGES), *owner_filter(o.owner_id, owner_ids))
            .group_by(o.stage)
        )
    }


def _stage_summaries(
    session: Session, *, today: dt.date, end: dt.date, owner_ids: Sequence[int] | None, conversion_days: int
) -> list[StageSummary]:
    """Aggregate per open stage: totals now and a week ago, and the conversion to the next stage."""
    now_rows = _open_totals(session, owner_ids)
    week = _week_ago(session, day_start(today - dt.timedelta(days=6)), owner_ids)
    reached = _reached(
        session,
        day_start(end + dt.timedelta(days=1) - dt.timedelta(days=conversion_days)),
        day_start(end + dt.timedelta(days=1)),
        owner_ids,
    )
    stages = []
    for stage in OPEN_STAGES:
        n, amt, w = now_rows.get(stage, (0, 0.0, 0.0))
        basis = reached[RANK[stage]]
        conv = reached[RANK[stage] + 1] / basis if basis else None
        stages.append(
            StageSummary(
                stage=stage,
                stage_zh=STAGE_ZH[stage],
                count=n,
                amount=round(amt, 2),
                weighted_amount=round(w, 2),
                count_week_ago=week.get(stage, (0, 0.0))[0],
                amount_week_ago=round(week.get(stage, (0, 0.0))[1], 2),
                conversion_to_next=None if conv is None else round(conv, 3),
                conversion_basis=basis,
            )
        )
    return stages


def _period_results(
    session: Session, start: dt.date, end: dt.date, owner_ids: Sequence[int] | None
) -> tuple[dict[str, tuple[int, float]], int]:
    """Deals won and lost (count, amount) and deals created from ``start`` through ``end``."""
    o = Opportunity
    own = owner_filter(o.owner_id, owner_ids)
    s0, e1 = day_start(start), day_start(end + dt.timedelta(days=1))
    closed = dict(
        (
            (s, (int(n), float(a or 0)))
            for s, n, a in session.execute(
                select(o.stage, func.count(), func.sum(o.amount_usd))
                .where(o.stage.in_(("won", "lost")), o.closed_at >= s0, o.closed_at < e1, *own)
                .group_by(o.stage)
            )
        )
    )
    new = (
        session.scalar(select(func.count()).select_from(o).where(o.created_at >= s0, o.created_at < e1, *own))
        or 0
    )
    return closed, int(new)


def _reasons(
    stages: list[StageSummary],
    *,
    start: dt.date,
    end: dt.date,
    won: tuple[int, float],
    lost: tuple[int, float],
    new: int,
    stalled: list[DealFlag],
    past: list[DealFlag],
) -> list[Reason]:
    """Explain the status: open pipeline, week over week, the period's results, deals needing attention."""
    open_amt = sum(s.amount for s in stages)
    open_week = sum(s.amount_week_ago for s in stages)
    w_total = sum(s.weighted_amount for s in stages)
    delta = (open_amt - open_week) / open_week if open_week else None
    return [
        Reason(
            code="open_pipeline",
            value=round(open_amt, 2),
            text_zh=f"在手商机 {sum(s.count for s in stages)} 个，金额 "
            f"{money(open_amt)}，加权 {money(w_total)}",
            text_en=f"{sum(s.count for s in stages)} open deals worth "
            f"{money(open_amt)} ({money(w_total)} weighted)",
        ),
        Reason(
            code="week_over_week",
            value=None if delta is None else round(delta, 3),
            text_zh=f"较一周前 {money(open_week)} 变化 {'—' if delta is None else f'{delta:+.0%}'}",
            text_en=f"vs {money(open_week)} a week ago ({'n/a' if delta is None else f'{delta:+.0%}'})",
        ),
        Reason(
            code="period_results",
            value=round(won[1], 2),
            text_zh=f"{start}至{end} 赢单 {won[0]} 个 {money(won[1])}，输单 {lost[0]} 个，新增 {new} 个",
            text_en=f"{start} to {end}: won {won[0]} ({money(won[1])}), lost {lost[0]}, {new} new deals",
        ),
        Reason(
            code="attention",
            value=len(stalled),
            text_zh=f"停滞商机 {len(stalled)} 个，超期未成交 {len(past)} 个",
            text_en=f"{len(stalled)} stalled deals, {len(past)} past their expected close date",
        ),
    ]


def pipeline_status(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    team_id: int | None = None,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    stalled_days: dict[str, int] | None = None,
    conversion_days: int = 365,
    max_flagged: int | None = 50,
) -> PipelineStatus:
    """Summarise the open pipeline and the period's results for a rep, a team or everyone.

    Args:
        session: Database session.
        today: The day of the report.
        owner_ids: Deal owners to include (None = everyone); intersected with ``team_id`` when both given.
        team_id: Include the deals of every member of this team.
        period_start: First day of the period (default: first day of the current quarter).
        period_end: Last day of the period (default: ``today``).
        stalled_days: Days without a stage change after which a deal counts as stalled, per stage
            (default: ``STALLED_DAYS_BY_STAGE`` with ``STALLED_DAYS_DEFAULT`` for other stages).
        conversion_days: Closed deals in this many days before the period end measure conversion.
        max_flagged: At most this many stalled and past-close deals each, largest first (None = all).
    """
    limits = stall_limits(stalled_days)
    if team_id is not None:
        team = team_owner_ids(session, team_id=team_id)
        owner_ids = team if owner_ids is None else sorted(set(team) & set(owner_ids))
    start = period_start or dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = period_end or today
    stages = _stage_summaries(
        session, today=today, end=end, owner_ids=owner_ids, conversion_days=conversion_days
    )
    closed, new = _period_results(session, start, end, owner_ids)
    stalled = flag_deals(session, stalled_condition(limits, today), today, owner_ids, max_flagged)
    past = flag_deals(session, Opportunity.expected_close_date < today, today, owner_ids, max_flagged)
    won, lost = closed.get("won", (0, 0.0)), closed.get("lost", (0, 0.0))
    win_rate = won[0] / (won[0] + lost[0]) if won[0] + lost[0] else None
    return PipelineStatus(
        today=today,
        period_start=start,
        period_end=end,
        owner_ids=None if owner_ids is None else list(owner_ids),
        stages=stages,
        open_count=sum(s.count for s in stages),
        open_amount=round(sum(s.amount for s in stages), 2),
        weighted_amount=round(sum(s.weighted_amount for s in stages), 2),
        open_amount_week_ago=round(sum(s.amount_week_ago for s in stages), 2),
        new_deals=new,
        won_count=won[0],
        won_amount=round(won[1], 2),
        lost_count=lost[0],
        lost_amount=round(lost[1], 2),
        win_rate=None if win_rate is None else round(win_rate, 3),
        stalled=stalled,
        past_close=past,
        reasons=_reasons(
            stages, start=start, end=end, won=won, lost=lost, new=new, stalled=stalled, past=past
        ),
    )
