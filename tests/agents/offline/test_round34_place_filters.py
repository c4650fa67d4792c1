"""Round 34: a tool that filters by place itself takes the place; no customer list comes first.

"which of my Spanish customers might churn" is one ``churn_risk`` call with ``country``, not
``find_customers`` then a churn reading of the first customer. New sentences, none from the held-out sets.
"""

from __future__ import annotations

import pytest

from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan

from .conftest import TODAY


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("which of my Singapore accounts could we lose soon", {"country": "Singapore"}),
        ("any of my clients in Spain at risk of churning?", {"country": "Spain"}),
        ("马来西亚的客户里面有没有快流失的", {"country": "Malaysia"}),
        ("我在法国的客户中哪几家有流失的风险", {"country": "France"}),
    ],
)
def test_churn_of_a_place_is_one_call_with_the_place(trained, gaz: Gazetteer, text: str, args: dict) -> None:
    p = plan(text, Memory(), gaz, today=TODAY, role="rep")
    assert (p.tool, p.then) == ("churn_risk", None)
    assert {k: v for k, v in p.args.items() if k in ("country", "city", "industry")} == args
