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
