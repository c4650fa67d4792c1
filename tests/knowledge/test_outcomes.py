from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.crm.models import Customer, Opportunity, Order, StageChange, Team, User
from knowledge.models import ScriptUsage
from knowledge.outcomes import link_outcomes, log_script_use, script_stats

T0 = dt.datetime(2026, 3, 1, 10, 0)
NOW = dt.datetime(2026, 6, 1)


def _crm(session: Session) -> dict[str, int]:
    team = Team(name="East")
    rep = User(login="rep01", display_name="Rep One", role="rep", team=team)
    admin = User(login="admin", display_name="Admin", role="admin")
    session.add_all([team, rep, admin])
    session.flush()
    ids: dict[str, int] = {"rep": rep.id, "admin": admin.id}
    for n in range(1, 5):
        c = Customer(
            external_id=f"C{n}",
            name_zh=f"客户{n}",
            country="DE",
            industry="retail",
            owner_id=rep.id,
            tags=["price_sensitive"],
            created_date=dt.date(2025, 1, 1),
        )
        session.add(c)
        session.flush()
        o = Opportunity(
            external_id=f"O{n}",
            customer_id=c.id,
            owner_id=rep.id,
            name=f"Deal {n}",
            amount=Decimal("1000"),
            amount_usd=Decimal("1000"),
            stage="proposal",
            probability=50,
            expected_close_date=dt.date(2026, 5, 1),
            created_at=T0 - dt.timedelta(days=30),
            stage_changed_at=T0 - dt.timedelta(days=10),
        )
        session.add(o)
        session.flush()
        ids[f"c{n}"], ids[f"o{n}"] = c.id, o.id
    return ids


def _change(session: Session, opp: int, frm: str, to: str, days: float) -> None:
    session.add(
        StageChange(opportunity_id=opp, from_stage=frm, to_stage=to, changed_at=T0 + dt.timedelta(days=days))
    )


def test_log_script_use_validates_and_records_stage(session: Session) -> None:
    ids = _crm(session)
    use = log_script_use(
        session,
        script_id="price-a",
        user_id=ids["rep"],
        customer_id=ids["c1"],
        opportunity_id=ids["o1"],
        action="sent",
        context="客户嫌贵",
    )
    assert use.id and use.stage_at_use == "proposal" and use.action == "sent"
    for kwargs, msg in [
        ({"action": "liked"}, "action"),
        ({"customer_id": 999}, "unknown customer"),
        ({"user_id": 999}, "unknown user"),
        ({"opportunity_id": ids["o2"]}, "belongs to customer"),
        ({"script_id": ""}, "script_id"),
    ]:
        args = {"script_id": "price-a", "user_id": ids["rep"], "customer_id": ids["c1"], **kwargs}
        with pytest.raises(ValueError, match=msg):
            log_script_use(session, **args)
    assert session.scalar(select(ScriptUsage).where(ScriptUsage.action == "liked")) is None


def test_outcomes_are_linked_within_the_window(session: Session) -> None:
    ids = _crm(session)
    log = lambda sid, c, o=None: log_script_use(  # noqa: E731
        session,
        script_id=sid,
        user_id=ids["rep"],
        customer_id=ids[c],
        opportunity_id=o and ids[o],
        used_at=T0,
    )
    log("s-advance", "c1", "o1")
    log("s-won", "c2", "o2")
    log("s-order", "c3")
    log("s-late", "c4", "o4")
    _change(session, ids["o1"], "proposal", "negotiation", 3)
    _change(session, ids["o2"], "proposal", "negotiation", 2)
    _change(session, ids["o2"], "negotiation", "won", 9)
    _change(session, ids["o4"], "proposal", "won", 45)  # outside the 30-day window
    _change(session, ids["o1"], "negotiation", "won", -5)  # before the use: ignored
    session.add(
        Order(
            external_id="SO1",
            customer_id=ids["c3"],
            owner_id=ids["rep"],
            order_date=dt.date(2026, 3, 5),
            amount=Decimal("500"),
            amount_usd=Decimal("500"),
            payment_due_date=dt.date(2026, 4, 5),
        )
    )
    session.flush()
    linked = {lu.script_id: lu.outcome for lu in link_outcomes(session, window_days=30, now=NOW)}
    assert linked == {"s-advance": "advanced", "s-won": "advanced", "s-order": "order", "s-late": "none"}
    recent = link_outcomes(session, window_days=30, now=T0 + dt.timedelta(days=1), script_ids=["s-late"])
    assert recent[0].outcome == "pending"


def test_deal_lost_and_other_deals(session: Session) -> None:
    ids = _crm(session)
    log_script_use(
        session,
        script_id="s1",
        user_id=ids["rep"],
        customer_id=ids["c1"],
        opportunity_id=ids["o1"],
        used_at=T0,
    )
    extra = Opportunity(
        external_id="O9",
        customer_id=ids["c1"],
        owner_id=ids["rep"],
        name="Other",
        amount=Decimal(1),
        amount_usd=Decimal(1),
        stage="proposal",
        probability=10,
        expected_close_date=dt.date(2026, 5, 1),
        created_at=T0,
        stage_changed_at=T0,
    )
    session.add(extra)
    session.flush()
    _change(session, extra.id, "proposal", "won", 1)  # another deal of the same customer: not this script's
    _change(session, ids["o1"], "proposal", "lost", 4)
    session.flush()
    assert link_outcomes(session, now=NOW)[0].outcome == "lost"


def test_script_stats_smooth_with_a_prior(session: Session) -> None:
    ids = _crm(session)
    for i in range(6):
        log_script_use(
            session,
            script_id="good",
            user_id=ids["rep"],
            customer_id=ids["c1"],
            opportunity_id=ids["o1"],
            used_at=T0 + dt.timedelta(hours=i),
            action="sent" if i % 2 else "copied",
        )
    for _ in range(6):
        log_script_use(session, script_id="bad", user_id=ids["rep"], customer_id=ids["c2"], used_at=T0)
    log_script_use(session, script_id="new", user_id=ids["rep"], customer_id=ids["c3"], used_at=NOW)
    _change(session, ids["o1"], "proposal", "won", 1)
    session.flush()
    stats = script_stats(session, now=NOW)
    good, bad, new = stats["good"], stats["bad"], stats["new"]
    assert (good.uses, good.sent, good.copied, good.positive, good.win_linked) == (6, 3, 3, 6, 6)
    assert good.win_linked_rate == 1.0 and bad.win_linked_rate == 0.0 and new.win_linked_rate is None
    assert good.lift > 0 > bad.lift and new.lift == 0
    assert good.success_rate < 1.0, "the prior keeps a few uses from claiming certainty"
