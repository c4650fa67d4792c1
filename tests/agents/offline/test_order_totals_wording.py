"""An order_history answer states the number of orders and their sum plainly, with the noun after the count."""

from __future__ import annotations

from assistant.agents.offline import render_reports

CUSTOMER = {"id": "C00999", "name": "Summit Goods Ltd"}
ORDER = {"id": "SO-1", "date": "2026-08-02", "amount_usd": 1200.0, "items": []}


def _answer(lang: str, **extra: object) -> str:
    d = {"customer": CUSTOMER, "order_count": 1, "total_usd": 1200.0, "orders": [ORDER],
         "period": {"label": "2026-Q3", "start": "2026-07-01", "end": "2026-09-30"}, **extra}  # fmt: skip
    return "\n".join(render_reports.order_history(d, lang))


def test_one_order_is_singular() -> None:
    assert "1 order totalling $1,200" in _answer("en")


def test_several_orders_and_their_sum() -> None:
    assert "3 orders totalling $1,200" in _answer("en", order_count=3)
    assert "共下单 3 笔，合计 $1,200" in _answer("zh", order_count=3)


def test_orders_around_a_date_name_the_count_with_its_noun() -> None:
    text = _answer("en", order_count=4, anchor_date="2026-08-01")
    assert "4 orders" in text and "$1,200" in text
