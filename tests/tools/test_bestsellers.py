"""Best sellers per category: the same ranking as counting per category, computed once per day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import Engine, event, func, select

from assistant.crm.models import Customer, Order, OrderLine, Product
from assistant.db import session_scope
from assistant.tools import bestsellers
from tests.tools.conftest import TODAY


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    bestsellers.clear_cache()
    yield
    bestsellers.clear_cache()


def _naive(engine: Engine, category: str, k: int) -> list[str]:
    since = TODAY - dt.timedelta(days=365)
    with session_scope(engine) as s:
        stmt = (
            select(Product.sku)
            .join(OrderLine, OrderLine.product_id == Product.id)
            .join(Order, Order.id == OrderLine.order_id)
            .where(Product.category == category, Order.order_date > since, Order.order_date <= TODAY)
            .group_by(Product.id)
            .order_by(func.count(OrderLine.id).desc(), Product.id)
            .limit(k)
        )
        return list(s.scalars(stmt))


def _aggregates(engine: Engine) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]) if "order_lines" in a[2] else None)
    return seen


def test_ranking_matches_counting_each_category(demo: Engine) -> None:
    with session_scope(demo) as s:
        categories = sorted(set(s.scalars(select(Product.category))))
        got = {c: [p.sku for p in bestsellers.best_sellers(s, c, TODAY, k=3)] for c in categories}
    assert all(got.values())
    assert got == {c: _naive(demo, c, 3) for c in categories}


def test_the_year_of_order_lines_is_counted_once_per_day(demo: Engine) -> None:
    seen = _aggregates(demo)
    with session_scope(demo) as s:
        for c in ("hardware", "home", "textiles", "hardware"):
            bestsellers.best_sellers(s, c, TODAY)
        assert len(seen) == 1
        bestsellers.best_sellers(s, "home", TODAY + dt.timedelta(days=1))
    assert len(seen) == 2


def test_refreshed_when_orders_change(demo: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bestsellers, "REFRESH_SECONDS", 0.0)
    with session_scope(demo) as s:
        products = s.scalars(select(Product).where(Product.category == "packaging").order_by(Product.id)).all()
        top = bestsellers.best_sellers(s, "packaging", TODAY, k=1)[0]
        underdog = next(p for p in reversed(products) if p.id != top.id)
        seen = _aggregates(demo)
        assert bestsellers.best_sellers(s, "packaging", TODAY, k=1)[0].id == top.id
        assert seen == [], "orders unchanged: the ranking is reused"
        cust = s.scalars(select(Customer)).first()
        order = Order(external_id="SO-TEST-1", customer_id=cust.id, owner_id=cust.owner_id, order_date=TODAY,
                      amount=Decimal(1), amount_usd=Decimal(1), payment_due_date=TODAY)
        s.add(order)
        s.flush()
        s.add_all(OrderLine(order_id=order.id, product_id=underdog.id, quantity=1, unit_price=Decimal(1),
                            amount=Decimal(1)) for _ in range(5000))
        s.flush()
        assert bestsellers.best_sellers(s, "packaging", TODAY, k=1)[0].id == underdog.id
