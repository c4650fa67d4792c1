"""Review fixes: a place named after a list picks a record only with a pointer ("the Lyon one", "里昂那家").

New sentences, none from the held-out sets.
"""

from __future__ import annotations

import json

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.offline.corrections import redirect
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import picks_listed, read_memory
from assistant.agents.offline.memory_args import fill_from_memory

from .conftest import TODAY

PLACES = [{"id": "K1", "city": "Lyon", "country": "France"}, {"id": "K2", "city": "Nantes", "country": "France"}]


def _memory():
    found = {"status": "ok", "records": [{"type": "customer", "id": i, "name": f"Wren {i}"} for i in ("K1", "K2")],
             "customers": PLACES}  # fmt: skip
    call = [{"name": "find_customers", "args": {}, "id": "f1"}]
    return read_memory([HumanMessage("q"), AIMessage("", tool_calls=call),
                        ToolMessage(json.dumps(found), tool_call_id="f1")])  # fmt: skip


def test_a_market_question_naming_a_place_picks_no_listed_customer() -> None:
    memory, m = _memory(), Mentions(cities=["Nantes"])
    text = "what sells best around Nantes these days?"
    assert picks_listed(memory, m, text) is None
    args: dict = {}
    fill_from_memory("recommend_products", args, text, m, memory, "classifier")
    assert "customer" not in args


def test_a_pointer_at_a_place_picks_that_listed_customer() -> None:
    memory, m = _memory(), Mentions(cities=["Nantes"])
    for text in ("and the Nantes one, what did they order last?", "南特那家最近一单买了啥", "南特的那位上回订了什么"):
        assert picks_listed(memory, m, text)["id"] == "K2", text
        args: dict = {}
        fill_from_memory("order_history", args, text, m, memory, "classifier")
        assert args["customer"] == "K2", text
        assert redirect("order_history", text, m, memory, TODAY) == "order_history"


@pytest.mark.slow
def test_a_chinese_pointer_after_a_list_asks_about_that_customer_not_the_list_again(trained, gaz) -> None:
    from assistant.agents.offline.planner import plan

    places = [{"id": "K1", "city": "Lyon", "country": "France"}, {"id": "K2", "city": "Penang", "country": "Malaysia"}]
    found = {"status": "ok", "records": [{"type": "customer", "id": i, "name": f"Wren {i}"} for i in ("K1", "K2")],
             "customers": places}  # fmt: skip
    call = [{"name": "find_customers", "args": {}, "id": "f1"}]
    memory = read_memory([HumanMessage("列出我的客户"), AIMessage("", tool_calls=call),
                          ToolMessage(json.dumps(found), tool_call_id="f1")])  # fmt: skip
    decided = plan("槟城那家最近一次订了什么", memory, gaz, today=TODAY, role="rep")
    assert (decided.tool, decided.args.get("customer")) == ("order_history", "K2")
