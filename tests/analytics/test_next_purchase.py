from __future__ import annotations

import datetime as dt

from crm_builder import CRM, TODAY, monthly

from assistant.analytics.next_purchase import customers_due, next_purchases, predict_next_purchase
from assistant.crm.order_queries import IntervalStats


def test_regular_customer_is_expected_one_interval_after_the_last_order(crm: CRM) -> None:
    rep = crm.user("rep01")
    regular = crm.customer("规律客户", rep)
    for d in monthly(dt.date(2024, 12, 20), 7, 30):  # last order 2025-06-18
        crm.order(regular, d)
    pred = next_purchases(crm.s, today=TODAY)[regular.id]
    assert pred.expected_date == dt.date(2025, 7, 18)
    assert pred.days_until == 18 and pred.status == "upcoming"
    assert (pred.customer_external_id, pred.customer_name) == (regular.external_id, "规律客户")
    assert pred.typical_gap_days == 30 and pred.confidence == 1.0 and pred.confidence_level == "high"
    assert any(r.code == "interval" and r.value == 30 for r in pred.reasons)
    assert [p.customer_id for p in customers_due(crm.s, today=TODAY, days=30)] == [regular.id]
    assert customers_due(crm.s, today=TODAY, days=14) == []


def test_seasonal_customer_is_expected_next_season(crm: CRM) -> None:
    rep = crm.user("rep01")
    seasonal = crm.customer("圣诞用品", rep)
    for year in (2023, 2024):
        for month in (10, 11, 12):
            crm.order(seasonal, dt.date(year, month, 5))
    pred = next_purchases(crm.s, today=TODAY)[seasonal.id]
    assert pred.seasonal and pred.expected_date == dt.date(2025, 10, 15)
    assert pred.status == "upcoming"
    assert pred.reasons[0].code == "seasonal" and pred.reasons[0].value == "10,11,12"


def test_overdue_lapsed_and_single_order_customers(crm: CRM) -> None:
    rep = crm.user("rep01")
    late = crm.customer("逾期补货", rep)
    for d in monthly(dt.date(2025, 1, 1), 5, 30):  # last 2025-05-01 → expected 05-31
        crm.order(late, d)
    gone = crm.customer("沉睡", rep)
    for d in monthly(dt.date(2023, 1, 1), 4, 30):
        crm.order(gone, d)
    once = crm.customer("只下过一单", rep)
    crm.order(once, dt.date(2025, 3, 1))
    preds = next_purchases(crm.s, today=TODAY)
    assert preds[late.id].status == "overdue" and preds[late.id].days_until == -30
    assert preds[gone.id].status == "lapsed"
    assert once.id not in preds
    due = customers_due(crm.s, today=TODAY, days=30)
    assert [p.customer_id for p in due] == [late.id]
    assert customers_due(crm.s, today=TODAY, days=30, include_overdue=False) == []


def test_irregular_intervals_lower_the_confidence() -> None:
    regular = IntervalStats(1, 7, dt.date(2025, 6, 1), 30.0, 0.0, 30.0, 30.0, {})
    irregular = IntervalStats(2, 7, dt.date(2025, 6, 1), 30.0, 20.0, 30.0, 10.0, {})
    short = IntervalStats(3, 3, dt.date(2025, 6, 1), 30.0, 0.0, 30.0, 30.0, {})
    a, b, c = (predict_next_purchase(s, today=TODAY) for s in (regular, irregular, short))
    assert a.confidence > b.confidence and a.confidence > c.confidence
    assert b.confidence == 0.6 and c.confidence == round(2 / 6, 2) and c.confidence_level == "low"
