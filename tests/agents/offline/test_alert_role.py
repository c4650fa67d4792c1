"""The asker's role reaches the alert rule: a manager's yes/no alert question is the team's counts per rep."""

from __future__ import annotations

import pytest

from assistant.agents.offline import corrections
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.planner import plan

from .conftest import TODAY, small_gazetteer


@pytest.mark.parametrize("text", ["这个月有告警吗", "have there been any alerts this month?"])
def test_a_managers_yes_no_alert_question_is_the_teams_counts(text: str) -> None:
    for routed in ("sensitive_alerts", "compliance_stats"):
        assert corrections.redirect(routed, text, Mentions(), Memory(), TODAY, "manager") == "compliance_stats"
    p = plan(text, Memory(), small_gazetteer(), today=TODAY, role="manager", use_embeddings=False)
    assert p.tool == "compliance_stats"


@pytest.mark.parametrize("role", ["qa", "rep"])
def test_other_roles_keep_the_alerts_themselves(role: str) -> None:
    p = plan("这个月有告警吗", Memory(), small_gazetteer(), today=TODAY, role=role, use_embeddings=False)
    assert p.tool == "sensitive_alerts"
