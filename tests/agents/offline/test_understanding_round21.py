"""Round 21 of understanding: a which-one pick that asks its own question, travel place lists,
"记一笔：<note>" as one write, arrow stage changes, conversation closers."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agents.offline import intents
from assistant.agents.offline.entities import spot
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.notes import note_only
from assistant.agents.offline.pick_question import own_question, pick_end, put_customer, residual_question
from assistant.agents.offline.planner import plan
from tests.agents.offline.conftest import small_gazetteer

TODAY = dt.date(2026, 11, 30)
CANDIDATES = [
    {"type": "customer", "id": "C00001", "name": "Lark Trading GmbH", "city": "Munich", "country": "Germany"},
    {"type": "customer", "id": "C00002", "name": "Lark Trading Ltd", "city": "London", "country": "United Kingdom"},
]


def _pending(tool: str = "customer_profile") -> Memory:
    return Memory(pending={"tool": tool, "args": {"customer": "Lark"}, "candidates": CANDIDATES, "query": "Lark"})


def _plan(text: str, memory: Memory | None = None, embeddings: bool = False):
    return plan(text, memory or Memory(), small_gazetteer(), today=TODAY, role="rep", use_embeddings=embeddings)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("慕尼黑那家，最近一次下单是什么时候", "最近一次下单是什么时候"),
        ("the London one - do they still owe us money", "do they still owe us money"),
        ("第二个，他们欠多少钱", "他们欠多少钱"),
        ("慕尼黑那家", None),
        ("the London one", None),
    ],
)
def test_the_question_after_a_leading_pick(text: str, rest: str | None) -> None:
    assert residual_question(text, spot(text, small_gazetteer())) == rest


def test_no_leading_pick_in_a_new_request() -> None:
    text = "list my customers in Munich"
    assert pick_end(text, spot(text, small_gazetteer())) is None


def test_own_question_takes_a_customer_tool_other_than_the_pending_one() -> None:
    def route(text: str) -> tuple[str | None, float]:
        return ("receivables", 0.9) if "owe" in text else ("customer_profile", 0.9)

    text = "the London one - do they still owe us money"
    m = spot(text, small_gazetteer())
    assert own_question(text, m, "customer_profile", route) == ("receivables", "do they still owe us money")
    assert own_question(text, m, "receivables", route) is None  # the pending tool already asks it
    assert own_question("the London one", spot("the London one", small_gazetteer()), "customer_profile", route) is None


def test_put_customer_uses_the_argument_the_tool_takes() -> None:
    assert put_customer("receivables", {}, "C00002") == {"customer": "C00002"}
    assert put_customer("pipeline_status", {}, "C00002") == {"customers": ["C00002"]}


def test_a_pick_by_place_with_a_question_answers_that_question() -> None:
    decided = _plan("the London one - do they still owe us money", _pending(), embeddings=True)
    assert decided.tool == "receivables" and decided.args["customer"] == "C00002"
    decided = _plan("慕尼黑那家，最近一次下单是什么时候", _pending(), embeddings=True)
    assert decided.tool == "order_history" and decided.args["customer"] == "C00001"


def test_a_bare_pick_reissues_the_pending_call() -> None:
    decided = _plan("the London one", _pending("next_purchase"), embeddings=True)
    assert decided.tool == "next_purchase" and decided.args["customer"] == "C00002"


@pytest.mark.parametrize(
    ("instruction", "payload", "one"),
    [
        ("锦华那边一直在催，帮我记一笔", "今天电话沟通了，周五前给报价", True),
        ("记一下", "下午拜访了，对方要样品", True),
        ("查下锦华还欠多少，然后记一笔", "已电话催款", False),
        ("锦华欠多少钱", "还有哪些", False),
    ],
)
def test_a_note_after_context_is_one_write(instruction: str, payload: str, one: bool) -> None:
    assert note_only(instruction, payload) is one


def test_context_then_note_logs_the_text_after_the_colon() -> None:
    decided = _plan("锦华那边一直在催，帮我记一笔：今天微信把样品照片发过去了")
    assert decided.tool == "log_activity"
    assert decided.args["customer"] == "锦华" and decided.args["type"] == "chat"
    assert decided.args["content"] == "今天微信把样品照片发过去了"


@pytest.mark.parametrize(
    "text", ["Summit deal -> negotiation, they pushed back on terms", "锦华的商机 → 方案报价", "Nordic → won, PO signed"]
)
def test_an_arrow_to_a_stage_is_a_stage_change(text: str) -> None:
    tool, score = intents.best_tool(intents.tool_scores(text))
    assert tool == "update_deal_stage" and score >= 8


@pytest.mark.parametrize(
    "text", ["heading to Munich next month, who have I got there?", "下周去慕尼黑出差，那边有哪些客户"]
)
def test_travel_asks_for_the_customers_of_the_place(text: str) -> None:
    decided = _plan(text)
    assert decided.tool == "find_customers" and decided.args.get("city") == "Munich"


@pytest.mark.parametrize("text", ["锦华上回那批货款结了没", "has Nordic paid us yet", "那笔款打过来了吗"])
def test_paid_yet_is_receivables(text: str) -> None:
    assert intents.best_tool(intents.tool_scores(text))[0] == "receivables"


@pytest.mark.parametrize(
    "text", ["ok thanks, that's all for now 🙏", "好的没事了", "nope, i'm good", "收到，先这样吧", "cool, see ya"]
)
def test_closers_get_a_short_reply(text: str) -> None:
    assert intents.conversation_act(text) == "thanks"
    assert _plan(text).kind == "thanks"


@pytest.mark.parametrize("text", ["that's all the overdue ones?", "就这些客户吗", "没付款的有哪些"])
def test_questions_are_not_closers(text: str) -> None:
    assert intents.conversation_act(text) is None


@pytest.mark.parametrize(
    ("instruction", "payload"),
    [("锦华那边催得紧，帮我记一笔", "已电话催款，然后查一下他们欠多少"), ("Quick note", "what did Summit buy last month?")],
)
def test_a_note_that_asks_something_further_is_not_one_write(instruction: str, payload: str) -> None:
    from assistant.agents.offline.notes import note_only

    assert not note_only(instruction, payload)
