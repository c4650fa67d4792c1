"""Sales forecast by calendar month and quarter with an 80% interval and its own backtest error.

The history model is a classical decomposition of monthly USD sales: seasonal indices
per calendar month (ratio to a centred 12-month moving average, when there are two
years of history) and a linear trend fitted to the deseasonalised last 24 months.
The same model is refitted for each of the last ``backtest_months`` full months
using only earlier data; the mean absolute percentage error of those one-step
forecasts is the reported MAPE and their relative residuals set the 80% interval.
Weighted open pipeline (amount × probability, by expected close month) is added on
top, shown separately, because the backtest can only measure the history model.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel
from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from assistant.analytics.reasons import Explained, Reason, money
from assistant.crm.models import OPEN_STAGES, Opportunity, Order
from assistant.crm.sql import CANCELLED, customer_filter

Z80 = 1.2816


class Period(BaseModel):
    """A forecast for one month ("2025-07") or quarter ("2025Q3"), in USD."""

    period: str
    history_forecast: float
    pipeline_weighted: float
    forecast: float
    low: float
    high: float
    actual_to_date: float = 0.0


class SalesForecast(Explained):
    """Monthly and quarterly forecasts, the fitted history and the backtest error."""

    today: dt.date
    months: list[Period]
    quarters: list[Period]
    history: dict[str, float]
    backtest_mape: float | None
    backtest: dict[str, dict[str, float]]
    seasonal: bool


def _shift(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + month - 1 + k
    return idx // 12, idx % 12 + 1


def fit_predict(values: Sequence[float], first_month: int, horizon: int) -> tuple[list[float], bool]:
    """Fit the decomposition on a monthly series and predict ``horizon`` months ahead.

    Args:
        values: Monthly totals, oldest first, no gaps.
        first_month: Calendar month (1–12) of ``values[0]``.
        horizon: Months to predict after the last value.

    Returns:
        The predictions and whether seasonal indices were used.
    """
    y = np.asarray(values, dtype=float)
    n = len(y)
    if n == 0:
        return [0.0] * horizon, False
    months = (np.arange(n) + first_month - 1) % 12
    index = np.ones(12)
    seasonal = n >= 24
    if seasonal:
        kernel = np.r_[0.5, np.ones(11), 0.5] / 12
        cma = np.convolve(y, kernel, mode="valid")  # aligned with y[6 : n-6]
        ratios = y[6 : n - 6] / np.where(cma > 0, cma, np.nan)
        for m in range(12):
            r = ratios[months[6 : n - 6] == m]
            r = r[np.isfinite(r)]
            index[m] = float(np.mean(r)) if len(r) else 1.0
        index *= 12 / index.sum()
    deseason = y / index[months]
    tail = deseason[-24:]
    t = np.arange(n - len(tail), n, dtype=float)
    if len(tail) >= 6:
        slope, intercept = np.polyfit(t, tail, 1)
        slope = float(np.clip(slope, -abs(tail.mean()) / 24, abs(tail.mean()) / 24))  # at most ±50%/year
        intercept = float(tail.mean() - slope * t.mean())
    else:
        slope, intercept = 0.0, float(tail.mean())
    future = np.arange(n, n + horizon, dtype=float)
    pred = (intercept + slope * future) * index[(future.astype(int) + first_month - 1) % 12]
    return [max(0.0, float(p)) for p in pred], seasonal


def _monthly_sales(
    session: Session, before: dt.date, owner_ids, customer_ids
) -> dict[tuple[int, int], float]:
    y, m = extract("year", Order.order_date), extract("month", Order.order_date)
    stmt = (
        select(y, m, func.sum(Order.amount_usd))
        .where(
            Order.order_date < before,
            Order.status.not_in(CANCELLED),
            *customer_filter(Order.customer_id, owner_ids=owner_ids, customer_ids=customer_ids),
        )
        .group_by(y, m)
    )
    return {(int(a), int(b)): float(v or 0) for a, b, v in session.execute(stmt)}


def _pipeline_by_month(
    session: Session, start: dt.date, owner_ids, customer_ids
) -> dict[tuple[int, int], float]:
    o = Opportunity
    y, m = extract("year", o.expected_close_date), extract("month", o.expected_close_date)
    stmt = (
        select(y, m, func.sum(o.amount_usd * o.probability / 100.0))
        .where(
            o.stage.in_(OPEN_STAGES),
            o.expected_close_date >= start,
            *customer_filter(o.customer_id, owner_ids=owner_ids, customer_ids=customer_ids),
        )
        .group_by(y, m)
    )
    return {(int(a), int(b)): float(v or 0) for a, b, v in session.execute(stmt)}


def sales_forecast(
    session: Session,
    *,
    today: dt.date,
    horizon_months: int = 6,
    owner_ids: Sequence[int] | None = None,
    customer_ids: Sequence[int] | None = None,
    backtest_months: int = 6,
    include_pipeline: bool = True,
) -> SalesForecast:
    """Forecast sales from the current month on, with an 80% interval and the backtest MAPE.

    A quarter is always the whole calendar quarter: its months already over count as booked
    (``actual_to_date``, no interval), the current month as its forecast with the sales so far.

    Args:
        session: Database session.
        today: The day of the forecast; the current month is forecast whole (its sales so far are shown).
        horizon_months: Months to forecast, starting with the current month.
        owner_ids: Owners whose customers' sales to forecast (None = everyone).
        customer_ids: Restrict to these customers.
        backtest_months: Full months before the current one used to measure the error.
        include_pipeline: Add the weighted open pipeline closing in each month.
    """
    month_start = today.replace(day=1)
    sales = _monthly_sales(session, today + dt.timedelta(days=1), owner_ids, customer_ids)
    current = sales.pop((today.year, today.month), 0.0)
    full = {k: v for k, v in sales.items() if k < (today.year, today.month)}
    if full:
        y0, m0 = min(full)
        count = (today.year * 12 + today.month) - (y0 * 12 + m0)
        series = [full.get(_shift(y0, m0, i), 0.0) for i in range(count)]
    else:
        y0, m0, series = today.year, today.month, []
    backtest: dict[str, dict[str, float]] = {}
    for k in range(min(backtest_months, max(len(series) - 6, 0)), 0, -1):
        train, actual = series[:-k], series[-k]
        pred = fit_predict(train, m0, 1)[0][0]
        ym = _shift(y0, m0, len(series) - k)
        backtest[f"{ym[0]}-{ym[1]:02d}"] = {"actual": round(actual, 2), "forecast": round(pred, 2)}
    errors = [abs(b["actual"] - b["forecast"]) / b["actual"] for b in backtest.values() if b["actual"] > 0]
    mape = float(np.mean(errors)) if errors else None
    rel = [(b["actual"] - b["forecast"]) / b["forecast"] for b in backtest.values() if b["forecast"] > 0]
    sigma = math.sqrt(float(np.mean(np.square(rel)))) if rel else 0.25
    preds, seasonal = fit_predict(series, m0, horizon_months)
    pipe = _pipeline_by_month(session, month_start, owner_ids, customer_ids) if include_pipeline else {}
    months: list[Period] = []
    for h, p in enumerate(preds):
        y, m = _shift(today.year, today.month, h)
        half = Z80 * sigma * math.sqrt(h + 1) * p
        w = pipe.get((y, m), 0.0)
        months.append(
            Period(
                period=f"{y}-{m:02d}",
                history_forecast=round(p, 2),
                pipeline_weighted=round(w, 2),
                forecast=round(p + w, 2),
                low=round(max(p - half, 0.0) + w, 2),
                high=round(p + half + w, 2),
                actual_to_date=round(current, 2) if h == 0 else 0.0,
            )
        )
    quarters: dict[str, list[Period]] = {}
    # the months of the current quarter that are already over count whole, as booked (no forecast left)
    first_q_month = (today.month - 1) // 3 * 3 + 1
    for m in range(first_q_month, today.month):
        booked = round(full.get((today.year, m), 0.0), 2)
        quarters.setdefault(f"{today.year}Q{(m - 1) // 3 + 1}", []).append(
            Period(period=f"{today.year}-{m:02d}", history_forecast=booked, pipeline_weighted=0.0,
                   forecast=booked, low=booked, high=booked, actual_to_date=booked)
        )
    for period in months:
        y, m = int(period.period[:4]), int(period.period[5:])
        quarters.setdefault(f"{y}Q{(m - 1) // 3 + 1}", []).append(period)
    q_out = []
    for name, parts in quarters.items():
        f, hist = sum(p.forecast for p in parts), sum(p.history_forecast for p in parts)
        half = math.sqrt(sum(((p.high - p.low) / 2) ** 2 for p in parts))
        q_out.append(
            Period(
                period=name,
                history_forecast=round(hist, 2),
                pipeline_weighted=round(sum(p.pipeline_weighted for p in parts), 2),
                forecast=round(f, 2),
                low=round(max(f - half, 0.0), 2),
                high=round(f + half, 2),
                actual_to_date=round(sum(p.actual_to_date for p in parts), 2),
            )
        )
    reasons = [
        Reason(
            code="basis",
            value=len(series),
            text_zh=f"基于 {len(series)} 个完整月的订单历史（"
            f"{'含季节性' if seasonal else '无季节性'}）+ 加权在手商机",
            text_en=f"based on {len(series)} full months of orders "
            f"({'seasonal' if seasonal else 'no seasonality'})"
            " plus weighted open pipeline",
        )
    ]
    if mape is not None:
        reasons.append(
            Reason(
                code="backtest_mape",
                value=round(mape, 4),
                text_zh=f"最近 {len(backtest)} 个月回测误差 MAPE {mape:.1%}",
                text_en=f"backtest MAPE over the last {len(backtest)} months: {mape:.1%}",
            )
        )
    if months:
        reasons.append(
            Reason(
                code="next_month",
                value=months[0].forecast,
                text_zh=f"{months[0].period} 预测 {money(months[0].forecast)}（80% 区间 "
                f"{money(months[0].low)}–{money(months[0].high)}）",
                text_en=f"{months[0].period}: {money(months[0].forecast)} (80% interval "
                f"{money(months[0].low)}–{money(months[0].high)})",
            )
        )
    history = {f"{y}-{m:02d}": round(v, 2) for (y, m), v in sorted(full.items())}
    return SalesForecast(
        today=today,
        months=months,
        quarters=q_out,
        history=history,
        backtest_mape=None if mape is None else round(mape, 4),
        backtest=backtest,
        seasonal=seasonal,
        reasons=reasons,
    )
