"""One question read as two steps: the last order's date and lines, deal news then its update, a pick from a list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan
from assistant.agents.offline.topics import one_question

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("first", "second", "single"),
    [
        ("锦华上回是哪天下的单", "order_history", "order_history"),
        ("when was Summit's most recent order", "order_history", "order_history"),
        ("锦华下次什么时候会再下单", "order_history", None),  # the next order: two steps
        ("the Summit deal fell through", "update_deal_stage", "update_deal_stage"),
        ("锦华那单黄了", "update_deal_stage", "update_deal_stage"),
        ("show me Summit's open deals", "update_deal_stage", None),
        ("the top one", "order_history", ""),
        ("第三家", "receivables", ""),
    ],
)
def test_one_question(first: str, second: str, single: str | None) -> None:
    assert one_question(first, second, Mentions()) == single


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["锦华上回是哪天下的单，都买了什么", "when did Summit last order, and what did they buy?"],
)
def test_the_last_orders_date_and_lines_are_one_call(trained: Path, gaz: Gazetteer, text: str) -> None:
    decided = plan(text, Memory(), gaz, today=TODAY, role="rep")
    assert decided.tool == "order_history" and decided.args.get("last") is True
    assert decided.then is None


@pytest.mark.slow
def test_a_pick_from_the_last_list_then_a_question_is_one_call(trained: Path, gaz: Gazetteer) -> None:
    listed = [{"id": "C00007", "name": "上海锦华纺织品有限公司"}, {"id": "C00008", "name": "Summit"}]
    memory = Memory(last_tool="churn_risk", last_args={}, listed=listed)
    decided = plan("the top one - what was in their latest order?", memory, gaz, today=TODAY, role="rep")
    assert decided.tool == "order_history" and decided.then is None
    assert decided.args["customer"] == "C00007" and decided.args["last"] is True


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("锦华上回是哪天下的单", "order_history"),
        ("when did Summit last place an order", "order_history"),
        ("锦华下次什么时候会下单", "next_purchase"),
    ],
)
def test_the_last_order_is_not_the_next_one(text: str, tool: str) -> None:
    from assistant.agents.offline.corrections import redirect

    assert redirect("next_purchase", text, Mentions(customers=["锦华"]), Memory(), TODAY) == tool
