"""Order totals for the order-history tool: several customers at once, and a second period to compare.

"那他们今年一共下了多少" after a list: each listed customer's order count and USD total in the
period (every customer resolved in the caller's scope, so a list never reaches past it);
"X今年下单总额跟去年比": the same sums for ``compare_period`` and the change. Sums are of
``orders.amount_usd`` as stored (never of rounded lines), cancelled orders never count.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from assistant.crm.receivable_queries import OrderRow, customer_orders
from assistant.text.calendar_words import add_months, whole_months
from assistant.text.periods import Period
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


def _length(p: Period) -> tuple[str, int]:
    """Return how long ``p`` is: whole months for a period of whole months (month, quarter, half, year), else days."""
    months = whole_months(p.start, p.end)
    return ("months", months) if months else ("days", (p.end - p.start).days + 1)


def _same_point(today: dt.date, start: dt.date, other_start: dt.date) -> dt.date:
    """Return the day in the period starting ``other_start`` as far in as ``today`` is in the one starting ``start``.

    Periods that start on the 1st (years, quarters, months) are shifted by whole months, so this
    year to 15 June is compared with last year to 15 June, leap years or not.
    """
    if start.day == other_start.day == 1:
        months = (start.year - other_start.year) * 12 + start.month - other_start.month
        first = add_months(today, -months)
        return first.replace(day=min(today.day, calendar.monthrange(first.year, first.month)[1]))
    return other_start + (today - start)


def comparison_cut(main: Period | None, other: Period | None, today: dt.date) -> tuple[dt.date | None, bool]:
    """Return how to measure ``other`` against ``main``: ``(cut, whole)``.

    A ``main`` still running is set against ``other`` cut at the same point (``cut``) when both are
    alike in length (this year to 30 Nov against last year to 30 Nov); periods of unlike length
    (this month against last year) cannot be cut alike, so ``other`` is whole (``whole`` is True). A
    finished ``main`` needs neither.
    """
    if main is None or other is None or main.end <= today:
        return None, False
    if _length(main) == _length(other):
        return min(other.end, _same_point(today, main.start, other.start)), False
    return None, True


def compared(
    call: Call,
    customer_id: int,
    args: OrderHistoryArgs,
    now_total: float,
    total_of: Callable[[list[OrderRow]], tuple[list[OrderRow], float]],
) -> dict[str, Any] | None:
    """Return one customer's sums in ``args.compare_period`` and the change from them to ``now_total``, if asked.

    Both sides are measured alike: ``total_of`` applies the same product filter to the second
    period's orders that the first period had. A first period still running (this year, this
    quarter) is compared with a period of the same length cut at the same point ("截至 11-30"),
    never a whole year against part of one. Periods of unlike length (this quarter against last
    year) cannot be cut alike: the second is taken whole and the result says so (``whole_period``).
    """
    if not args.compare_period:
        return None
    p, start, end = _window(call, args.compare_period)
    full_end = end
    main, _, _ = _window(call, args.period)
    cut, whole = comparison_cut(main, p, call.ctx.today)  # "this quarter vs last year": whole, said so
    if cut is not None:  # running: cut at the same point
        cut = end = min(end, cut)
    orders, total = total_of(customer_orders(call.session, customer_id=customer_id, start=start, end=end))
    then = {**sums(orders), "total_usd": C.money(total)}
    if cut is not None and cut < full_end:  # the whole of that period too ("去年全年"), beside the same-days sum
        every, every_total = total_of(customer_orders(call.session, customer_id=customer_id, start=start, end=full_end))
        if len(every) != len(orders):  # said only when the rest of that period adds orders
            then["whole"] = {"order_count": len(every), "total_usd": C.money(every_total)}
    change = round(now_total - total, 2)
    pct = round(change / total, 4) if total else None
    return {**then, "period": p.to_dict() if p else None, "to_date": C.iso(cut), "change_usd": change,
            "change_pct": pct, **({"whole_period": True} if whole else {})}  # fmt: skip


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
    skipped = [k for k in ("product", "compare_period", "last") if getattr(args, k)]
    if skipped:  # said in the answer, never silently dropped: these apply to one customer at a time
        extra["not_applied"] = skipped
    return R.ok(
        records=[R.record("customer", r["customer"]["id"], r["customer"]["name"]) for r in rows],
        period=p.to_dict() if p else None,
        currency=C.currency(),
        customers_total=len(rows),
        group=rows,
        **sums(every),
        **extra,
    )
