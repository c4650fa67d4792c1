from __future__ import annotations

import datetime as dt
import random

import pytest
from crm_builder import CRM, TODAY

from assistant.analytics.forecast import fit_predict, sales_forecast

INDEX = [0.85] * 9 + [1.45] * 3  # Q4 peak, mean 1


def truth(t: int, first_month: int = 1) -> float:
    return (1000 + 10 * t) * INDEX[(t + first_month - 1) % 12]


def test_decomposition_recovers_trend_and_season() -> None:
    values = [truth(t) for t in range(36)]
    preds, seasonal = fit_predict(values, 1, 12)
    assert seasonal
    for h, p in enumerate(preds):
        assert p == pytest.approx(truth(36 + h), rel=0.02)


def test_short_history_has_no_seasonality() -> None:
    preds, seasonal = fit_predict([100.0] * 8, 3, 2)
    assert not seasonal and preds == pytest.approx([100.0, 100.0])


def _series(crm: CRM) -> None:
    rep = crm.user("rep01")
    c = crm.customer("月度客户", rep)
    start = (2022, 6)  # 36 full months June 2022 .. May 2025
    for t in range(36):
        idx = start[0] * 12 + start[1] - 1 + t
        crm.order(c, dt.date(idx // 12, idx % 12 + 1, 10), round(truth(t, 6), 2))
    crm.order(c, dt.date(2025, 6, 5), 400)  # current month so far
    crm.deal(c, "proposal", 5000, probability=50, close=dt.date(2025, 8, 20))


def test_forecast_months_quarters_backtest_and_pipeline(crm: CRM) -> None:
    _series(crm)
    fc = sales_forecast(crm.s, today=dt.date(2025, 6, 20), horizon_months=4)
    assert [m.period for m in fc.months] == ["2025-06", "2025-07", "2025-08", "2025-09"]
    assert fc.months[0].actual_to_date == 400
    for h, m in enumerate(fc.months):
        assert m.history_forecast == pytest.approx(truth(36 + h, 6), rel=0.02)
        assert m.low <= m.forecast <= m.high
    assert fc.months[2].pipeline_weighted == 2500 and fc.months[2].forecast == pytest.approx(
        fc.months[2].history_forecast + 2500
    )
    assert len(fc.backtest) == 6 and list(fc.backtest)[-1] == "2025-05"
    assert fc.backtest_mape is not None and fc.backtest_mape < 0.02
    assert [q.period for q in fc.quarters] == ["2025Q2", "2025Q3"]
    q3 = fc.quarters[1]
    assert q3.forecast == pytest.approx(sum(m.forecast for m in fc.months[1:]), abs=0.05)
    assert q3.low < q3.forecast < q3.high
    assert fc.seasonal and any(r.code == "backtest_mape" for r in fc.reasons)


def test_noisy_history_widens_the_interval(crm: CRM) -> None:
    rep = crm.user("rep01")
    c = crm.customer("波动客户", rep)
    rng = random.Random(3)
    for t in range(30):  # no pattern at all: the backtest error and the interval must show it
        crm.order(c, dt.date(2023 + (t // 12), t % 12 + 1, 10), rng.uniform(500, 3000))
    fc = sales_forecast(crm.s, today=TODAY, horizon_months=1, include_pipeline=False)
    m = fc.months[0]
    assert fc.backtest_mape > 0.3 and (m.high - m.low) > 0.5 * m.forecast


@pytest.mark.postgres
def test_forecast_on_postgres(pg_crm: CRM) -> None:
    _series(pg_crm)
    fc = sales_forecast(pg_crm.s, today=dt.date(2025, 6, 20), horizon_months=4)
    assert fc.backtest_mape < 0.02 and fc.months[2].pipeline_weighted == 2500
