"""Learning from outcomes: log script use, link it to what happened next, score scripts.

A use of a script (copied or sent to a customer) is linked to the first thing that
happened afterwards on the same deal (or, without a deal, on any deal of the customer)
within a window (``SCRIPT_OUTCOME_WINDOW_DAYS``, default 30):

* ``won``      the deal was won;
* ``order``    the customer placed an order;
* ``advanced`` the deal moved forward a stage;
* ``lost``     the deal was lost;
* ``none``     nothing of the above within the window (a negative signal once it closed);
* ``pending``  the window is still open and nothing happened yet (not counted).

Per-script rates use a Beta prior centred on the library-wide success rate, so a new or
rarely used script keeps a neutral score and still surfaces, and one lucky use does not
push a script to the top.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.config import get_settings
from assistant.crm.models import Customer, Opportunity, Order, StageChange, User
from assistant.crm.stages import STAGES
from assistant.db import utcnow
from knowledge.models import USE_ACTIONS, ScriptUsage

OUTCOMES = ("won", "order", "advanced", "lost", "none", "pending")
POSITIVE = frozenset({"won", "order", "advanced"})
WIN_LINKED = frozenset({"won", "order"})
_STAGE_ORDER = {stage: i for i, stage in enumerate(STAGES) if stage != "lost"}  # lost is no advance
PRIOR_STRENGTH = 4.0
"""Pseudo-uses of the prior: how many real uses it takes to move a script's rate halfway."""


def log_script_use(
    session: Session,
    *,
    script_id: str,
    user_id: int,
    customer_id: int,
    opportunity_id: int | None = None,
    action: str = "copied",
    context: str | None = None,
    used_at: dt.datetime | None = None,
) -> ScriptUsage:
    """Record that a rep used (copied or sent) a suggested script with a customer.

    Args:
        session: An open session; the row is flushed, the caller commits.
        script_id: The script's id (as returned in a suggestion).
        user_id: The rep who used it.
        customer_id: The customer it was used with.
        opportunity_id: The deal it was used in, if known; must belong to the customer.
        action: ``"copied"`` or ``"sent"``.
        context: The query or customer message that led to the suggestion (optional).
        used_at: When (UTC, naive); default now.

    Raises:
        ValueError: Unknown action, user, customer or deal, or a deal of another customer.
    """
    if action not in USE_ACTIONS:
        raise ValueError(f"action must be one of {', '.join(USE_ACTIONS)}, not {action!r}")
    if not script_id or len(script_id) > 80:
        raise ValueError("script_id must be a non-empty id of at most 80 characters")
    if session.get(User, user_id) is None:
        raise ValueError(f"unknown user id {user_id}")
    if session.get(Customer, customer_id) is None:
        raise ValueError(f"unknown customer id {customer_id}")
    stage = None
    if opportunity_id is not None:
        opp = session.get(Opportunity, opportunity_id)
        if opp is None:
            raise ValueError(f"unknown opportunity id {opportunity_id}")
        if opp.customer_id != customer_id:
            raise ValueError(
                f"opportunity {opportunity_id} belongs to customer {opp.customer_id}, not {customer_id}"
            )
        stage = opp.stage
    usage = ScriptUsage(
        script_id=script_id,
        user_id=user_id,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        action=action,
        stage_at_use=stage,
        context=(context or None) and context[:2000],
        used_at=used_at or utcnow(),
    )
    session.add(usage)
    session.flush()
    return usage


@dataclass(frozen=True)
class LinkedUse:
    """One script use with the outcome linked to it."""

    usage_id: int
    script_id: str
    customer_id: int
    opportunity_id: int | None
    used_at: dt.datetime
    outcome: str
    outcome_at: dt.datetime | None


def _classify(from_stage: str | None, to_stage: str) -> str | None:
    if to_stage == "won":
        return "won"
    if to_stage == "lost":
        return "lost"
    if _STAGE_ORDER.get(to_stage, -1) > _STAGE_ORDER.get(from_stage or "", -1):
        return "advanced"
    return None


