"""Per-customer history of the demo company: orders with payments, deals, activities.

Each customer's behaviour follows its archetype, so analytics can be scored against
the ground truth: VIPs order often and pay on time, declining customers order and
talk less in the last months and answer slower, dormant ones stopped ordering more
than six months ago, seasonal ones buy before the Q4 peak, late payers pay late.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from assistant.crm.demo_catalog import COMPETITORS, FX_TO_USD, LOST_REASONS
from assistant.crm.demo_texts import pick_topic, render_text
from assistant.crm.models import OPEN_STAGES
from assistant.crm.vocabulary import STAGE_PROBABILITY

DAY = dt.timedelta(days=1)
FLOW = list(OPEN_STAGES)


@dataclass
class Profile:
    """What drives one demo customer's history."""

    customer_id: int
    owner_id: int
    archetype: str
    currency: str
    language: str
    start: dt.date
    base_amount: float
    interval: float
    terms_days: int
    response_minutes: float
    categories: list[str]
    contact_ids: list[int]
    contact_names: list[str]
    channel: str
    hour: int
    utc_offset: int
    rep_short: str
    order_dates: list[dt.date] = field(default_factory=list)


def order_dates(p: Profile, today: dt.date, rng: random.Random) -> list[dt.date]:
    """Order dates for a customer, shaped by its archetype and the Q4 peak."""
    dates: list[dt.date] = []
    day = p.start + rng.randint(3, 40) * DAY
    decline_from = today - rng.randint(240, 300) * DAY
    stop = today - rng.randint(200, 520) * DAY if p.archetype == "dormant" else today
    while day < stop:
        seasonal_ok = p.archetype != "seasonal" or day.month in (7, 8, 9, 10)
        if seasonal_ok:
            dates.append(day)
        interval = p.interval
        if p.archetype == "growing":
            age = (day - p.start).days / max((today - p.start).days, 1)
            interval = p.interval * (1.6 - 1.1 * age)
        if p.archetype == "declining" and day >= decline_from:
            interval = p.interval * 3.5
        if p.archetype == "seasonal":
            interval = 22 if day.month in (7, 8, 9, 10) else 30
        if day.month in (9, 10, 11) and p.archetype != "seasonal":
            interval *= 0.75
        day += max(7, round(interval * rng.uniform(0.75, 1.25))) * DAY
    return dates


def order_rows(p: Profile, today: dt.date, rng: random.Random, products: dict[str, list[tuple]], ids: dict):
    """Yield (order, lines) dicts for one customer; ids holds running primary keys."""
    fx = FX_TO_USD[p.currency]
    decline_from = today - 270 * DAY
    n = len(p.order_dates)
    for i, day in enumerate(p.order_dates):
        target = p.base_amount * rng.lognormvariate(0, 0.35)
        if p.archetype == "growing":
            target *= 0.5 + 1.5 * i / max(n - 1, 1)
        if p.archetype == "declining" and day >= decline_from:
            target *= 0.55
        if day.month in (10, 11, 12):
            target *= 1.3
        ids["order"] += 1
        order_id = ids["order"]
        lines, total_usd = [], 0.0
        chosen = rng.sample(products[rng.choice(p.categories)], k=rng.randint(1, 6))
        for product_id, price_usd in chosen:
            share = target / len(chosen)
            qty = max(1, round(share / price_usd / 10) * 10 if share > price_usd * 20 else share / price_usd)
            qty = int(qty)
            ids["line"] += 1
            usd = qty * price_usd
            total_usd += usd
            lines.append(
                {
                    "id": ids["line"], "order_id": order_id, "product_id": product_id, "quantity": qty,
                    "unit_price": round(price_usd / fx, 2), "amount": round(usd / fx, 2),
                }
            )  # fmt: skip
        due = day + p.terms_days * DAY
        paid = _paid_date(p, due, today, rng)
        status = "delivered" if day < today - 35 * DAY else rng.choice(["in_production", "shipped"])
        order = {
            "id": order_id, "external_id": f"SO-{order_id:07d}", "customer_id": p.customer_id,
            "owner_id": p.owner_id, "order_date": day, "amount": round(total_usd / fx, 2),
            "currency": p.currency, "amount_usd": round(total_usd, 2), "status": status,
            "payment_due_date": due, "paid_date": paid, "paid_amount_usd": round(total_usd, 2) if paid else 0,
        }  # fmt: skip
        yield order, lines


