from __future__ import annotations

import datetime as dt

from crm_builder import CRM, TODAY

from assistant.analytics.alerts import activity_alerts
from assistant.analytics.interests import customer_interests

D = dt.datetime


def test_interests_and_cross_sell_from_similar_customers(crm: CRM) -> None:
    rep = crm.user("rep01")
    towels, bags, cups = crm.product("T1", "towels"), crm.product("B1", "bags"), crm.product("C1", "cups")
    me = crm.customer("我", rep, industry="retail")
    crm.order(me, dt.date(2025, 3, 1), 900, products=[towels])
    crm.order(me, dt.date(2025, 4, 1), 100, products=[bags])
    crm.activity(me, D(2025, 5, 1, 2), type="inquiry", direction="inbound", content="请问 CUPS 的价格？")
    for i in range(3):  # similar: same industry, share towels; all of them also buy cups
        peer = crm.customer(f"同行{i}", rep, industry="retail")
        crm.order(peer, dt.date(2025, 2, 1), 500, products=[towels, cups])
    other = crm.customer("别的行业", rep, industry="auto")
    crm.order(other, dt.date(2025, 2, 1), 500, products=[towels, crm.product("X1", "tyres")])

    got = customer_interests(crm.s, customer_id=me.id, today=TODAY)
    assert [(c.category, c.share, c.inquiries) for c in got.categories] == [
        ("towels", 0.9, 0),
        ("bags", 0.1, 0),
        ("cups", 0.0, 1),
    ]
    assert [(s.category, s.support, s.similar_buyers) for s in got.suggestions] == [("cups", 1.0, 3)]
    assert "asked about it" in got.suggestions[0].reasons[0].text_en
    assert {r.code for r in got.reasons} == {"top_category", "asked_not_bought"}


def test_activity_alerts(crm: CRM) -> None:
    rep = crm.user("rep01")
    quiet = crm.customer("三个月没下单", rep)
    crm.order(quiet, dt.date(2025, 3, 1))
    crm.activity(quiet, D(2025, 6, 1, 3))
    lost = crm.customer("半年没联系", rep)
    crm.order(lost, dt.date(2024, 10, 1))
    crm.activity(lost, D(2024, 12, 1, 3))
    active = crm.customer("活跃", rep)
    crm.order(active, dt.date(2025, 6, 1))
    crm.activity(active, D(2025, 6, 20, 3))
    alerts = activity_alerts(crm.s, today=TODAY, owner_ids=[rep.id])
    got = [(a.kind, a.customer_id, a.days) for a in alerts]
    assert got == [("no_contact", lost.id, 211), ("no_order", lost.id, 272), ("no_order", quiet.id, 121)]
    assert (
        alerts[0].action_zh == "列入客户唤醒计划"
        and "no contact for 211 days" in alerts[0].reasons[0].text_en
    )
