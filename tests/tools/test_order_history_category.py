"""order_history filtered by a product category: the lines of that category, summed in USD, against SQL."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from assistant.identity import AssistantContext
from tests.tools.conftest import TODAY
from tests.tools.test_reports import sql
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def test_a_category_filter_sums_that_categorys_lines_not_whole_orders(demo: Engine, ctx_for: Ctx) -> None:
    # a customer whose orders this year mix categories, and one category among them
    ext, owner, cat = sql(demo, "select c.external_id, u.login, min(p.category) from order_lines l join orders o on o.id=l.order_id "
                                "join products p on p.id=l.product_id join customers c on c.id=o.customer_id "
                                "join users u on u.id=c.owner_id where o.order_date between '2025-01-01' and :d "
                                "group by c.id, c.external_id, u.login having count(distinct p.category) > 1 "
                                "order by c.id limit 1", d=TODAY.isoformat())[0]  # fmt: skip
    out = run(ctx_for(owner), "order_history", customer=ext, period="this_year", product=cat)
    lines_usd = sql(demo, "select coalesce(sum(l.amount * o.amount_usd / o.amount), 0) from order_lines l "
                             "join orders o on o.id=l.order_id join products p on p.id=l.product_id "
                             "join customers c on c.id=o.customer_id where c.external_id=:e and p.category=:k "
                             "and o.order_date between '2025-01-01' and :d", e=ext, k=cat, d=TODAY.isoformat())[0][0]  # fmt: skip
    assert out["product"] == cat
    assert out["product_total_usd"] == pytest.approx(float(lines_usd), abs=1.0)
    assert out["product_total_usd"] <= out["total_usd"]


def test_the_product_list_and_the_product_filter_convert_lines_alike(demo: Engine, ctx_for: Ctx) -> None:
    # one SKU of a customer's orders this year: its row in ``products`` and the filter's total agree
    ext, owner, sku = sql(demo, "select c.external_id, u.login, min(p.sku) from order_lines l join orders o on o.id=l.order_id "
                                "join products p on p.id=l.product_id join customers c on c.id=o.customer_id "
                                "join users u on u.id=c.owner_id where o.order_date between '2025-01-01' and :d "
                                "and o.currency <> 'USD' group by c.id, c.external_id, u.login "
                                "order by c.id limit 1", d=TODAY.isoformat())[0]  # fmt: skip
    out = run(ctx_for(owner), "order_history", customer=ext, period="this_year", product=sku)
    row = next(p for p in out["products"] if p["sku"] == sku)
    assert out["product_total_usd"] > 0
    assert row["amount_usd"] == pytest.approx(out["product_total_usd"], abs=0.02)


def test_products_convert_each_line_at_its_orders_rate_even_when_lines_do_not_add_up() -> None:
    import datetime as dt

    from assistant.crm.receivable_queries import LineRow, OrderRow
    from assistant.tools.order_history import _line_usd, _products

    order = OrderRow(id=1, external_id="ORD-1", customer_id=1, customer_external_id="C-1", customer_name="X",
                     owner_id=1, order_date=dt.date(2026, 11, 1), amount=1000.0, currency="CNY", amount_usd=140.0,
                     status="paid", due_date=dt.date(2026, 12, 1), paid_date=None, paid_amount_usd=0.0)  # fmt: skip
    # the lines come to 800 of the order's 1000 (freight or a fee on the order itself)
    line = LineRow(order_id=1, sku="SKU-A", name_zh="甲", name_en="A", category="c", quantity=10, unit_price=80.0,
                   amount=800.0)  # fmt: skip
    row = _products([order], {1: [line]})[0]
    assert _line_usd(order, line) == pytest.approx(112.0)
    assert row["amount_usd"] == pytest.approx(112.0)
