from __future__ import annotations

import datetime as dt

import pytest
from crm_builder import CRM, TODAY

from assistant.analytics.pipeline import pipeline_status

D = dt.datetime


def _world(crm: CRM):
    east, west = crm.team("East"), crm.team("West")
    a, b, c = crm.user("rep01", team=east), crm.user("rep02", team=east), crm.user("rep03", team=west)
    ca, cb, cc = crm.customer("甲", a), crm.customer("乙", b), crm.customer("丙", c)
    crm.deal(ca, "prospecting", 1000, probability=10, created=D(2025, 6, 25))
    stalled = crm.deal(
        ca,
        "proposal",
        5000,
        probability=50,
        created=D(2025, 4, 1),
        changed=D(2025, 5, 1),
        close=dt.date(2025, 6, 15),
        history=[
            (None, "prospecting", D(2025, 4, 1)),
            ("prospecting", "qualification", D(2025, 4, 15)),
            ("qualification", "proposal", D(2025, 5, 1)),
        ],
    )
    crm.deal(
        ca,
        "negotiation",
        10000,
        probability=80,
        created=D(2025, 5, 1),
        changed=D(2025, 6, 20),
        close=dt.date(2025, 7, 15),
        history=[(None, "prospecting", D(2025, 5, 1)), ("prospecting", "negotiation", D(2025, 6, 20))],
    )
    crm.deal(
        cb,
        "won",
        8000,
        probability=100,
        created=D(2025, 3, 1),
        changed=D(2025, 4, 20),
        history=[
            (None, "prospecting", D(2025, 3, 1)),
            ("prospecting", "qualification", D(2025, 3, 10)),
            ("qualification", "proposal", D(2025, 3, 20)),
            ("proposal", "negotiation", D(2025, 4, 1)),
            ("negotiation", "won", D(2025, 4, 20)),
        ],
    )
    crm.deal(
        cb,
        "lost",
        3000,
        probability=0,
        created=D(2025, 3, 5),
        changed=D(2025, 5, 10),
        history=[
            (None, "prospecting", D(2025, 3, 5)),
            ("prospecting", "qualification", D(2025, 3, 15)),
            ("qualification", "lost", D(2025, 5, 10)),
        ],
    )
    crm.deal(cc, "prospecting", 999, created=D(2025, 6, 1))
    return east, a, stalled


def _check_team(status, stalled) -> None:
    by = {s.stage: s for s in status.stages}
    assert [(s.count, s.amount, s.weighted_amount) for s in status.stages] == [
        (1, 1000, 100),
        (0, 0, 0),
        (1, 5000, 2500),
        (1, 10000, 8000),
    ]
    assert status.open_amount == 16000 and status.weighted_amount == 10600
    assert (by["proposal"].count_week_ago, by["negotiation"].amount_week_ago) == (1, 10000)
    assert status.open_amount_week_ago == 15000
    assert [
        by[s].conversion_to_next for s in ("prospecting", "qualification", "proposal", "negotiation")
    ] == [1.0, 0.5, 1.0, 1.0]
    assert by["prospecting"].conversion_basis == 2
    assert (status.won_count, status.won_amount, status.lost_count, status.win_rate) == (1, 8000, 1, 0.5)
    assert status.new_deals == 3 and status.period_start == dt.date(2025, 4, 1)
    assert [f.opportunity_id for f in status.stalled] == [stalled.id]
    assert status.stalled[0].days_in_stage == 60 and status.stalled[0].customer_name == "甲"
    assert status.stalled[0].customer_external_id == stalled.customer.external_id
    assert [f.opportunity_id for f in status.past_close] == [stalled.id]
    assert status.past_close[0].days_past_close == 15


def test_team_pipeline_is_known_by_construction(crm: CRM) -> None:
    east, _rep, stalled = _world(crm)
    status = pipeline_status(crm.s, today=TODAY, team_id=east.id)
    _check_team(status, stalled)
    assert status.reasons[0].code == "open_pipeline" and "16,000" in status.reasons[0].text_en


def test_rep_scope_and_everyone(crm: CRM) -> None:
    east, rep, _ = _world(crm)
    assert pipeline_status(crm.s, today=TODAY, owner_ids=[rep.id]).won_count == 0
    assert pipeline_status(crm.s, today=TODAY).open_amount == 16999


def test_stalled_days_are_configurable_per_stage(crm: CRM) -> None:
    east, *_ = _world(crm)
    status = pipeline_status(
        crm.s, today=TODAY, team_id=east.id, stalled_days={"negotiation": 5, "proposal": 90}
    )
    assert [f.stage for f in status.stalled] == ["negotiation"]


@pytest.mark.postgres
def test_team_pipeline_on_postgres(pg_crm: CRM) -> None:
    east, _rep, stalled = _world(pg_crm)
    _check_team(pipeline_status(pg_crm.s, today=TODAY, team_id=east.id), stalled)