def _paid_date(p: Profile, due: dt.date, today: dt.date, rng: random.Random) -> dt.date | None:
    if p.archetype == "late_payer":
        paid = due + rng.randint(12, 75) * DAY
    elif p.archetype == "vip":
        paid = due - rng.randint(0, 6) * DAY
    else:
        paid = due + round(rng.triangular(-6, 12, 1)) * DAY
    return paid if paid <= today else None


def opportunity_rows(p: Profile, today: dt.date, rng: random.Random, ids: dict):
    """Yield (opportunity, stage changes) for one customer: open deals and closed history."""
    n_open = {"dormant": 0, "declining": 1, "vip": 2, "growing": 2, "new": 1}.get(p.archetype, 1)
    n_open = max(0, n_open + rng.choice([-1, 0, 0, 1]))
    n_closed = rng.randint(0, 3) if p.archetype != "new" else 0
    fx = FX_TO_USD[p.currency]
    for k in range(n_open + n_closed):
        is_open = k < n_open
        ids["opp"] += 1
        opp_id = ids["opp"]
        amount_usd = round(p.base_amount * rng.uniform(0.8, 3.0), -2)
        if is_open:
            stage = rng.choices(FLOW, weights=[3, 3, 3, 2])[0]
            created = today - rng.randint(20, 200) * DAY
            stalled = rng.random() < 0.22
            last_change = today - (rng.randint(35, 110) if stalled else rng.randint(0, 18)) * DAY
            last_change = max(last_change, created)
            overdue = rng.random() < 0.15
            close = today + (-rng.randint(3, 45) if overdue else rng.randint(5, 150)) * DAY
            closed_at, lost = None, None
        else:
            created = today - rng.randint(40, 1000) * DAY
            created = min(max(created, p.start), today - 30 * DAY)
            stage = "won" if rng.random() < 0.55 else "lost"
            last_change = min(created + rng.randint(20, 150) * DAY, today - DAY)
            close = last_change
            closed_at = last_change
            lost = rng.choice(LOST_REASONS) if stage == "lost" else None
        path = FLOW[: FLOW.index(stage) + 1] if stage in FLOW else FLOW[: rng.randint(1, 4)] + [stage]
        changes = _stage_path(path, created, last_change, opp_id, p.owner_id, ids)
        name_product = p.categories[0]
        yield (
            {
                "id": opp_id, "external_id": f"OPP-{opp_id:06d}", "customer_id": p.customer_id,
                "owner_id": p.owner_id, "name": f"{name_product} order {created:%Y-%m}",
                "amount": round(amount_usd / fx, 2), "currency": p.currency, "amount_usd": amount_usd,
                "stage": stage, "probability": STAGE_PROBABILITY[stage], "expected_close_date": close,
                "created_at": _at(created, 10), "stage_changed_at": _at(last_change, 15),
                "closed_at": _at(closed_at, 15) if closed_at else None, "lost_reason": lost,
            },
            changes,
        )  # fmt: skip


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def _stage_path(path, created, last_change, opp_id, owner_id, ids) -> list[dict]:
    steps = len(path)
    span = max((last_change - created).days, steps)
    rows, prev = [], None
    for i, stage in enumerate(path):
        at = created + round(span * i / max(steps - 1, 1)) * DAY if i < steps - 1 else last_change
        ids["change"] += 1
        rows.append(
            {"id": ids["change"], "opportunity_id": opp_id, "from_stage": prev, "to_stage": stage,
             "changed_at": _at(at, 11 + i % 5), "changed_by_id": owner_id}
        )  # fmt: skip
        prev = stage
    return rows


