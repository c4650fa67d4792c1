"""Interests and cross-sell: the categories a customer buys or asks about, and what similar customers buy.

Bought categories come from order lines (SQL ``GROUP BY`` customer, category);
asked-about categories from the customer's inquiries mentioning a product or
category name. Similar customers are those in the same industry sharing at least
one bought category; a category they buy and this customer does not is suggested
with its support (share of similar customers buying it) as the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.analytics.reasons import Explained, Reason, money
from assistant.crm.models import Activity, Customer, Order, OrderLine, Product
from assistant.crm.sql import CANCELLED, day_start


class CategoryInterest(BaseModel):
    """One category the customer buys or asks about."""

    category: str
    bought_usd: float
    share: float
    inquiries: int


class CrossSell(Explained):
    """A category suggested because similar customers buy it."""

    category: str
    support: float
    similar_buyers: int


class Interests(Explained):
    """A customer's interests and cross-sell suggestions."""

    customer_id: int
    categories: list[CategoryInterest]
    suggestions: list[CrossSell]


def _bought(session: Session, since: dt.date, until: dt.date, **where) -> dict[int, dict[str, float]]:
    stmt = (
        select(Order.customer_id, Product.category, func.sum(OrderLine.amount))
        .join(OrderLine, OrderLine.order_id == Order.id)
        .join(Product, Product.id == OrderLine.product_id)
        .where(Order.order_date >= since, Order.order_date <= until, Order.status.not_in(CANCELLED))
        .group_by(Order.customer_id, Product.category)
    )
    if "customer_id" in where:
        stmt = stmt.where(Order.customer_id == where["customer_id"])
    if "industry" in where:
        stmt = stmt.join(Customer, Customer.id == Order.customer_id).where(
            Customer.industry == where["industry"]
        )
    out: dict[int, dict[str, float]] = {}
    for cid, cat, amount in session.execute(stmt):
        out.setdefault(cid, {})[cat] = float(amount or 0)
    return out


def _asked(session: Session, customer_id: int, since: dt.date, until: dt.date) -> Counter[str]:
    names: dict[str, str] = {}
    for cat, zh, en in session.execute(select(Product.category, Product.name_zh, Product.name_en)):
        for name in (cat, zh, en):
            if name and len(name) >= 2:
                names[name.lower()] = cat
    texts = session.scalars(
        select(Activity.content).where(
            Activity.customer_id == customer_id,
            Activity.type == "inquiry",
            Activity.content.is_not(None),
            Activity.occurred_at >= day_start(since),
            Activity.occurred_at < day_start(until + dt.timedelta(days=1)),
        )
    )
    counts: Counter[str] = Counter()
    for text in texts:
        low = text.lower()
        counts.update({cat for name, cat in names.items() if name in low})
    return counts


def customer_interests(
    session: Session, *, customer_id: int, today: dt.date, months: int = 24, max_suggestions: int = 3
) -> Interests:
    """Return what a customer buys or asks about and cross-sell suggestions from similar customers."""
    since = today - dt.timedelta(days=30 * months)
    mine = _bought(session, since, today, customer_id=customer_id).get(customer_id, {})
    asked = _asked(session, customer_id, today - dt.timedelta(days=365), today)
    total = sum(mine.values()) or 1.0
    cats = sorted(set(mine) | set(asked), key=lambda c: (-mine.get(c, 0.0), -asked[c], c))
    interests = [
        CategoryInterest(
            category=c,
            bought_usd=round(mine.get(c, 0.0), 2),
            share=round(mine.get(c, 0.0) / total, 3),
            inquiries=asked[c],
        )
        for c in cats
    ]
    reasons = []
    if interests and interests[0].bought_usd:
        top = interests[0]
        reasons.append(
            Reason(
                code="top_category",
                value=top.category,
                text_zh=f"{top.share:.0%} 的采购额是 {top.category}（{money(top.bought_usd)}）",
                text_en=f"{top.share:.0%} of purchases are {top.category} ({money(top.bought_usd)})",
            )
        )
    for c in [c for c in cats if asked[c] and not mine.get(c)]:
        reasons.append(
            Reason(
                code="asked_not_bought",
                value=c,
                text_zh=f"询问过 {c} {asked[c]} 次但未购买",
                text_en=f"asked about {c} {asked[c]} times without buying",
            )
        )
    industry = session.scalar(select(Customer.industry).where(Customer.id == customer_id))
    peers = (
        {
            cid: c
            for cid, c in _bought(session, since, today, industry=industry).items()
            if cid != customer_id and set(c) & set(mine)
        }
        if mine
        else {}
    )
    support: Counter[str] = Counter(cat for c in peers.values() for cat in c if cat not in mine)
    suggestions = [
        CrossSell(
            category=cat,
            support=round(n / len(peers), 3),
            similar_buyers=n,
            reasons=[
                Reason(
                    code="similar_customers_buy",
                    value=round(n / len(peers), 3),
                    text_zh=f"{len(peers)} 家同行业相似客户中有 {n} 家采购 {cat}"
                    + ("，且客户询问过" if asked[cat] else ""),
                    text_en=f"{n} of {len(peers)} similar {industry} customers buy {cat}"
                    + (" and the customer asked about it" if asked[cat] else ""),
                )
            ],
        )
        for cat, n in sorted(support.items(), key=lambda kv: (-(kv[1] + 0.5 * bool(asked[kv[0]])), kv[0]))
    ][:max_suggestions]
    return Interests(customer_id=customer_id, categories=interests, suggestions=suggestions, reasons=reasons)
