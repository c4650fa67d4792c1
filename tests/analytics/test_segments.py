from __future__ import annotations

import datetime as dt

from crm_builder import CRM, TODAY, monthly

from assistant.analytics.segments import Breakpoints, _score, customer_values


def _world(crm: CRM) -> dict[str, int]:
    rep = crm.user("rep01")
    vip = crm.customer("大客户", rep)
    for d in monthly(dt.date(2025, 6, 25), 52, -15):  # every 15 days for 26 months, large, on time
        crm.order(vip, d, 20000)
    late = crm.customer("拖款", rep)
    for d in monthly(dt.date(2025, 5, 1), 8, -30):
        crm.order(late, d, 6000, paid_after=None)  # nothing paid: overdue up to ~200 days
    new = crm.customer("新秀", rep, created=dt.date(2025, 2, 1))
    for d in (dt.date(2025, 2, 10), dt.date(2025, 4, 10), dt.date(2025, 6, 10)):
        crm.order(new, d, 1500)
    dormant = crm.customer("沉睡", rep)
    for d in monthly(dt.date(2023, 6, 1), 6, 60):
        crm.order(dormant, d, 3000)
    regular = crm.customer("普通", rep)
    for d in monthly(dt.date(2025, 6, 1), 10, -60):
        crm.order(regular, d, 4000)
    return {"vip": vip.id, "late": late.id, "new": new.id, "dormant": dormant.id, "regular": regular.id}


def test_segments_and_tiers_are_known_by_construction(crm: CRM) -> None:
    ids = _world(crm)
    values = {v.customer_id: v for v in customer_values(crm.s, today=TODAY)}
    vip, late, new, dormant, regular = (values[ids[k]] for k in ("vip", "late", "new", "dormant", "regular"))
    assert (vip.segment, vip.tier, vip.r, vip.f, vip.m) == ("vip", "A", 5, 5, 5)
    assert vip.tier_rule.code == "tier_a" and vip.segment_zh == "高价值(VIP)"
    assert late.segment == "risk" and any(r.code == "late_payment" for r in late.reasons)
    assert new.segment == "potential" and new.tier == "B"
    assert dormant.tier == "D" and dormant.segment == "risk" and dormant.r == 1
    assert regular.segment == "regular" and regular.tier in {"B", "C"}
    assert all(v.reasons[0].code == "rfm" for v in values.values())


def test_scope_uses_breakpoints_of_the_whole_base(crm: CRM) -> None:
    ids = _world(crm)
    only_new = customer_values(crm.s, today=TODAY, customer_ids=[ids["new"]])
    assert len(only_new) == 1 and only_new[0].m < 5  # still small next to the VIP


def test_quintile_score() -> None:
    bp = Breakpoints((10, 20, 30, 40), (1, 2, 3, 4), (100, 200, 300, 400))
    assert [_score(v, bp.monetary) for v in (50, 100, 250, 401)] == [1, 2, 3, 5]
