"""The demo company: deterministic, proportioned archetypes whose histories behave as labelled."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, String, cast, func, select

from assistant.crm.demo import ARCHETYPE_SHARES, DemoDataError, archetype_plan, generate_demo
from assistant.crm.models import Activity, Contact, Customer, Opportunity, Order, OrderLine, User

TODAY = dt.date(2026, 11, 25)
ROOT = Path(__file__).resolve().parents[2]


_GENERATED: dict[str, dict] = {}


def _build(engine: Engine) -> None:
    _GENERATED[engine.dialect.name] = generate_demo(engine, customers=120, today=TODAY)


@pytest.fixture
def demo(engine: Engine, clone_db: Callable[..., Engine]) -> dict:
    """The test's ``engine`` holding a 120-customer demo (generated once per session and backend)."""
    clone_db("demo120", _build)
    return _GENERATED[engine.dialect.name]


def test_archetype_proportions_are_exact() -> None:
    labels = archetype_plan(400, random.Random(7))
    counts = Counter(labels)
    for name, share in ARCHETYPE_SHARES.items():
        assert counts[name] == round(400 * share)
    assert len(labels) == 400


def test_committed_ground_truth_matches_the_default_demo() -> None:
    lines = (ROOT / "evals/datasets/demo_ground_truth.jsonl").read_text(encoding="utf-8").splitlines()
    truth = {r["external_id"]: r["archetype"] for r in map(json.loads, lines)}
    labels = archetype_plan(400, random.Random(7))
    assert truth == {f"C{i:05d}": a for i, a in enumerate(labels, start=1)}


def test_same_seed_same_company(engine: Engine, tmp_path: Path) -> None:
    from assistant.db import get_engine
    from assistant.migrations import upgrade_schema

    first = generate_demo(engine, customers=60, today=TODAY)
    other = get_engine(f"sqlite:///{tmp_path}/other.db")
    upgrade_schema(other)
    second = generate_demo(other, customers=60, today=TODAY)
    assert first == second
    with engine.connect() as a, other.connect() as b:
        q = select(Customer.name_zh, Customer.name_en, Customer.owner_id).order_by(Customer.id)
        assert a.execute(q).all() == b.execute(q).all()


def test_refuses_a_non_empty_crm(engine: Engine, demo: dict) -> None:
    with pytest.raises(DemoDataError):
        generate_demo(engine, customers=10, today=TODAY)


def test_people_and_markets(engine: Engine, demo: dict) -> None:
    with engine.connect() as conn:
        roles = dict(conn.execute(select(User.role, func.count()).group_by(User.role)).all())
        countries = conn.scalar(select(func.count(func.distinct(Customer.country))))
        zh_named = conn.scalar(select(func.count()).where(Customer.name_zh.is_not(None)))
        en_named = conn.scalar(select(func.count()).where(Customer.name_en.is_not(None)))
        wang = conn.scalar(select(func.count()).where(Contact.name.like("王%")))
    assert roles == {"rep": 20, "manager": 3, "qa": 2, "admin": 1}
    assert countries >= 10
    assert zh_named > 0 and en_named > 0
    assert wang >= 1


def test_orders_reach_today_with_q4_peak(engine: Engine, demo: dict) -> None:
    with engine.connect() as conn:
        first, last = conn.execute(select(func.min(Order.order_date), func.max(Order.order_date))).one()
        by_month = Counter()
        for day, amount in conn.execute(select(Order.order_date, Order.amount_usd)):
            by_month[day.month] += float(amount)
        lines = conn.scalar(select(func.count()).select_from(OrderLine))
        orders = conn.scalar(select(func.count()).select_from(Order))
    assert last <= TODAY and (TODAY - last).days < 10
    assert (TODAY - first).days > 2.5 * 365
    q4 = sum(by_month[m] for m in (10, 11, 12)) / 3
    q1 = sum(by_month[m] for m in (1, 2, 3)) / 3
    assert q4 > 1.15 * q1
    assert lines > orders


def _per_archetype(engine: Engine, archetypes: dict[str, str], query) -> dict[str, list]:
    out: dict[str, list] = {}
    with engine.connect() as conn:
        for external_id, value in conn.execute(query):
            out.setdefault(archetypes[external_id], []).append(value)
    return out


