"""Round 31: English shorthand for a person's own figures is team_performance, and every alert count
(a period or to date, open or all, "anyone flagged … how many") is compliance_stats.

New sentences, none from the held-out sets.
"""

from __future__ import annotations

import pytest

from assistant.agents.offline.alert_choice import alert_tool
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan

from .conftest import TODAY


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("# of orders i booked for myself in august?", "team_performance"),
        ("won deals in july for me?", "team_performance"),
        ("my revenue ytd pls", "team_performance"),
        ("how many alerts are open right now, all in all?", "compliance_stats"),
        ("# of bribery alerts in september", "compliance_stats"),
        ("上周组里有谁被合规标记了吗，一共几条", "compliance_stats"),
        ("show me the open alerts one by one", "sensitive_alerts"),
        ("我的赢单率怎么样", "pipeline_status"),
    ],
)
def test_shorthand_own_figures_and_alert_counts(trained, gaz: Gazetteer, text: str, tool: str) -> None:
    """Route by the tool descriptions: own figures are performance, alert counts are statistics."""
    assert plan(text, Memory(), gaz, today=TODAY, role="manager").tool == tool


@pytest.mark.parametrize(
    ("text", "mentions", "tool"),
    [
        ("# of medium risk flags in august", Mentions(severity="medium"), "compliance_stats"),
        ("open alerts awaiting review, how many altogether?", Mentions(alert_status="open"), "compliance_stats"),
        ("rep09 ever flagged? how many", Mentions(users=["rep09"]), "compliance_stats"),
        ("list every alert still awaiting review", Mentions(alert_status="open"), "sensitive_alerts"),
    ],
)
def test_every_alert_count_is_statistics_a_listing_stays_the_alerts(text: str, mentions: Mentions, tool: str) -> None:
    """Counted alerts (a period, the review queue or to date) are compliance_stats; listed ones the alerts."""
    assert alert_tool("sensitive_alerts", text, mentions) == tool
