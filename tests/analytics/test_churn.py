from __future__ import annotations

import datetime as dt

from crm_builder import CRM, TODAY, monthly

from assistant.analytics.churn import churn_risks


def _contacts(crm: CRM, customer, days: list[dt.date], **kw) -> None:
    for d in days:
        crm.activity(customer, dt.datetime.combine(d, dt.time(3)), **kw)


def _world(crm: CRM):
    rep = crm.user("rep01")
    declining = crm.customer("下滑贸易", rep)
    for d in monthly(dt.date(2024, 1, 10), 12, 30):  # monthly through 2024
        crm.order(declining, d, 5000)
    crm.order(declining, dt.date(2025, 2, 1), 2000)  # then a single small order
    _contacts(crm, declining, monthly(dt.date(2024, 7, 10), 6, 30), direction="inbound", response_minutes=60)
    _contacts(crm, declining, [dt.date(2025, 4, 17)], direction="inbound", response_minutes=300)

    steady = crm.customer("稳定公司", rep)
    for d in monthly(dt.date(2023, 7, 1), 24, 30):
        crm.order(steady, d, 3000)
    _contacts(crm, steady, monthly(dt.date(2024, 7, 1), 12, 30))

    seasonal = crm.customer("旺季进口商", rep)
    for year in (2023, 2024):
        for d in (dt.date(year, 10, 5), dt.date(year, 11, 5), dt.date(year, 12, 5)):
            crm.order(seasonal, d, 8000)
    _contacts(crm, seasonal, [dt.date(2025, 6, 1)])

    lapsed = crm.customer("沉睡客户", rep)
    for d in monthly(dt.date(2023, 1, 10), 5, 30):
        crm.order(lapsed, d, 1000)
    return rep, declining, steady, seasonal, lapsed


def test_declining_customer_is_high_risk_with_the_triggering_facts(crm: CRM) -> None:
    rep, declining, *_ = _world(crm)
    risks = churn_risks(crm.s, today=TODAY, owner_ids=[rep.id])
    assert [r.customer_id for r in risks] == [declining.id]
    risk = risks[0]
    assert risk.level == "high"
    assert (risk.customer_external_id, risk.customer_name) == (declining.external_id, declining.name_zh)
    codes = {r.code for r in risk.reasons}
    assert {"orders_drop", "amount_drop", "contact_drop", "slower_response", "no_contact"} <= codes
    # 1 order in the last 180 days vs 6 in the prior 180 and 6 in the year-ago window → −83%
    assert abs(risk.order_drop - (1 - 2000 / 30000)) < 1e-6
    assert risk.days_since_contact == (TODAY - dt.date(2025, 4, 17)).days == 74
    assert any("no contact for 74 days" in r.text_en for r in risk.reasons)
    assert risk.response_slowdown == 4.0  # 300 min vs 60 min


def test_steady_and_seasonal_customers_are_low_and_lapsed_only_on_request(crm: CRM) -> None:
    rep, declining, steady, seasonal, lapsed = _world(crm)
    everyone = {
        r.customer_id: r for r in churn_risks(crm.s, today=TODAY, min_level="low", include_lapsed=True)
    }
    assert everyone[steady.id].level == "low"
    assert everyone[seasonal.id].level == "low"  # a Q4 buyer is quiet in H1 every year: no drop vs last year
    assert everyone[lapsed.id].lapsed and everyone[lapsed.id].reasons[0].code == "lapsed"
    assert lapsed.id not in {r.customer_id for r in churn_risks(crm.s, today=TODAY, min_level="low")}


def test_scope_limits_the_list(crm: CRM) -> None:
    rep, *_ = _world(crm)
    other = crm.user("rep02")
    assert churn_risks(crm.s, today=TODAY, owner_ids=[other.id]) == []
    assert churn_risks(crm.s, today=TODAY, owner_ids=[]) == []
    assert len(churn_risks(crm.s, today=TODAY, owner_ids=[rep.id, other.id])) == 1


def test_churn_risk_is_json_serialisable(crm: CRM) -> None:
    _world(crm)
    data = churn_risks(crm.s, today=TODAY)[0].to_dict()
    assert data["level"] == "high" and data["reasons"][0]["text_zh"]
