"""Speed of the analytics on the large demo dataset: team pipeline, a rep's churn list and daily briefing.

Builds (once, cached under ``data/bench/``) a demo database with ``customers=10000``
(≈1M order lines; ``--quick`` uses 1000 customers) and reports p50/p95 latency.
Targets: pipeline for a team and a rep's churn list < 500 ms, a rep's daily briefing < 1 s.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from assistant.analytics.briefing import daily_briefing
from assistant.analytics.churn import churn_risks
from assistant.analytics.pipeline import pipeline_status
from assistant.crm.demo import generate_demo
from assistant.crm.models import Customer, OrderLine, Team, User
from assistant.crm.team_queries import team_owner_ids
from assistant.db import get_engine, session_scope
from assistant.migrations import upgrade_schema

TODAY = dt.date(2025, 6, 30)
CACHE = Path("data/bench")


def dataset(customers: int):  # sqlalchemy Engine
    """Return an engine on the cached demo database of ``customers`` customers, building it if needed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"analytics_{customers}.db"
    ready = path.with_suffix(".ready")
    if not ready.exists():
        for p in CACHE.glob(f"analytics_{customers}.db*"):
            p.unlink()
        engine = get_engine(f"sqlite:///{path}")
        upgrade_schema(engine)
        generate_demo(engine, seed=7, customers=customers, today=TODAY)
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        ready.write_text(TODAY.isoformat())
    return get_engine(f"sqlite:///{path}")


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm the page cache
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]


def run(quick: bool) -> list[dict]:
    customers = 1000 if quick else 10000
    engine = dataset(customers)
    runs = 3 if quick else 7
    rows: list[dict] = []
    with session_scope(engine) as s:
        lines = s.scalar(select(func.count()).select_from(OrderLine))
        # the busiest rep (worst case) and their team
        rep, rep_customers = s.execute(
            select(Customer.owner_id, func.count())
            .group_by(Customer.owner_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        team = s.scalar(select(User.team_id).where(User.id == rep)) or s.scalar(select(Team.id))
        rows.append({"name": f"dataset: customers={customers} order_lines", "value": lines, "unit": "rows"})
        rows.append(
            {"name": "dataset: customers of the benchmarked rep", "value": rep_customers, "unit": "rows"}
        )
        team_size = len(team_owner_ids(s, team_id=team))
        rows.append({"name": "dataset: users in the benchmarked team", "value": team_size, "unit": "rows"})
        cases = [
            ("pipeline status, team", lambda: pipeline_status(s, today=TODAY, team_id=team), 500),
            ("churn list, rep", lambda: churn_risks(s, today=TODAY, owner_ids=[rep]), 500),
            ("daily briefing, rep", lambda: daily_briefing(s, rep_id=rep, today=TODAY), 1000),
            # wider scopes than the targets ask for, to show the headroom
            (
                "churn list, team",
                lambda: churn_risks(s, today=TODAY, owner_ids=team_owner_ids(s, team_id=team)),
                1000,
            ),
            ("pipeline status, everyone", lambda: pipeline_status(s, today=TODAY), 1000),
        ]
        for name, fn, target in cases:
            p50, p95 = _time(fn, runs)
            rows.append(
                {"name": f"{name} p50", "value": round(p50, 1), "unit": "ms", "target": f"< {target} ms"}
            )
            rows.append(
                {"name": f"{name} p95", "value": round(p95, 1), "unit": "ms", "target": f"< {target} ms"}
            )
    return rows
