"""Review fixes: a Chinese "summarise and log it as a visit" over a pasted chat keeps its log step (planner path).

New sentences, none from the held-out sets.
"""

from __future__ import annotations

from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan

from .conftest import TODAY

CHAT = "王总: 下周我们内部先开会定一下数量\n我: 好的，那我周五再跟您确认"


def test_summarise_then_log_as_a_visit_plans_the_summary_then_the_log(gaz: Gazetteer) -> None:
    decided = plan(f"概括一下，记成一次和锦华的拜访：\n{CHAT}", Memory(), gaz, today=TODAY, role="rep", use_embeddings=False)
    assert decided.tool == "summarize_conversation"
    assert decided.then and decided.then["tool"] == "log_activity"
    assert decided.then["args"]["type"] == "visit" and decided.then["args"]["customer"] == "锦华"


def test_a_plain_summary_ask_is_still_only_a_summary(gaz: Gazetteer) -> None:
    decided = plan(f"总结一下：\n{CHAT}", Memory(), gaz, today=TODAY, role="rep", use_embeddings=False)
    assert decided.tool == "summarize_conversation" and not decided.then
