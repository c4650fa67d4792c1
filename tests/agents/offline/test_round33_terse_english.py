"""Round 33: terse, verbless English questions go to the right tool.

Own figures without a verb are ``team_performance``, "#NNN" opens one alert, a draft for the riskiest
customer is ``suggest_scripts``. New sentences, none from the held-out sets or the training round.
"""

from __future__ import annotations

import pytest

from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan

from .conftest import TODAY


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("my rev for 2025?", "team_performance"),
        ("rep04's revenue in 2026", "team_performance"),
        ("display #321, full text", "sensitive_alerts"),
        ("write something i can send the most at-risk one", "suggest_scripts"),
    ],
)
def test_terse_english_goes_to_the_right_tool(trained, gaz: Gazetteer, text: str, tool: str) -> None:
    assert plan(text, Memory(), gaz, today=TODAY, role="rep").tool == tool


@pytest.mark.slow
def test_hash_number_is_the_alert_id(trained, gaz: Gazetteer) -> None:
    step = plan("display #321, full text", Memory(), gaz, today=TODAY, role="rep")
    assert step.args.get("alert_id") == 321
