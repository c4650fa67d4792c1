"""Best sellers per product category (order lines in the last year), cached per database and day.

``recommend_products`` names the two best sellers of each category it suggests. Ranking
them means counting every order line of the last year (~170k lines on 10k customers,
~400 ms on SQLite per category), yet the answer is the same for every customer and
barely moves from one order to the next. So the ranking of *all* categories is computed
in one aggregate query and kept per database and day; after :data:`REFRESH_SECONDS` it
is reused only if the orders are unchanged (same count and highest id), else recomputed.
"""

from __future__ import annotations

import datetime as dt
import threading
import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.crm.models import Order, OrderLine, Product

REFRESH_SECONDS = 600.0

_Ranking = dict[str, list[int]]  # category → product ids, best seller first
_cache: dict[tuple[str, dt.date], tuple[float, tuple, _Ranking]] = {}
_lock = threading.Lock()


def best_sellers(session: Session, category: str, today: dt.date, k: int = 2) -> list[Product]:
    """Return the ``k`` products of ``category`` with the most order lines in the year up to ``today``.

    Args:
        session: A session on the CRM database.
        category: A product category (``Product.category``).
        today: The last day counted; the year is ``(today - 365 days, today]``.
        k: How many products to return.

    Returns:
        The products, best seller first (ties by product id); fewer when the category sold fewer.
    """
    ids = _ranking(session, today).get(category, [])[:k]
    if not ids:
        return []
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    return [products[i] for i in ids if i in products]


def clear_cache() -> None:
    """Forget every cached ranking (tests that rewrite orders under the same database URL)."""
    with _lock:
        _cache.clear()


def _ranking(session: Session, today: dt.date) -> _Ranking:
    key = (session.get_bind().engine.url.render_as_string(hide_password=True), today)
    now = time.monotonic()
    with _lock:
        cached = _cache.get(key)
        if cached and now - cached[0] < REFRESH_SECONDS:
            return cached[2]
        sig = tuple(session.execute(select(func.count(Order.id), func.max(Order.id))).one())
        if cached and cached[1] == sig:
            _cache[key] = (now, sig, cached[2])
            return cached[2]
        ranking = _compute(session, today)
        for stale in [k for k in _cache if k[0] == key[0] and k[1] != today]:  # yesterday's ranking
            del _cache[stale]
        _cache[key] = (now, sig, ranking)
        return ranking


def _compute(session: Session, today: dt.date) -> _Ranking:
    since = today - dt.timedelta(days=365)
    lines = func.count(OrderLine.id)
    stmt = (
        select(OrderLine.product_id, lines)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.order_date > since, Order.order_date <= today)
        .group_by(OrderLine.product_id)
    )
    counts: dict[int, int] = {pid: n for pid, n in session.execute(stmt)}
    ranking: _Ranking = {}
    for pid, category in session.execute(select(Product.id, Product.category).order_by(Product.id)):
        if counts.get(pid):
            ranking.setdefault(category, []).append(pid)
    for ids in ranking.values():
        ids.sort(key=lambda pid: (-counts[pid], pid))
    return ranking
