"""Open deals that need attention: stalled in their stage, or past their expected close date.

A step of :func:`assistant.analytics.pipeline.pipeline_status`: :func:`stall_limits`
says after how many days each stage counts as stalled, :func:`stalled_condition` turns
that into SQL, and :func:`flag_deals` loads the flagged deals, largest first, each with
its customer's external id and name and the reasons it was flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from assistant.analytics.reasons import Explained, Reason
from assistant.config import get_settings
from assistant.crm.models import OPEN_STAGES, Customer, Opportunity
from assistant.crm.sql import day_start
from assistant.crm.vocabulary import STAGE_ZH


class DealFlag(Explained):
    """An open deal that needs attention (stalled, or past its expected close date)."""

    opportunity_id: int
    external_id: str
    name: str
    customer_id: int
    customer_external_id: str
    customer_name: str
    owner_id: int
    stage: str
    amount: float
    days_in_stage: int
    expected_close_date: dt.date
    days_past_close: int


def owner_filter(column: Any, owner_ids: Sequence[int] | None) -> list[ColumnElement[bool]]:
    """Build the WHERE condition restricting a deal-owner column to ``owner_ids`` (None = everyone)."""
    return [] if owner_ids is None else [column.in_(list(owner_ids))]


def stall_limits(stalled_days: dict[str, int] | None = None) -> dict[str, int]:
    """Return the days without a stage change after which a deal counts as stalled, per open stage.

    Args:
        stalled_days: Overrides per stage; the rest come from ``STALLED_DAYS_BY_STAGE``
            and ``STALLED_DAYS_DEFAULT``.
    """
    settings = get_settings()
    return {
        **{s: settings.stalled_days_default for s in OPEN_STAGES},
        **settings.stalled_days_by_stage,
        **(stalled_days or {}),
    }


def stalled_condition(limits: dict[str, int], today: dt.date) -> ColumnElement[bool]:
    """Build the SQL condition "the deal has stayed in its open stage longer than that stage's limit"."""
    o = Opportunity
    return or_(
        *(
            and_(o.stage == s, o.stage_changed_at < day_start(today - dt.timedelta(days=d)))
            for s, d in limits.items()
            if s in OPEN_STAGES
        )
    )


def flag_deals(
    session: Session,
    cond: ColumnElement[bool],
    today: dt.date,
    owner_ids: Sequence[int] | None,
    limit: int | None,
) -> list[DealFlag]:
    """Load the open deals matching ``cond`` (at most ``limit``, None = all; largest first) with their reasons."""
    o = Opportunity
    rows = session.execute(
        select(
            o.id,
            o.external_id,
            o.name,
            o.customer_id,
            Customer.external_id.label("customer_external_id"),
            Customer.name_zh,
            Customer.name_en,
            o.owner_id,
            o.stage,
            o.amount_usd,
            o.stage_changed_at,
            o.expected_close_date,
        )
        .join(Customer, Customer.id == o.customer_id)
        .where(o.stage.in_(OPEN_STAGES), cond, *owner_filter(o.owner_id, owner_ids))
        .order_by(o.amount_usd.desc(), o.id)  # ties: the older deal first, the same on every run
        .limit(limit)
    )
    out = []
    for r in rows:
        days = (today - r.stage_changed_at.date()).days
        late = (today - r.expected_close_date).days
        reasons = [
            Reason(
                code="days_in_stage",
                value=days,
                text_zh=f"在「{STAGE_ZH[r.stage]}」阶段停留 {days} 天",
                text_en=f"{days} days in {r.stage} without a stage change",
            )
        ]
        if late > 0:
            reasons.append(
                Reason(
                    code="past_close",
                    value=late,
                    text_zh=f"已超过预计成交日 {late} 天",
                    text_en=f"{late} days past the expected close date",
                )
            )
        out.append(
            DealFlag(
                opportunity_id=r.id,
                external_id=r.external_id,
                name=r.name,
                customer_id=r.customer_id,
                customer_external_id=r.customer_external_id,
                customer_name=r.name_zh or r.name_en or "",
                owner_id=r.owner_id,
                stage=r.stage,
                amount=float(r.amount_usd),
                days_in_stage=days,
                expected_close_date=r.expected_close_date,
                days_past_close=max(late, 0),
                reasons=reasons,
            )
        )
    return out
