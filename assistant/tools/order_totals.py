"""Order totals for the order-history tool: several customers at once, and a second period to compare.

"那他们今年一共下了多少" after a list: each listed customer's order count and USD total in the
period (every customer resolved in the caller's scope, so a list never reaches past it);
"X今年下单总额跟去年比": the same sums for ``compare_period`` and the change. Sums are of
``orders.amount_usd`` as stored (never of rounded lines), cancelled orders never count.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from assistant.crm.receivable_queries import OrderRow, customer_orders
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call
from assistant.tools.schemas import OrderHistoryArgs


def sums(orders: list[OrderRow]) -> dict[str, Any]:
    """Return the count, USD total and own-currency totals of ``orders``."""
    by_currency: dict[str, float] = defaultdict(float)
    for o in orders:
        if o.currency != "USD":
            by_currency[o.currency] += o.amount
    return {
        "order_count": len(orders),
        "total_usd": C.money(sum(o.amount_usd for o in orders)),
        "by_currency": {k: C.money(v) for k, v in sorted(by_currency.items())},
    }


def _window(call: Call, period: str | None) -> tuple[Any, Any, Any]:
    """Return ``(period, start, end)`` of a period argument, up to today (all time when None)."""
    p = C.period(call, period, "this_year") if period else None
    today = call.ctx.today
    return (p, p.start, min(p.end, today)) if p else (None, None, today)


def compared(
    call: Call, customer_id: int, args: OrderHistoryArgs, now: dict[str, Any]
) -> dict[str, Any] | None:
    """Return one customer's sums in ``args.compare_period`` and the change from them to ``now``, if asked."""
    if not args.compare_period:
        return None
    p, start, end = _window(call, args.compare_period)
    then = sums(customer_orders(call.session, customer_id=customer_id, start=start, end=end))
    change = round(float(now["total_usd"]) - float(then["total_usd"]), 2)
    pct = round(change / float(then["total_usd"]), 4) if then["total_usd"] else None
    return {**then, "period": p.to_dict() if p else None, "change_usd": change, "change_pct": pct}


def group_totals(call: Call, args: OrderHistoryArgs) -> R.Result:
    """Return each of several customers' order count and total in the period, biggest first, and their sum."""
    found, missing, first_miss = C.customers(call, args.customers or [])
    if not found:
        return first_miss or R.not_found("customer")
    p, start, end = _window(call, args.period)
    rows = []
    every: list[OrderRow] = []
    for match in found.values():
        orders = customer_orders(call.session, customer_id=match.id, start=start, end=end)
        every += orders
        rows.append({"customer": {"id": match.external_id, "name": match.name}, **sums(orders),
                     "last_date": C.iso(max((o.order_date for o in orders), default=None))})  # fmt: skip
    rows.sort(key=lambda r: (-float(r["total_usd"]), r["customer"]["id"]))
    extra: dict[str, Any] = {"not_found": missing} if missing else {}
    return R.ok(
        records=[R.record("customer", r["customer"]["id"], r["customer"]["name"]) for r in rows],
        period=p.to_dict() if p else None,
        currency=C.currency(),
        customers_total=len(rows),
        group=rows,
        **sums(every),
        **extra,
    )
