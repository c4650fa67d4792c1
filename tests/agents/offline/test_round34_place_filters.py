"""Round 34: a tool that filters by place itself takes the place; no customer list comes first.

"which of my Singapore accounts could we lose" is one ``churn_risk`` call with ``country``; "马来西亚的客户里…"
lists them, then runs ``churn_risk`` on the place, never a churn reading of the first customer only. New sentences, none from the held-out sets.
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
        ("any of my clients in Germany at risk of churning?", {"country": "Germany"}),
    ],
)
def test_churn_of_a_place_is_one_call_with_the_place(trained, gaz: Gazetteer, text: str, args: dict) -> None:
    p = plan(text, Memory(), gaz, today=TODAY, role="rep")
    assert (p.tool, p.then) == ("churn_risk", None)
    assert {k: v for k, v in p.args.items() if k in ("country", "city", "industry")} == args


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("马来西亚的客户里面有没有快流失的", {"country": "Malaysia"}),
        ("我在法国的客户中哪几家有流失的风险", {"country": "France"}),
    ],
)
def test_within_a_place_lists_it_then_churn_of_that_place(trained, gaz: Gazetteer, text: str, args: dict) -> None:
    """"X的客户里…": the customers there, then churn_risk on the place itself (not on the first customer listed)."""
    p = plan(text, Memory(), gaz, today=TODAY, role="rep")
    if p.tool == "churn_risk":  # one call with the place is as good
        assert {k: v for k, v in p.args.items() if k in ("country", "city", "industry")} == args
        return
    assert p.tool == "find_customers" and p.then and p.then["tool"] == "churn_risk" and p.then["own"]
    assert {k: v for k, v in p.then["args"].items() if k in ("country", "city", "industry")} == args
