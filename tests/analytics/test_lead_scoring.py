from __future__ import annotations

import datetime as dt

from crm_builder import CRM, TODAY

from assistant.analytics.lead_scoring import LeadFacts, lead_scores, load_rules, score_lead

D = dt.datetime


def test_rules_fire_and_grades_are_known_by_construction(crm: CRM) -> None:
    rep = crm.user("rep01")
    hot = crm.lead(
        "Hot Imports",
        source="referral",
        owner=rep,
        last_activity=D(2025, 6, 20),
        attributes={"decision_maker": True, "budget_confirmed": True, "annual_import_usd": 5_000_000},
    )
    for day in (10, 12):
        crm.event(hot, "inquiry", D(2025, 6, day))
    crm.event(hot, "event_attended", D(2025, 6, 15))
    cold = crm.lead("Cold Co", source="cold_email", owner=rep, last_activity=D(2025, 6, 29))
    crm.event(cold, "email_open", D(2025, 6, 1))
    browsing = crm.lead("Browser Ltd", source="website", owner=rep, last_activity=D(2025, 6, 25))
    for at in (D(2025, 6, 1), D(2025, 6, 2), D(2025, 6, 3), D(2025, 1, 1), D(2025, 1, 2)):
        crm.event(browsing, "site_visit", at)
    crm.lead("Converted", source="referral", owner=rep, status="converted")

    scores = {s.company_name: s for s in lead_scores(crm.s, today=TODAY, owner_ids=[rep.id])}
    assert set(scores) == {"Hot Imports", "Cold Co", "Browser Ltd"}  # converted leads are not scored
    h = scores["Hot Imports"]
    assert h.external_id == hot.external_id
    assert (h.attribute_points, h.behaviour_points, h.score, h.grade) == (26, 17, 43, "S")
    assert {r.code for r in h.reasons} >= {
        "attr:source",
        "attr:attributes.decision_maker",
        "event:inquiry",
        "event:event_attended",
        "stale",
    }
    assert h.stale and h.days_since_activity == 10  # an S lead must be followed up within a day
    assert (scores["Cold Co"].score, scores["Cold Co"].grade, scores["Cold Co"].stale) == (2.5, "D", False)
    b = scores["Browser Ltd"]
    assert (b.behaviour_points, b.score, b.grade) == (
        4,
        8,
        "C",
    )  # 3 recent visits + 2 old ones at half points
    assert [s.company_name for s in lead_scores(crm.s, today=TODAY)][0] == "Hot Imports"


def test_custom_rules_change_the_outcome() -> None:
    rules = {**load_rules(), "grades": {"S": 100, "A": 50, "B": 5, "C": 1, "D": 0}}
    facts = LeadFacts(
        1, "L-1", "X", None, "new", {"source": "website", "attributes": {}}, {"site_visit": (2, 0)}, None
    )
    result = score_lead(facts, today=TODAY, rules=rules)
    assert (result.score, result.grade) == (6, "B")
