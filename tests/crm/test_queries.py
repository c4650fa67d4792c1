"""The order and activity query modules: per-customer aggregates on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).parents[1] / "analytics"))
from crm_builder import CRM, TODAY  # (the analytics tests' row builder)

from assistant.crm.activity_queries import activity_features
from assistant.crm.order_queries import interval_stats, order_features, top_categories


@pytest.fixture
def crm(session: Session) -> CRM:
    return CRM(session)


@pytest.fixture
def pg_crm(pg_engine):
    from assistant.db import session_scope

    with session_scope(pg_engine) as s:
        yield CRM(s)


def _world(crm: CRM):
    rep = crm.user("rep01")
    c = crm.customer("客户", rep)
    p = crm.product("T1", "towels")
    crm.order(c, dt.date(2025, 6, 1), 1000, products=[p])  # recent, not yet due
    crm.order(c, dt.date(2025, 4, 1), 2000, paid_after=None)  # recent, overdue since 05-01
    crm.order(c, dt.date(2025, 3, 1), 500, paid_after=40)  # recent, paid 10 days late
    crm.order(c, dt.date(2024, 12, 1), 700, paid_after=10)  # prior window, on time
    crm.order(c, dt.date(2024, 5, 1), 300, paid_after=10)  # year-ago window
    crm.order(c, dt.date(2025, 5, 1), 999, status="cancelled")  # ignored
    crm.order(c, dt.date(2025, 7, 1), 999)  # after today: ignored
    crm.activity(c, dt.datetime(2025, 6, 20, 8), direction="inbound", response_minutes=30)
    crm.activity(c, dt.datetime(2025, 6, 21, 8), type="note")  # notes are not contacts
    crm.activity(c, dt.datetime(2024, 10, 1, 8), direction="inbound", response_minutes=90)
    return rep, c


def _check(crm: CRM, rep, c) -> None:
    f = order_features(crm.s, today=TODAY, owner_ids=[rep.id])[c.id]
    assert (f.orders_total, f.amount_total) == (5, 4500)
    assert (f.orders_recent, f.amount_recent, f.orders_prior, f.amount_prior) == (3, 3500, 1, 700)
    assert (f.orders_year_ago, f.amount_year_ago) == (1, 300)
    assert (f.overdue_amount, f.overdue_orders, f.max_days_overdue) == (2000, 1, 60)
    assert (f.due_12m, f.on_time_12m, f.avg_days_late_12m) == (3, 1, 35)  # late: 10 days paid, 60 days unpaid
    assert f.first_order == dt.date(2024, 5, 1) and f.last_order == dt.date(2025, 6, 1)
    a = activity_features(crm.s, today=TODAY, customer_ids=[c.id])[c.id]
    assert (a.contacts_recent, a.contacts_prior, a.avg_response_recent, a.avg_response_prior) == (
        1,
        1,
        30,
        90,
    )
    assert a.last_contact == dt.datetime(2025, 6, 20, 8)
    iv = interval_stats(crm.s, today=TODAY, customer_ids=[c.id])[c.id]
    assert iv.order_days == 5 and iv.min_gap == 31 and iv.months == {5: 1, 12: 1, 3: 1, 4: 1, 6: 1}
    assert iv.mean_gap == pytest.approx((dt.date(2025, 6, 1) - dt.date(2024, 5, 1)).days / 4)
    assert top_categories(crm.s, customer_ids=[c.id], today=TODAY) == {c.id: ["towels"]}
    assert order_features(crm.s, today=TODAY, owner_ids=[]) == {}


def test_per_customer_aggregates_sqlite(crm: CRM) -> None:
    _check(crm, *_world(crm))


@pytest.mark.postgres
def test_per_customer_aggregates_postgres(pg_crm: CRM) -> None:
    _check(pg_crm, *_world(pg_crm))
