"""Alert routing: the asker's role reaches the alert rule; open alerts per rep are counts with a status filter."""

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


@pytest.mark.parametrize("text", ["which alerts are still open by rep", "各销售还有多少告警没处理", "按销售统计未处理的告警"])
def test_open_alerts_per_rep_are_counted_with_the_status_filter(text: str) -> None:
    p = plan(text, Memory(), small_gazetteer(), today=TODAY, role="qa", use_embeddings=False)
    assert p.tool == "compliance_stats" and p.args.get("status") == "open"
    assert p.args.get("group_by", "rep") == "rep"


def test_the_open_queue_is_counted_and_listed_by_what_is_asked() -> None:
    """Every "how many alerts" is ``compliance_stats`` (the tool descriptions); asking for the alerts lists them."""
    count = plan("还有多少条待审核的告警", Memory(), small_gazetteer(), today=TODAY, role="qa", use_embeddings=False)
    assert count.tool == "compliance_stats" and count.args.get("status") == "open"
    listed = plan("还有哪些待审核的告警", Memory(), small_gazetteer(), today=TODAY, role="qa", use_embeddings=False)
    assert listed.tool == "sensitive_alerts" and listed.args.get("status") == "open"