def link_outcomes(
    session: Session,
    *,
    window_days: int | None = None,
    now: dt.datetime | None = None,
    script_ids: list[str] | None = None,
) -> list[LinkedUse]:
    """Link every script use to the first outcome on its customer/deal within the window.

    Args:
        session: An open session.
        window_days: How long after a use an outcome still counts; default the setting.
        now: The reference time (UTC, naive) deciding whether a window is still open.
        script_ids: Only these scripts (default all).
    """
    window = dt.timedelta(days=window_days or get_settings().script_outcome_window_days)
    now = now or utcnow()
    query = select(ScriptUsage).order_by(ScriptUsage.used_at)
    if script_ids is not None:
        query = query.where(ScriptUsage.script_id.in_(script_ids))
    usages = list(session.scalars(query))
    if not usages:
        return []
    customers = {u.customer_id for u in usages}
    start = min(u.used_at for u in usages)
    changes = session.execute(
        select(
            StageChange.opportunity_id,
            Opportunity.customer_id,
            StageChange.from_stage,
            StageChange.to_stage,
            StageChange.changed_at,
        )
        .join(Opportunity, Opportunity.id == StageChange.opportunity_id)
        .where(Opportunity.customer_id.in_(customers), StageChange.changed_at > start)
    ).all()
    orders = session.execute(
        select(Order.customer_id, Order.order_date).where(
            Order.customer_id.in_(customers), Order.order_date >= start.date()
        )
    ).all()
    events: dict[int, list[tuple[dt.datetime, int | None, str]]] = defaultdict(list)
    for opp_id, cust_id, frm, to, at in changes:
        kind = _classify(frm, to)
        if kind:
            events[cust_id].append((at, opp_id, kind))
    for cust_id, day in orders:
        events[cust_id].append((dt.datetime.combine(day, dt.time.max), None, "order"))
    for evs in events.values():
        evs.sort(key=lambda e: e[0])

    linked: list[LinkedUse] = []
    for u in usages:
        end = u.used_at + window
        first: tuple[dt.datetime, str] | None = None
        for at, opp_id, kind in events.get(u.customer_id, []):
            if at <= u.used_at or at > end:
                continue
            if kind != "order" and u.opportunity_id is not None and opp_id != u.opportunity_id:
                continue
            first = (at, kind)
            break
        if first is not None:
            outcome, at = first[1], first[0]
        else:
            outcome, at = ("pending" if end > now else "none"), None
        linked.append(LinkedUse(u.id, u.script_id, u.customer_id, u.opportunity_id, u.used_at, outcome, at))
    return linked


@dataclass
class ScriptStats:
    """Usage and outcome counts of one script, with prior-smoothed rates."""

    script_id: str
    uses: int = 0
    sent: int = 0
    copied: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    prior_rate: float = 0.5

    @property
    def resolved(self) -> int:
        """Uses whose outcome is known (window closed or something happened)."""
        return self.uses - self.outcomes["pending"]

    @property
    def positive(self) -> int:
        """Uses followed by a stage advance, an order or a win."""
        return sum(self.outcomes[o] for o in POSITIVE)

    @property
    def win_linked(self) -> int:
        """Uses followed by a won deal or an order."""
        return sum(self.outcomes[o] for o in WIN_LINKED)

    @property
    def success_rate(self) -> float:
        """Prior-smoothed share of resolved uses with a positive outcome."""
        return (self.positive + PRIOR_STRENGTH * self.prior_rate) / (self.resolved + PRIOR_STRENGTH)

    @property
    def win_linked_rate(self) -> float | None:
        """Raw share of resolved uses followed by a win or an order (None before any resolved use)."""
        return self.win_linked / self.resolved if self.resolved else None

    @property
    def lift(self) -> float:
        """Smoothed success rate minus the library-wide rate: > 0 better than average, 0 when unknown."""
        return self.success_rate - self.prior_rate


def script_stats(
    session: Session, *, window_days: int | None = None, now: dt.datetime | None = None
) -> dict[str, ScriptStats]:
    """Per-script usage counts, outcomes and smoothed rates (scripts never used are absent)."""
    usages = {u.id: u.action for u in session.scalars(select(ScriptUsage))}
    linked = link_outcomes(session, window_days=window_days, now=now)
    stats: dict[str, ScriptStats] = {}
    for lu in linked:
        st = stats.setdefault(lu.script_id, ScriptStats(lu.script_id))
        st.uses += 1
        st.outcomes[lu.outcome] += 1
        if usages.get(lu.usage_id) == "sent":
            st.sent += 1
        else:
            st.copied += 1
    resolved = sum(s.resolved for s in stats.values())
    positive = sum(s.positive for s in stats.values())
    prior = (positive + 1.0) / (resolved + 2.0)
    for st in stats.values():
        st.prior_rate = prior
    return stats
