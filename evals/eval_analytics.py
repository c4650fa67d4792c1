"""Score the analytics against the demo generator's archetype ground truth, on a fresh demo database.

* churn precision/recall: customers flagged high or medium (not lapsed) vs the ``declining`` archetype;
* next purchase: hold back each customer's last order, predict it from the history before it,
  median absolute error in days;
* forecast: the backtest MAPE over the last 6 full months, company-wide.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
from pathlib import Path

from sqlalchemy import select

from assistant.analytics.churn import churn_risks
from assistant.analytics.forecast import sales_forecast
from assistant.analytics.next_purchase import predict_next_purchase
from assistant.crm.demo import generate_demo
from assistant.crm.models import Customer
from assistant.crm.order_queries import interval_stats
from assistant.db import get_engine, session_scope
from assistant.migrations import upgrade_schema

TODAY = dt.date(2025, 6, 30)


def _prf(flagged: set[str], truth: set[str]) -> tuple[float, float]:
    tp = len(flagged & truth)
    return (tp / len(flagged) if flagged else 0.0), (tp / len(truth) if truth else 0.0)


def run(customers: int = 400, seed: int = 7) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        engine = get_engine(f"sqlite:///{Path(tmp) / 'eval.db'}")
        upgrade_schema(engine)
        archetypes = generate_demo(engine, seed=seed, customers=customers, today=TODAY)["archetypes"]
        try:
            return _score(engine, archetypes)
        finally:
            engine.dispose()


def _score(engine, archetypes: dict[str, str]) -> dict:
    scores: dict[str, float | int | str] = {"customers": len(archetypes), "today": TODAY.isoformat()}
    declining = {k for k, v in archetypes.items() if v == "declining"}
    with session_scope(engine) as s:
        ext = dict(s.execute(select(Customer.id, Customer.external_id)).all())
        risks = churn_risks(s, today=TODAY, min_level="medium")
        for name, levels in (("high_or_medium", {"high", "medium"}), ("high", {"high"})):
            flagged = {ext[r.customer_id] for r in risks if r.level in levels}
            p, r = _prf(flagged, declining)
            scores[f"churn_{name}_precision"], scores[f"churn_{name}_recall"] = round(p, 3), round(r, 3)
            scores[f"churn_{name}_flagged"] = len(flagged)
        scores["declining_customers"] = len(declining)
        stopped = declining | {k for k, v in archetypes.items() if v == "dormant"}
        high = {ext[r.customer_id] for r in risks if r.level == "high"}
        scores["churn_high_precision_vs_declining_or_dormant"] = round(_prf(high, stopped)[0], 3)
        full = interval_stats(s, today=TODAY)
        errors: dict[str, list[int]] = {}
        for cid, st in full.items():
            if st.order_days < 4:
                continue
            before = interval_stats(s, today=st.last_order - dt.timedelta(days=1), customer_ids=[cid]).get(
                cid
            )
            pred = (
                predict_next_purchase(before, today=st.last_order - dt.timedelta(days=1)) if before else None
            )
            if pred is None:
                continue
            err = abs((pred.expected_date - st.last_order).days)
            errors.setdefault(archetypes[ext[cid]], []).append(err)
        every = [e for v in errors.values() for e in v]
        scores["next_purchase_median_abs_error_days"] = statistics.median(every)
        scores["next_purchase_customers"] = len(every)
        for arch, errs in sorted(errors.items()):
            scores[f"next_purchase_mae_median_{arch}"] = statistics.median(errs)
        fc = sales_forecast(s, today=TODAY)
        scores["forecast_backtest_mape"] = fc.backtest_mape if fc.backtest_mape is not None else "n/a"
    return scores
