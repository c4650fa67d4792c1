"""Deterministic demo company: an import–export trading firm with three years of history.

``generate_demo(engine)`` fills an empty, migrated database. The same seed gives the
same company; dates are relative to ``today`` so the demo always looks current.
Customer archetypes come in fixed proportions and are returned (and can be written
as ground truth) so analytics can be scored against them. ``customers=10000`` makes
the large benchmark dataset (~1M order lines) with bulk inserts.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, Table, func, insert, select, text

from assistant.crm.demo_history import (
    activity_rows,
    opportunity_rows,
    order_dates,
    order_rows,
)
from assistant.crm.demo_leads import lead_rows
from assistant.crm.demo_people import customers_and_contacts, people, product_rows
from assistant.crm.models import (
    Activity,
    Contact,
    Customer,
    Lead,
    LeadEvent,
    Opportunity,
    Order,
    OrderLine,
    Product,
    StageChange,
    Team,
    User,
)

ARCHETYPE_SHARES = {
    "vip": 0.08, "growing": 0.12, "declining": 0.12, "seasonal": 0.10, "new": 0.08,
    "dormant": 0.10, "late_payer": 0.08, "regular": 0.32,
}  # fmt: skip
BATCH = 20000


class DemoDataError(RuntimeError):
    """The demo company cannot be generated here (for example, the database already has customers)."""


def archetype_plan(n: int, rng: random.Random) -> list[str]:
    """Exactly proportioned, shuffled archetype labels for ``n`` customers."""
    labels: list[str] = []
    for name, share in ARCHETYPE_SHARES.items():
        labels += [name] * round(n * share)
    labels = (labels + ["regular"] * n)[:n]
    rng.shuffle(labels)
    return labels


def generate_demo(
    engine: Engine, *, seed: int = 7, customers: int = 400, today: dt.date | None = None
) -> dict:
    """Fill an empty database with the demo company; returns counts and the archetype of each customer.

    Raises:
        DemoDataError: when the database already holds customers (nothing is written).
    """
    today = today or dt.date.today()
    rng = random.Random(seed)
    with engine.connect() as conn:
        if conn.scalar(select(func.count()).select_from(Customer)):
            raise DemoDataError(
                "the database already has customers; demo data is only loaded into an empty CRM"
            )
    ids = {"order": 0, "line": 0, "opp": 0, "change": 0, "activity": 0, "lead": 0, "event": 0}
    teams, users, reps_by_team = people(customers)
    products, by_category, names_by_category = product_rows()
    labels = archetype_plan(customers, rng)
    cust_rows, contact_rows, profiles = customers_and_contacts(rng, today, labels, reps_by_team, users)
    density = 1.0 if customers <= 2000 else 0.4
    with engine.begin() as conn:
        _insert(conn, Team.__table__, teams)
        _insert(conn, User.__table__, users)
        _insert(conn, Product.__table__, products)
        _insert(conn, Customer.__table__, cust_rows)
        _insert(conn, Contact.__table__, contact_rows)
        orders, lines, opps, changes, acts = [], [], [], [], []
        counts = dict.fromkeys(["orders", "order_lines", "opportunities", "activities"], 0)
        for p in profiles:
            p.order_dates = order_dates(p, today, rng)
            for order, order_lines in order_rows(p, today, rng, by_category, ids):
                orders.append(order)
                lines.extend(order_lines)
            open_opp = None
            for opp, stage_changes in opportunity_rows(p, today, rng, ids):
                opps.append(opp)
                changes.extend(stage_changes)
                open_opp = opp["id"] if opp["stage"] not in ("won", "lost") else open_opp
            product_names = [n for c in p.categories for n in names_by_category[c][p.language]]
            acts.extend(activity_rows(p, today, rng, ids, product_names, open_opp, density))
            if len(lines) + len(acts) > BATCH:
                _flush(conn, counts, orders, lines, opps, changes, acts)
        _flush(conn, counts, orders, lines, opps, changes, acts)
        leads, events = lead_rows(
            rng, today, max(40, customers * 2 // 5), [u["id"] for u in users if u["role"] == "rep"], ids
        )
        _insert(conn, Lead.__table__, leads)
        _insert(conn, LeadEvent.__table__, events)
        if conn.dialect.name == "postgresql":
            reset_sequences(conn)
    return {
        "users": len(users), "teams": len(teams), "customers": len(cust_rows), "contacts": len(contact_rows),
        "products": len(products), **counts, "leads": len(leads), "lead_events": len(events),
        "today": today.isoformat(), "seed": seed,
        "archetypes": {c["external_id"]: p.archetype for c, p in zip(cust_rows, profiles, strict=True)},
    }  # fmt: skip


def _flush(conn, counts, orders, lines, opps, changes, acts) -> None:
    for key, table, rows in (
        ("orders", Order.__table__, orders), ("order_lines", OrderLine.__table__, lines),
        ("opportunities", Opportunity.__table__, opps), (None, StageChange.__table__, changes),
        ("activities", Activity.__table__, acts),
    ):  # fmt: skip
        _insert(conn, table, rows)
        if key:
            counts[key] += len(rows)
        rows.clear()


def _insert(conn, table: Table, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(table), rows[start : start + BATCH])


def reset_sequences(conn) -> None:
    """After inserting explicit ids on PostgreSQL, move each id sequence past the largest id."""
    for table in (Team, User, Product, Customer, Contact, Order, OrderLine, Opportunity, StageChange,
                  Activity, Lead, LeadEvent):  # fmt: skip
        name = table.__tablename__
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )


def write_ground_truth(path: Path, archetypes: dict[str, str]) -> None:
    """Write each customer's archetype as JSON lines (``{"external_id", "archetype"}``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines: Iterable[str] = (
        json.dumps({"external_id": k, "archetype": v}, ensure_ascii=False)
        for k, v in sorted(archetypes.items())
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