def test_dormant_customers_stopped_ordering(engine: Engine, demo: dict) -> None:
    last = _per_archetype(
        engine, demo["archetypes"],
        select(Customer.external_id, func.max(Order.order_date)).join(Order).group_by(Customer.external_id),
    )  # fmt: skip
    assert all((TODAY - d).days > 180 for d in last["dormant"])
    recent_vip = [d for d in last["vip"] if (TODAY - d).days < 60]
    assert len(recent_vip) == len(last["vip"])


def test_declining_customers_order_less_recently(engine: Engine, demo: dict) -> None:
    cutoff = TODAY - dt.timedelta(days=180)
    prior = TODAY - dt.timedelta(days=360)
    recent = _per_archetype(
        engine, demo["archetypes"],
        select(Customer.external_id, func.count(Order.id)).join(Order)
        .where(Order.order_date >= cutoff).group_by(Customer.external_id),
    )  # fmt: skip
    before = _per_archetype(
        engine, demo["archetypes"],
        select(Customer.external_id, func.count(Order.id)).join(Order)
        .where(Order.order_date >= prior, Order.order_date < cutoff).group_by(Customer.external_id),
    )  # fmt: skip
    assert sum(recent.get("declining", [])) < 0.6 * sum(before["declining"])


def test_late_payers_pay_late(engine: Engine, demo: dict) -> None:
    pairs = _per_archetype(
        engine, demo["archetypes"],
        select(Customer.external_id, cast(Order.paid_date, String) + "|" + cast(Order.payment_due_date, String))
        .join(Order)
        .where(Order.paid_date.is_not(None)),
    )  # fmt: skip

    def median_delay(rows: list) -> int:
        days = sorted(
            (dt.date.fromisoformat(p) - dt.date.fromisoformat(d)).days for p, d in (r.split("|") for r in rows)
        )
        return days[len(days) // 2]

    assert median_delay(pairs["late_payer"]) >= 12
    assert median_delay(pairs["vip"]) <= 0


def test_pipeline_has_stalled_overdue_and_closed_deals(engine: Engine, demo: dict) -> None:
    now = dt.datetime.combine(TODAY, dt.time())
    with engine.connect() as conn:
        stages = set(conn.scalars(select(Opportunity.stage).distinct()))
        stalled = conn.scalar(
            select(func.count()).where(
                Opportunity.stage.in_(["prospecting", "qualification", "proposal", "negotiation"]),
                Opportunity.stage_changed_at < now - dt.timedelta(days=30),
            )
        )
        overdue = conn.scalar(
            select(func.count()).where(
                Opportunity.stage.not_in(["won", "lost"]), Opportunity.expected_close_date < TODAY
            )
        )
        lost = conn.scalars(select(Opportunity.lost_reason).where(Opportunity.stage == "lost")).all()
    assert stages == {"prospecting", "qualification", "proposal", "negotiation", "won", "lost"}
    assert stalled > 0 and overdue > 0
    assert lost and all(lost)


def test_activities_read_like_chats_with_some_violations(engine: Engine, demo: dict) -> None:
    with engine.connect() as conn:
        texts = conn.scalars(select(Activity.content)).all()
        inbound_with_response = conn.scalar(
            select(func.count()).where(
                Activity.direction == "inbound", Activity.response_minutes.is_not(None)
            )
        )
    joined = "\n".join(texts)
    assert any("客户：" in t for t in texts) and any("Customer:" in t for t in texts)
    assert "报价" in joined and "竞争" not in "" and "price" in joined
    violations = [
        t for t in texts if "包过" in t or "私人微信" in t or "personal WeChat" in t or "kickback" in t
    ]
    assert 0 < len(violations) < 0.05 * len(texts)
    assert inbound_with_response > 0


def test_deals_close_all_year_round(engine: Engine, demo: dict) -> None:
    with engine.connect() as conn:
        closed = conn.scalars(select(Opportunity.closed_at).where(Opportunity.stage.in_(["won", "lost"]))).all()
    assert max(closed).date() < TODAY
    assert sum(1 for c in closed if (TODAY - c.date()).days <= 45) >= 3  # recent wins and losses exist
