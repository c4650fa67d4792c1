"""Round 32: after own results moved to team_performance, the state of one's deals stays with the pipeline.

"我这季度的商机情况", "这个月单子情况", lost deals and the win rate are ``pipeline_status``; a person's won
count and sales stay ``team_performance``. New sentences, none from the held-out sets.
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
        ("我这个季度商机的情况给我说说", "pipeline_status"),
        ("我10月份的单子情况", "pipeline_status"),
        ("我上个月输了几个单子", "pipeline_status"),
        ("这季度我没谈下来的单有几个", "pipeline_status"),
        ("我这季度一共拿下了几单", "team_performance"),
        ("我上个月的销售额是多少", "team_performance"),
    ],
)
def test_the_state_of_ones_deals_stays_with_the_pipeline(trained, gaz: Gazetteer, text: str, tool: str) -> None:
    assert plan(text, Memory(), gaz, today=TODAY, role="rep").tool == tool
