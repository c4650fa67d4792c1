from __future__ import annotations

import datetime as dt

import pytest
from crm_builder import CRM, TODAY, monthly

from assistant.analytics.briefing import daily_briefing

D = dt.datetime


def _world(crm: CRM):
    rep = crm.user("rep01")
    towels = crm.product("T1", "towels")
    due = crm.customer("该补货了", rep)
    for d in monthly(dt.date(2025, 1, 5), 6, 30):  # last 2025-06-03, expected 2025-07-03
        crm.order(due, d, 1000, products=[towels])
    for d in monthly(dt.date(2025, 5, 5), 4, 14):
        crm.activity(due, D.combine(d, dt.time(1)), direction="inbound", channel="email", response_minutes=30)
    debtor = crm.customer("欠款", rep)
    crm.order(debtor, dt.date(2025, 4, 1), 20000, paid_after=None)  # due 2025-05-01: 60 days overdue
    crm.activity(debtor, D(2025, 6, 25, 3))
    stuck = crm.customer("商机停滞", rep)
    crm.activity(stuck, D(2025, 6, 25, 3))
    deal = crm.deal(
        stuck, "proposal", 50000, created=D(2025, 3, 1), changed=D(2025, 4, 1), close=dt.date(2025, 8, 1)
    )
    hot = crm.lead(
        "Hot lead",
        source="referral",
        owner=rep,
        last_activity=D(2025, 6, 20),
        attributes={"decision_maker": True, "budget_confirmed": True, "annual_import_usd": 5_000_000},
    )
    crm.event(hot, "inquiry", D(2025, 6, 20))
    crm.event(hot, "event_attended", D(2025, 6, 15))
    other = crm.user("rep02")
    crm.order(crm.customer("别人的", other), dt.date(2025, 1, 1), 9999, paid_after=None)

    return rep, deal


def _check(crm: CRM, rep, deal) -> None:
    brief = daily_briefing(crm.s, rep_id=rep.id, today=TODAY)
    by_name = {i.name: i for i in brief.items}
    assert set(by_name) == {"该补货了", "欠款", "商机停滞", "Hot lead"}  # never another rep's customers
    assert by_name["该补货了"].triggers == ["reorder_due"]
    assert by_name["该补货了"].channel == "email" and by_name["该补货了"].best_hours == (9, 11)
    assert {e.code for e in by_name["该补货了"].emphasis} == {"reorder", "products"}
    assert "towels" in by_name["该补货了"].emphasis[-1].text_en
    assert by_name["欠款"].triggers == ["overdue_payment"]
    assert any("$20,000 overdue, oldest 60 days" == r.text_en for r in by_name["欠款"].reasons)
    assert by_name["商机停滞"].triggers == ["deal_attention"]
    assert by_name["商机停滞"].record_ids["opportunities"] == [deal.id]
    assert by_name["Hot lead"].kind == "lead" and by_name["Hot lead"].reasons[0].code == "stale"
    assert by_name["商机停滞"].external_id == deal.customer.external_id
    assert by_name["Hot lead"].external_id.startswith("L")  # the lead's own external id
    assert [i.priority for i in brief.items] == sorted((i.priority for i in brief.items), reverse=True)
    assert brief.reasons[0].value == 4
    assert len(daily_briefing(crm.s, rep_id=rep.id, today=TODAY, limit=2).items) == 2


def test_briefing_ranks_contacts_with_reasons_channel_and_emphasis(crm: CRM) -> None:
    _check(crm, *_world(crm))


@pytest.mark.postgres
def test_briefing_on_postgres(pg_crm: CRM) -> None:
    _check(pg_crm, *_world(pg_crm))