def activity_rows(p: Profile, today: dt.date, rng: random.Random, ids: dict, product_names: list[str],
                  open_opp: int | None, density: float = 1.0):  # fmt: skip
    """Yield activity dicts for one customer: chats, calls, e-mails, visits and inquiries."""
    interval = {"vip": 9, "growing": 14, "declining": 14, "new": 10, "late_payer": 20}.get(p.archetype, 22)
    interval /= density
    decline_from = today - 200 * DAY
    stop = today
    if p.archetype == "dormant":
        stop = (p.order_dates[-1] if p.order_dates else today) + rng.randint(20, 120) * DAY
    day = p.start + rng.randint(1, 20) * DAY
    while day < stop:
        declining = p.archetype == "declining" and day >= decline_from
        yield _activity(p, day, rng, ids, product_names, open_opp, declining, dormant_call=False)
        step = interval * (3.2 if declining else 1.0)
        day += max(2, round(step * rng.uniform(0.5, 1.5))) * DAY
    if p.archetype == "dormant" and rng.random() < 0.4:
        yield _activity(p, today - rng.randint(10, 60) * DAY, rng, ids, product_names, None, False, True)


def _activity(p, day, rng, ids, product_names, open_opp, declining, dormant_call) -> dict:
    ids["activity"] += 1
    topic = pick_topic(rng, declining=declining, dormant_call=dormant_call, violation_rate=0.015)
    contact_i = rng.randrange(len(p.contact_ids))
    channel = p.channel if rng.random() < 0.75 else rng.choice(["email", "phone", p.channel])
    kind = {"email": "email", "phone": "call"}.get(channel, "chat")
    if topic == "inquiry" and rng.random() < 0.5:
        kind = "inquiry"
    if rng.random() < 0.03:
        kind, channel = rng.choice([("meeting", "video"), ("visit", "visit")])
    inbound = kind == "inquiry" or rng.random() < 0.4
    local_hour = min(22, max(7, p.hour + rng.choice([-1, 0, 0, 1, 2])))
    at = dt.datetime.combine(day, dt.time(local_hour, rng.randrange(60))) - dt.timedelta(hours=p.utc_offset)
    slow = 4.0 if declining else 1.0
    text = render_text(
        rng, topic, p.language, contact=p.contact_names[contact_i], product=rng.choice(product_names),
        qty=str(rng.choice([500, 1000, 2000, 3000, 5000])), price=f"{rng.uniform(0.5, 30):.2f}",
        competitor=rng.choice(COMPETITORS), date=(day + rng.randint(10, 45) * DAY).isoformat(),
        rep=p.rep_short,
    )  # fmt: skip
    return {
        "id": ids["activity"], "external_id": f"ACT-{ids['activity']:07d}", "customer_id": p.customer_id,
        "contact_id": p.contact_ids[contact_i], "opportunity_id": open_opp if rng.random() < 0.3 else None,
        "rep_id": p.owner_id, "type": kind, "direction": "inbound" if inbound else "outbound",
        "channel": channel, "occurred_at": at, "content": text, "summary": None, "source": "import",
        "response_minutes": round(p.response_minutes * slow * rng.lognormvariate(0, 0.5)) if inbound else None,
    }  # fmt: skip


def amount_scale(archetype: str, rng: random.Random) -> float:
    """Typical order size in USD for an archetype."""
    base = {"vip": 42000, "growing": 9000, "declining": 14000, "seasonal": 16000, "new": 5000,
            "dormant": 6000, "late_payer": 9000}.get(archetype, 8000)  # fmt: skip
    return base * math.exp(rng.gauss(0, 0.3))


def order_interval(archetype: str, rng: random.Random) -> float:
    """Typical days between orders for an archetype."""
    base = {"vip": 24, "growing": 45, "declining": 38, "new": 30, "dormant": 50, "late_payer": 50}
    return base.get(archetype, 62) * rng.uniform(0.8, 1.2)
