from __future__ import annotations

import datetime as dt

import pytest
from crm_builder import CRM, TODAY

from assistant.analytics.preferences import communication_preferences

D = dt.datetime


def _world(crm: CRM):
    rep = crm.user("rep01")
    c = crm.customer("Acme", rep)
    crm.contact(c, "John", language="en", primary=True)
    crm.contact(c, "李明", language="zh", primary=False)
    for week in range(5):  # Mondays 01:30 UTC = 09:30 Asia/Shanghai
        crm.activity(
            c,
            D(2025, 6, 2, 1, 30) - dt.timedelta(weeks=week),
            direction="inbound",
            channel="email",
            response_minutes=90,
        )
    for day in (3, 4):
        crm.activity(c, D(2025, 6, day, 12), direction="inbound", channel="wechat", response_minutes=10)
    crm.activity(c, D(2025, 6, 10, 12), direction="outbound", channel="phone")
    silent = crm.customer("Quiet", rep)
    return c, silent


def _check(prefs, c, silent) -> None:
    p = prefs[c.id]
    assert p.channel == "email" and p.channel_counts == {"email": 5, "wechat": 2}
    assert p.best_hours == (9, 11) and 1 in p.best_weekdays
    assert p.language == "en" and p.timezone == "Asia/Shanghai"
    assert {r.code for r in p.reasons} == {"channel", "hours", "weekdays", "language"}
    assert "answers in 1.5 h" in p.reasons[0].text_en
    assert prefs[silent.id].channel is None and prefs[silent.id].reasons == []


def test_preferred_channel_hours_and_language(crm: CRM) -> None:
    c, silent = _world(crm)
    _check(communication_preferences(crm.s, customer_ids=[c.id, silent.id], today=TODAY), c, silent)


@pytest.mark.postgres
def test_preferences_on_postgres(pg_crm: CRM) -> None:
    c, silent = _world(pg_crm)
    _check(communication_preferences(pg_crm.s, customer_ids=[c.id, silent.id], today=TODAY), c, silent)
