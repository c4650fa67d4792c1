from __future__ import annotations

import datetime as dt

from crm_builder import CRM, TODAY, monthly

from assistant.analytics.health import health_scores


def test_health_dimensions_are_known_by_construction(crm: CRM) -> None:
    rep = crm.user("rep01")
    good = crm.customer("优质客户", rep)
    for d in monthly(dt.date(2025, 6, 20), 24, -30):  # six orders in each 180-day window
        crm.order(good, d, 2000, due_days=30, paid_after=20)
    for d in monthly(dt.date(2025, 1, 6), 26, 7):
        crm.activity(good, dt.datetime.combine(d, dt.time(2)), direction="inbound", response_minutes=60)

    bad = crm.customer("拖款客户", rep)
    for i, d in enumerate(
        [dt.date(2025, 1, 15), dt.date(2025, 2, 15), dt.date(2025, 3, 15), dt.date(2025, 4, 15)]
    ):
        crm.order(bad, d, 1000, due_days=30, paid_after=60 if i < 2 else None)

    scores = {h.customer_id: h for h in health_scores(crm.s, today=TODAY)}
    g = {d.name: d for d in scores[good.id].dimensions}
    assert (g["sales"].score, g["finance"].score, g["relationship"].score) == (60, 100, 100)
    assert scores[good.id].score == 84 and scores[good.id].band == "healthy"

    b = {d.name: d for d in scores[bad.id].dimensions}
    assert b["finance"].score == 0
    overdue = next(r for r in b["finance"].reasons if r.code == "overdue")
    assert overdue.value == 2000 and "oldest 77 days" in overdue.text_en
    assert (
        b["sales"].score == 35
    )  # neutral 60 for a short history, −25: 76 days since the last order vs 30-day cycle
    assert b["relationship"].score == 10 and b["relationship"].reasons[1].text_en == "never contacted"
    assert scores[bad.id].score == 17 and scores[bad.id].band == "at_risk"
    assert scores[bad.id].reasons[0].value == "finance"
    assert [h.customer_id for h in health_scores(crm.s, today=TODAY)] == [bad.id, good.id]
