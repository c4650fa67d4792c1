"""The order-history tool: ``order_history`` — one customer's orders in a period, with their products.

"恒嘉最近3个月下单多少" (sum and count over whole calendar months), "what did they buy last
time?" (``last``: the last order's products), "去年这个时候他们买了什么" (``same_time_last_year``:
that month a year ago, else the nearest order), and a product filter. Cancelled orders never count.
Several customers' totals and a comparison period: :mod:`assistant.tools.order_totals`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from assistant.crm.receivable_queries import LineRow, OrderRow, customer_orders, order_lines
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, crm_tool
from assistant.tools.order_totals import compared, group_totals, sums
from assistant.tools.receivables import order_item
from assistant.tools.schemas import OrderHistoryArgs

NEAREST_SEARCH_DAYS = 183  # "a year ago": the nearest order within half a year of the anniversary


def _matches(line: LineRow, product: str) -> bool:
    p = product.strip().lower()
    return p in (line.sku.lower(), line.category.lower()) or p in line.name_zh.lower() or p in line.name_en.lower()


def _line_usd(o: OrderRow, x: LineRow) -> float:
    """Return a line's amount in USD at its order's rate (``amount_usd / amount``).

    The one conversion for lines, used for the product filter's total and the per-product sums
    alike, so the two agree even when an order's total differs from the sum of its lines.
    """
    return x.amount * (o.amount_usd / o.amount) if o.amount else 0.0


def _line(x: LineRow) -> dict[str, Any]:
    return {
        "sku": x.sku,
        "name_zh": x.name_zh,
        "name_en": x.name_en,
        "quantity": x.quantity,
        "amount": C.money(x.amount),
    }


def _products(orders: list[OrderRow], lines: dict[int, list[LineRow]]) -> list[dict[str, Any]]:
    """Sum up the products over all ``orders``: quantity, order count and USD share of each, biggest first."""
    agg: dict[str, dict[str, Any]] = {}
    for o in orders:
        for x in lines.get(o.id, []):
            a = agg.setdefault(x.sku, {"sku": x.sku, "name_zh": x.name_zh, "name_en": x.name_en,
                                       "category": x.category, "quantity": 0, "orders": set(), "amount_usd": 0.0})  # fmt: skip
            a["quantity"] += x.quantity
            a["orders"].add(o.id)
            a["amount_usd"] += _line_usd(o, x)
    out = [{**a, "orders": len(a["orders"]), "amount_usd": C.money(a["amount_usd"])} for a in agg.values()]
    return sorted(out, key=lambda a: (-a["amount_usd"], a["sku"]))


def _year_ago(today: dt.date) -> dt.date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


def _total(orders: list[OrderRow], lines: dict[int, list[LineRow]], product: str | None) -> float:
    """Return the USD total of ``orders``, or of their ``product`` lines only."""
    if not product:
        return float(sum(o.amount_usd for o in orders))
    return float(sum(_line_usd(o, x) for o in orders for x in lines.get(o.id, []) if _matches(x, product)))


def _filtered(call: Call, args: OrderHistoryArgs) -> Callable[[list[OrderRow]], tuple[list[OrderRow], float]]:
    """Return how the comparison period's orders are filtered and summed: as the first period's were."""

    def apply(orders: list[OrderRow]) -> tuple[list[OrderRow], float]:
        lines = order_lines(call.session, order_ids=[o.id for o in orders]) if args.product else {}
        if args.product:
            orders = [o for o in orders if any(_matches(x, args.product) for x in lines.get(o.id, []))]
        return orders, _total(orders, lines, args.product)

    return apply


@crm_tool("order_history")
def order_history(call: Call, args: OrderHistoryArgs) -> R.Result:
    """Return a customer's orders in a period (sum, count, products), its last order, or a year ago."""
    if not args.customer:  # several customers: each one's totals
        return group_totals(call, args)
    found = C.customer(call, args.customer)
    if isinstance(found, dict):
        return found
    today = call.ctx.today
    p = C.period(call, args.period, "this_year") if args.period else None
    extra: dict[str, Any] = {}
    if p is not None and p.label == "same_time_last_year":
        anchor = _year_ago(today)
        span = dt.timedelta(days=NEAREST_SEARCH_DAYS)
        near = customer_orders(call.session, customer_id=found.id, start=anchor - span, end=anchor + span)
        window = [o for o in near if p.start <= o.order_date <= p.end]
        nearest = min(near, key=lambda o: (abs((o.order_date - anchor).days), o.order_date), default=None)
        orders = window or ([nearest] if nearest else [])
        extra.update(anchor_date=anchor.isoformat(), nearest_order=nearest.external_id if nearest else None,
                     nearest_only=not window)  # fmt: skip
    else:
        start, end = (p.start, min(p.end, today)) if p else (None, today)
        orders = customer_orders(call.session, customer_id=found.id, start=start, end=end)
    lines = order_lines(call.session, order_ids=[o.id for o in orders])
    if args.product:
        orders = [o for o in orders if any(_matches(x, args.product) for x in lines.get(o.id, []))]
    now = _total(orders, lines, args.product)  # before "last": the period's total (compared only without it)
    if args.product:  # what the matching lines came to, not the whole orders
        extra.update(product=args.product, product_total_usd=C.money(now))
    if args.last:
        orders = orders[:1]
    shown = orders[: args.limit]
    if not args.last and (before := compared(call, found.id, args, now, _filtered(call, args))):
        extra["compare"] = before  # "今年跟去年比": the same sums for the second period, filtered alike
    items = [{**order_item(o, today), "items": [_line(x) for x in lines.get(o.id, [])]} for o in shown]
    for it in items:
        it.pop("customer", None)
    return R.ok(
        records=[
            R.record("customer", found.external_id, found.name),
            *(R.record("order", o.external_id, str(o.order_date)) for o in shown),
        ],
        customer={"id": found.external_id, "name": found.name},
        period=p.to_dict() if p else None,
        last=args.last,
        currency=C.currency(),
        **sums(orders),  # order_count, total_usd, by_currency
        first_date=C.iso(min((o.order_date for o in orders), default=None)),
        last_date=C.iso(max((o.order_date for o in orders), default=None)),
        products=_products(orders, lines)[:10],
        orders=items,
        **extra,
    )
