"""Database statistics: row counts per entity and the date range of orders."""

from __future__ import annotations

import math

from sqlalchemy import Engine, func, select

from assistant.crm.csv_entities import ENTITIES
from assistant.crm.models import Order, User


def db_stats(engine: Engine) -> dict[str, object]:
    """Return row counts per entity, users per role and the first/last order date.

    ``total_usd`` is None when the stored amounts do not add up to a finite number
    (rows written before the import checked amounts), so the result is always valid JSON.
    """
    with engine.connect() as conn:
        counts = {e.name: conn.scalar(select(func.count()).select_from(e.model)) or 0 for e in ENTITIES}
        first, last = conn.execute(select(func.min(Order.order_date), func.max(Order.order_date))).one()
        total = float(conn.scalar(select(func.coalesce(func.sum(Order.amount_usd), 0))) or 0)
        roles = dict(conn.execute(select(User.role, func.count()).group_by(User.role)).all())
    return {
        "database": engine.url.render_as_string(hide_password=True),
        "counts": counts,
        "users_by_role": {r: roles.get(r, 0) for r in ("rep", "manager", "qa", "admin")},
        "orders": {
            "first_date": first.isoformat() if first else None,
            "last_date": last.isoformat() if last else None,
            "total_usd": total if math.isfinite(total) else None,
        },
    }
