"""Round 37: a write the assistant has no tool for (reassigning, merging, deleting customers) gets a plain
"I can't do that, an admin can" in the user's language instead of a read; "check this draft and then log it"
with no customer asks which customer to log it under instead of dropping the log.

New sentences, none from the held-out sets.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from langchain_core.messages import BaseMessage, HumanMessage, ToolMessage

from assistant.agents.offline import OfflineChatModel
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan

DAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("帮我把rep02手上的客户全部转到我名下", "zh"),
        ("把锦华这家客户划给陈静吧", "zh"),
        ("麻烦把锦华和上海锦华纺织品有限公司合并成一个客户", "zh"),
        ("把锦华从我的客户里删了", "zh"),
        ("please move every one of rep02's clients over to me", "en"),
        ("reassign the Nordic account to rep02", "en"),
        ("transfer Summit to my name", "en"),
        ("can you merge Nordic and Summit into a single account?", "en"),
        ("delete the Summit customer record", "en"),
    ],
)
def test_a_write_with_no_tool_is_declined_plainly(gaz: Gazetteer, text: str, lang: str) -> None:
    step = plan(text, Memory(), gaz, today=DAY, role="rep", use_embeddings=False)
    assert step.tool is None and step.kind == "out_of_scope"
    reply = step.reply or ""
    assert ("管理员" in reply) if lang == "zh" else ("admin" in reply)


@pytest.mark.parametrize(
    "text",
    [
        "rep02名下有哪些客户",
        "把OPP-000123推进到谈判阶段",
        "move the Nordic deal to negotiation",
        "which accounts did rep02 hand over last quarter",
        "锦华的订单合并起来一共多少钱",
    ],
)
def test_reads_and_stage_moves_are_not_declined(gaz: Gazetteer, text: str) -> None:
    step = plan(text, Memory(), gaz, today=DAY, role="rep", use_embeddings=False)
    assert step.kind != "out_of_scope"


@pytest.mark.slow
@pytest.mark.parametrize("text", ["把rep02的客户都挪到我这边来", "hand all of rep02's customers over to me"])
def test_a_reassignment_is_declined_with_the_classifier(gaz: Gazetteer, trained: object, text: str) -> None:
    step = plan(text, Memory(), gaz, today=DAY, role="rep", use_embeddings=True)
    assert step.tool is None and step.kind == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("check this draft and then log it:\nHi, the revised quote is attached, valid until Friday.", "en"),
        ("look over this message, then record it as a note:\nThanks for your time today, samples ship Monday.", "en"),
        ("帮我看看这段话有没有问题，然后记录一下：\n您好，样品下周一寄出，请注意查收。", "zh"),
    ],
)
def test_check_then_log_without_a_customer_asks_which(gaz: Gazetteer, text: str, lang: str) -> None:
    step = plan(text, Memory(), gaz, today=DAY, role="rep", use_embeddings=False)
    assert step.tool == "scan_text" and step.then and step.then["tool"] == "log_activity"
    ask = str(step.then.get("ask") or "")
    assert ("客户" in ask) if lang == "zh" else ("customer" in ask.lower())


def test_check_then_log_offers_the_customers_in_context(gaz: Gazetteer) -> None:
    memory = Memory(listed=[{"id": 7, "name": "Nordic Home Supplies GmbH"}, {"id": 9, "name": "Summit Trading"}])
    step = plan("check this draft and then log it:\nHi, samples ship on Monday.", memory, gaz, today=DAY,
                role="rep", use_embeddings=False)  # fmt: skip
    ask = str((step.then or {}).get("ask") or "")
    assert step.tool == "scan_text" and "Nordic Home Supplies GmbH" in ask and "Summit Trading" in ask


def test_check_then_log_with_a_named_customer_chains_the_log(gaz: Gazetteer) -> None:
    step = plan("check this draft and then log it under Nordic:\nHi, samples ship on Monday.", Memory(), gaz,
                today=DAY, role="rep", use_embeddings=False)  # fmt: skip
    assert step.tool == "scan_text" and step.then and step.then["tool"] == "log_activity"
    assert step.then["args"].get("customer") == "Nordic" and not step.then.get("ask")


def test_check_if_fine_log_without_a_customer_asks_which(gaz: Gazetteer) -> None:
    step = plan("check this, if it's fine log it:\nHi, samples ship on Monday.", Memory(), gaz, today=DAY,
                role="rep", use_embeddings=False)  # fmt: skip
    assert step.tool == "scan_text" and (step.then or {}).get("ask")


def test_after_the_check_the_model_asks_which_customer_instead_of_dropping_the_log(model: OfflineChatModel) -> None:
    history: list[BaseMessage] = [HumanMessage("check this draft and then log it:\nHi, samples ship on Monday.")]
    call = model.invoke(history)
    assert call.tool_calls and call.tool_calls[0]["name"] == "scan_text"
    clean = {"status": "ok", "violations": [], "risk_level": "none"}
    history += [call, ToolMessage(json.dumps(clean), tool_call_id=call.tool_calls[0]["id"])]
    answer = model.invoke(history)
    assert not answer.tool_calls and "Which customer should I log this under?" in str(answer.content)


@pytest.mark.parametrize(
    "text",
    ["最近分配到我名下的客户有哪些", "调查一下他手上的客户", "which customers were moved to me this month?", "show the accounts rep02 handed over to me"],
)
def test_a_question_about_owners_is_no_reassignment(gaz: Gazetteer, text: str) -> None:
    step = plan(text, Memory(), gaz, today=DAY, role="rep", use_embeddings=False)
    assert step.kind != "out_of_scope"


@pytest.mark.parametrize("text", ["give rep02's accounts to me", "hand all of rep09's clients over to rep02"])
def test_handing_accounts_to_someone_is_declined(gaz: Gazetteer, text: str) -> None:
    step = plan(text, Memory(), gaz, today=DAY, role="rep", use_embeddings=False)
    assert step.kind == "out_of_scope" and "admin" in (step.reply or "")
