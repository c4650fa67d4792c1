"""After "which of my customers owes the most?", "it" / "它" is the customer at the top of the answer."""

from __future__ import annotations

import json

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.offline.followups import read_memory

OWED = {
    "status": "ok",
    "customers": [
        {"customer": {"id": "C00411", "name": "Kestrel Mills"}, "open_usd": 900.0, "overdue_usd": 900.0},
        {"customer": {"id": "C00412", "name": "Bluebay Paper"}, "open_usd": 5000.0, "overdue_usd": 0.0},
    ],
    "records": [
        {"type": "customer", "id": "C00411", "name": "Kestrel Mills"},
        {"type": "customer", "id": "C00412", "name": "Bluebay Paper"},
    ],
}


def _memory(question: str):
    return read_memory([
        HumanMessage(question),
        AIMessage("", tool_calls=[{"id": "r1", "name": "receivables", "args": {"scope": "me"}}]),
        ToolMessage(json.dumps(OWED), tool_call_id="r1"),
        AIMessage("..."),
        HumanMessage("它上一单买的什么"),
    ])


def test_the_top_of_a_superlative_answer_is_in_focus() -> None:
    assert _memory("我手上哪个客户逾期的钱最多").last_customer == "C00411"  # the list comes most overdue first
    assert _memory("which customer is the most overdue?").last_customer == "C00411"


def test_who_owes_the_most_is_the_largest_open_amount() -> None:
    assert _memory("我手上哪个客户拖欠的钱最多").last_customer == "C00412"
    assert _memory("who owes me the most right now?").last_customer == "C00412"


def test_a_plain_list_puts_no_customer_in_focus() -> None:
    assert _memory("我的客户都欠了多少").last_customer is None
