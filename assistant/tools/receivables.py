"""The money-owed tool: ``receivables`` — unpaid and overdue orders per customer and per rep.

Open = an order placed up to today whose ``paid_date`` is null; overdue = open and its
``payment_due_date`` is before today; ``overdue_customers`` counts the customers with an overdue
order. The totals always give both (``overdue_only`` narrows the listed customers, not the totals: "is anyone late?" is answered "none; $X open, not yet due"). Amounts in USD and, where the order is not in USD,
in its own currency. With a customer: its open orders and whether its last order is paid
("did Summit pay their last invoice?"). With several customers or a place/industry filter
("do my Dubai customers owe us anything?"): their open orders, and which of them owe nothing. QA is refused by the wrapper (no financials).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from assistant.crm.models import Customer
from assistant.crm.receivable_queries import OrderRow, customer_orders, unpaid_orders
from assistant.crm.rep_queries import rep_rows
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, crm_tool
from assistant.tools.customers import place_filters
from assistant.tools.schemas import ReceivablesArgs
from assistant.tools.teams import named_team_owners


def _owed(o: OrderRow) -> float:
    return max(o.amount_usd - o.paid_amount_usd, 0.0)


def order_item(o: OrderRow, today: Any) -> dict[str, Any]:
    """Return an order as a result item: ids, dates, amounts (USD and own currency) and payment state."""
    paid = o.paid_date is not None and o.paid_date <= today
    item: dict[str, Any] = {
        "id": o.external_id,
        "date": C.iso(o.order_date),
        "customer": {"id": o.customer_external_id, "name": o.customer_name},
        "amount_usd": C.money(o.amount_usd),
        "due_date": C.iso(o.due_date),
        "paid": paid,
        "paid_date": C.iso(o.paid_date) if paid else None,
        "days_overdue": o.days_overdue(today),
        "status": o.status,
    }
    if o.currency != "USD":
        item.update(amount=C.money(o.amount), order_currency=o.currency)
    return item


def _by_currency(orders: list[OrderRow]) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for o in orders:
        if o.currency != "USD":  # the unpaid share in the order's own currency
            out[o.currency] += o.amount * (_owed(o) / o.amount_usd if o.amount_usd > 0 else 1.0)
    return {k: C.money(v) for k, v in sorted(out.items())}


def _customers(orders: list[OrderRow], today: Any, owners: dict[int, str]) -> list[dict[str, Any]]:
    groups: dict[int, list[OrderRow]] = defaultdict(list)
    for o in orders:
        groups[o.customer_id].append(o)
    items = []
    for rows in groups.values():
        overdue = [o for o in rows if o.days_overdue(today) > 0]
        items.append(
            {
                "customer": {"id": rows[0].customer_external_id, "name": rows[0].customer_name},
                "owner": owners.get(rows[0].owner_id),
                "open_usd": C.money(sum(_owed(o) for o in rows)),
                "open_orders": len(rows),
                "overdue_usd": C.money(sum(_owed(o) for o in overdue)),
                "overdue_orders": len(overdue),
                "max_days_overdue": max((o.days_overdue(today) for o in rows), default=0),
                "by_currency": _by_currency(rows),
            }
        )
    return sorted(items, key=lambda i: (-i["overdue_usd"], -i["open_usd"], i["customer"]["id"]))


def _reps(orders: list[OrderRow], today: Any, call: Call) -> list[dict[str, Any]]:
    groups: dict[int, list[OrderRow]] = defaultdict(list)
    for o in orders:
        groups[o.owner_id].append(o)
    names = {r.id: r for r in rep_rows(call.session, user_ids=list(groups))}
    items = []
    for rid, rows in groups.items():
        rep = names.get(rid)
        items.append(
            {
                "login": rep.login if rep else str(rid),
                "name": rep.name if rep else str(rid),
                "open_usd": C.money(sum(_owed(o) for o in rows)),
                "overdue_usd": C.money(sum(_owed(o) for o in rows if o.days_overdue(today) > 0)),
                "customers": len({o.customer_id for o in rows}),
                "overdue_customers": len({o.customer_id for o in rows if o.days_overdue(today) > 0}),
            }
        )
    return sorted(items, key=lambda i: (-i["overdue_usd"], -i["open_usd"], i["login"]))


def _group(call: Call, args: ReceivablesArgs) -> tuple[list[int], dict[str, Any]] | R.Result:
    """Resolve several customers and/or a place/industry filter to customer ids in scope (or the result to return)."""
    found, missing, first_miss = C.customers(call, args.customers or [])
    names = {i: m.name for i, m in found.items()}
    filters = place_filters(args.country, args.city, args.industry)
    if filters:
        owners = call.scope.owner_ids
        stmt = select(Customer).where(*filters, *([] if owners is None else [Customer.owner_id.in_(owners)]))
        rows = {c.id: c.display_name for c in call.session.scalars(stmt.order_by(Customer.id))}
        names = {i: n for i, n in names.items() if i in rows} if args.customers else rows
    if not names:
        if first_miss is not None and not filters:
            return first_miss
        return R.not_found("customer", qualifier="matching the filters", qualifier_zh="符合筛选条件的")
    asked = {
        k: v for k, v in (("country", args.country), ("city", args.city), ("industry", args.industry)) if v
    }
    extra: dict[str, Any] = {"group": {**asked, "customers": len(names)}, "_names": names}
    if missing:
        extra["not_found"] = missing
    return list(names), extra


@crm_tool("receivables")
def receivables(call: Call, args: ReceivablesArgs) -> R.Result:
    """Open and overdue receivables of one customer, several customers (or a place/industry), one rep, or the scope."""
    today = call.ctx.today
    extra: dict[str, Any] = {}
    if args.customer:
        found = C.customer(call, args.customer)
        if isinstance(found, dict):
            return found
        orders = unpaid_orders(call.session, today=today, customer_ids=[found.id])
        history = customer_orders(call.session, customer_id=found.id, end=today)
        cust = call.session.get(Customer, found.id)
        extra["customer"] = {"id": found.external_id, "name": found.name}
        extra["last_order"] = order_item(history[0], today) if history else None
        scope = "customer"
        if cust is not None:
            extra["owner"] = C.logins(call, [cust.owner_id]).get(cust.owner_id)
    elif args.customers or args.country or args.city or args.industry:
        group = _group(call, args)
        if isinstance(group, dict):
            return group
        ids, extra = group
        scope = "customers"
        orders = unpaid_orders(call.session, today=today, customer_ids=ids)
        owing = {o.customer_id for o in orders}
        extra["settled"] = [n for i, n in extra.pop("_names").items() if i not in owing][: args.limit]
    else:
        if args.rep_login:
            rep = C.rep(call, args.rep_login)
            if isinstance(rep, dict):
                return rep
            owners: list[int] | None = [rep.id]
            scope = "rep"
            extra["rep"] = {"login": rep.login, "name": rep.name}
        elif args.team:  # "欧美组还有多少没收回来": that team's reps (a manager: only their own team)
            named = named_team_owners(call, args.team)
            if isinstance(named, dict):
                return named
            scope, owners = "team", named[1]
            extra["team"] = named[0]
        else:
            scope = args.scope or C.natural_scope(call)
            owners = C.owners_for_scope(call, scope)
        orders = unpaid_orders(call.session, today=today, owner_ids=owners)
        extra["reps"] = _reps(orders, today, call) if scope in ("team", "all") else []
    owner_names = C.logins(call, (o.owner_id for o in orders))
    overdue = [o for o in orders if o.days_overdue(today) > 0]
    customers = _customers(orders, today, owner_names)
    late = [c for c in customers if c["overdue_usd"] > 0]  # "how many of my customers are overdue?"
    if args.overdue_only:  # "who is late paying?": list the late ones; the totals still say what is open
        customers = [c for c in customers if c["overdue_usd"] > 0]
    # one customer: all its open orders; a list: the overdue orders, most overdue first (the rest is in the totals)
    pool = orders if "customer" in extra else overdue
    listed = sorted(pool, key=lambda o: (-o.days_overdue(today), -_owed(o), o.external_id))[: args.limit]
    records = [
        *(R.record("customer", c["customer"]["id"], c["customer"]["name"]) for c in customers[: args.limit]),
        *(R.record("order", o.external_id, f"{o.customer_name} {o.order_date}") for o in listed),
    ]
    last = extra.get("last_order")
    if last and not any(r["id"] == last["id"] for r in records):
        records.append(R.record("order", last["id"], f"{last['customer']['name']} {last['date']}"))
    if "customer" in extra and not records:
        records.append(R.record("customer", extra["customer"]["id"], extra["customer"]["name"]))
    return R.ok(
        records=records,
        as_of=today.isoformat(),
        scope=scope,
        overdue_only=args.overdue_only,
        currency=C.currency(),
        total_open_usd=C.money(sum(_owed(o) for o in orders)),
        open_orders=len(orders),
        total_overdue_usd=C.money(sum(_owed(o) for o in overdue)),
        overdue_orders=len(overdue),
        open_by_currency=_by_currency(orders),
        customers_total=len(customers),
        overdue_customers=len(late),
        worst_debtor=late[0]["customer"] if late else None,
        customers=customers[: args.limit],
        orders=[order_item(o, today) for o in listed],
        **extra,
    )
