"""Open receivables in the order's own currency count only the unpaid share, like the USD figures."""

from __future__ import annotations

import datetime as dt

from assistant.crm.receivable_queries import OrderRow
from assistant.tools.receivables import _by_currency


def _order(amount: float, currency: str, amount_usd: float, paid_usd: float) -> OrderRow:
    day = dt.date(2026, 11, 1)
    return OrderRow(1, "SO-1", 1, "C00001", "客户", 1, day, amount, currency, amount_usd, "delivered", day, None,
                    paid_usd)  # fmt: skip


def test_a_part_paid_cny_order_counts_its_unpaid_share() -> None:
    orders = [_order(72_000, "CNY", 10_000, 2_500), _order(7_200, "CNY", 1_000, 0), _order(500, "USD", 500, 0)]
    assert _by_currency(orders) == {"CNY": 72_000 * 0.75 + 7_200}
