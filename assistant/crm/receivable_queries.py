"""Queries that read money owed: unpaid orders (receivables) and a customer's orders with their products.

An order is *open* (a receivable) while its ``paid_date`` is null (or after the day asked
about); it is *overdue* once its ``payment_due_date`` is before that day. Amounts come in
USD (``amount_usd``) and in the order's own currency (``amount``, ``currency``).
Cancelled orders are never owed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from assistant.crm.models import Customer, Order, OrderLine, Product
from assistant.crm.sql import CANCELLED, customer_filter


@dataclass(frozen=True)
class OrderRow:
    """One order with its customer and payment state as of a day."""

    id: int
    external_id: str
    customer_id: int
    customer_external_id: str
    customer_name: str
    owner_id: int
    order_date: dt.date
    amount: float
    currency: str
    amount_usd: float
    status: str
    due_date: dt.date
    paid_date: dt.date | None
    paid_amount_usd: float

    def days_overdue(self, today: dt.date) -> int:
        """Days past the due date while unpaid on ``today`` (0 when paid or not yet due)."""
        if self.paid_date is not None and self.paid_date <= today:
            return 0
        return max((today - self.due_date).days, 0)


@dataclass(frozen=True)
class LineRow:
    """One product line of an order."""

    order_id: int
    sku: str
    name_zh: str
    name_en: str
    category: str
    quantity: int
    unit_price: float
    amount: float


_COLUMNS = (
    Order.id,
    Order.external_id,
    Order.customer_id,
    Customer.external_id,
    Customer.name_zh,
    Customer.name_en,
    Order.owner_id,
    Order.order_date,
    Order.amount,
    Order.currency,
    Order.amount_usd,
    Order.status,
    Order.payment_due_date,
    Order.paid_date,
    Order.paid_amount_usd,
)


def _row(r: Any) -> OrderRow:
    return OrderRow(
        id=int(r[0]),
        external_id=str(r[1]),
        customer_id=int(r[2]),
        customer_external_id=str(r[3]),
        customer_name=str(r[4] or r[5] or r[3]),
        owner_id=int(r[6]),
        order_date=r[7],
        amount=float(r[8] or 0),
        currency=str(r[9] or "USD"),
        amount_usd=float(r[10] or 0),
        status=str(r[11]),
        due_date=r[12],
        paid_date=r[13],
        paid_amount_usd=float(r[14] or 0),
    )


def unpaid_orders(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    overdue_only: bool = False,
) -> list[OrderRow]:
    """Return the orders placed up to ``today`` and unpaid on it, oldest due date first."""
    stmt = (
        select(*_COLUMNS)
        .join(Customer, Customer.id == Order.customer_id)
        .where(
            Order.order_date <= today,
            Order.status.not_in(CANCELLED),
            or_(Order.paid_date.is_(None), Order.paid_date > today),
            *customer_filter(Order.customer_id, owner_ids=owner_ids, customer_ids=customer_ids),
        )
        .order_by(Order.payment_due_date, Order.id)
    )
    if overdue_only:
        stmt = stmt.where(Order.payment_due_date < today)
    return [_row(r) for r in session.execute(stmt)]


def customer_orders(
    session: Session,
    *,
    customer_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[OrderRow]:
    """Return a customer's orders (not cancelled) with ``order_date`` in ``[start, end]``, newest first."""
    stmt = (
        select(*_COLUMNS)
        .join(Customer, Customer.id == Order.customer_id)
        .where(Order.customer_id == customer_id, Order.status.not_in(CANCELLED))
        .order_by(Order.order_date.desc(), Order.id.desc())
    )
    if start is not None:
        stmt = stmt.where(Order.order_date >= start)
    if end is not None:
        stmt = stmt.where(Order.order_date <= end)
    return [_row(r) for r in session.execute(stmt)]


def order_lines(session: Session, *, order_ids: Sequence[int]) -> dict[int, list[LineRow]]:
    """Return the product lines of each order, in line order."""
    if not order_ids:
        return {}
    stmt = (
        select(
            OrderLine.order_id,
            Product.sku,
            Product.name_zh,
            Product.name_en,
            Product.category,
            OrderLine.quantity,
            OrderLine.unit_price,
            OrderLine.amount,
        )
        .join(Product, Product.id == OrderLine.product_id)
        .where(OrderLine.order_id.in_(list(order_ids)))
        .order_by(OrderLine.order_id, OrderLine.id)
    )
    out: dict[int, list[LineRow]] = {}
    for oid, sku, nz, ne, cat, qty, price, amount in session.execute(stmt):
        out.setdefault(oid, []).append(LineRow(oid, sku, nz, ne, cat, int(qty), float(price), float(amount)))
    return out
