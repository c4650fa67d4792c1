"""Activity alerts (seed 004 §7): 3 months without an order, 6 months without contact.

No order for 3 months → remind the owner; no contact for 6 months → reactivation list.
Both lists come from the per-customer SQL aggregates, one row per customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

from sqlalchemy.orm import Session

from assistant.analytics.features import load_snapshots
from assistant.analytics.reasons import Explained, Reason


class ActivityAlert(Explained):
    """One customer that crossed an inactivity threshold."""

    kind: Literal["no_order", "no_contact"]
    customer_id: int
    customer_name: str
    owner_id: int
    days: int | None
    action_zh: str
    action_en: str


def activity_alerts(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    no_order_days: int = 90,
    no_contact_days: int = 180,
) -> list[ActivityAlert]:
    """Return inactivity alerts for the customers in scope, longest silence first.

    ``no_order`` alerts cover customers that ordered before but not for ``no_order_days``;
    ``no_contact`` alerts (the reactivation list) cover customers with no contact for
    ``no_contact_days`` or never contacted.
    """
    snaps = load_snapshots(
        session, today=today, owner_ids=owner_ids, customer_ids=customer_ids, with_intervals=False
    )
    out: list[ActivityAlert] = []
    for s in snaps.values():
        c, since_order, since_contact = s.customer, s.days_since_order, s.days_since_contact
        if since_order is not None and since_order >= no_order_days:
            out.append(
                ActivityAlert(
                    kind="no_order",
                    customer_id=c.id,
                    customer_name=c.name,
                    owner_id=c.owner_id,
                    days=since_order,
                    action_zh="提醒负责销售回访",
                    action_en="remind the owner to follow up",
                    reasons=[
                        Reason(
                            code="no_order",
                            value=since_order,
                            text_zh=f"已 {since_order} 天无交易（上次 {s.orders.last_order}）",
                            text_en=f"no order for {since_order} days (last {s.orders.last_order})",
                        )
                    ],
                )
            )
        if since_contact is None or since_contact >= no_contact_days:
            out.append(
                ActivityAlert(
                    kind="no_contact",
                    customer_id=c.id,
                    customer_name=c.name,
                    owner_id=c.owner_id,
                    days=since_contact,
                    action_zh="列入客户唤醒计划",
                    action_en="add to the reactivation list",
                    reasons=[
                        Reason(
                            code="no_contact",
                            value=since_contact,
                            text_zh="从未联系" if since_contact is None else f"已 {since_contact} 天无沟通",
                            text_en="never contacted"
                            if since_contact is None
                            else f"no contact for {since_contact} days",
                        )
                    ],
                )
            )
    return sorted(out, key=lambda a: (a.kind, -(a.days if a.days is not None else 10**6), a.customer_id))
