"""Round 23: two questions of their own in one message, yes/no second questions, a count before a draft check.

Pure tests (stand-in routers); new sentences, none from the held-out sets.
"""

from __future__ import annotations

from assistant.agents.offline import chain_args, chains, drafts
from assistant.agents.offline.chain_parts import SPLIT, asks, elided

KEYS = {
    "pipeline": "pipeline_status", "商机": "pipeline_status", "forecast": "sales_forecast", "预测": "sales_forecast",
    "客户": "find_customers", "都是谁": "team_performance", "bought": "order_history", "owe": "receivables",
    "alerts": "compliance_stats", "告警": "compliance_stats",
}  # fmt: skip


def sure(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.97 if tool else 0.1


def unsure(text: str) -> tuple[str | None, float]:
    return sure(text)[0], 0.6


def test_two_sure_questions_for_unrelated_tools_are_two_asks() -> None:
    for text in ("how is my pipeline this quarter, and what's the sales forecast for it?", "这季度商机情况怎么样？预测能做到多少"):
        chain = chains.detect(text, sure)
        assert chain and (chain.first, chain.second, chain.own) == ("pipeline_status", "sales_forecast", True), text


def test_an_unsure_part_or_one_the_rules_do_not_back_is_no_second_ask() -> None:
    assert chains.detect("how is my pipeline this quarter, and what's the sales forecast for it?", unsure) is None
    assert chains.detect("我在大阪那边有几家客户？都是谁", sure) is None  # "都是谁" names nothing a rule knows


def test_yes_no_questions_ask() -> None:
    for part in ("is that invoice paid?", "钱结清了没", "有没有逾期", "did they pay"):
        assert asks(part), part
    assert not asks("Pinewood's last order")


def test_a_yes_no_second_question_about_the_customer_the_first_named() -> None:
    assert elided("what did Pinewood buy last time", "is that invoice paid?", "order_history", "receivables",
                  lambda t: "Pinewood" in t)  # fmt: skip


def test_and_before_an_auxiliary_question_splits() -> None:
    text = "how much has Pinewood bought this year and do they owe anything?"
    parts = [text[m.end() :] for m in SPLIT.finditer(text)]
    assert "do they owe anything?" in parts


def test_a_count_before_a_draft_check_is_asked_first() -> None:
    assert drafts.ask_before_check("how many guarantee alerts this month? also check this line", sure) == (
        "how many guarantee alerts this month", "compliance_stats")  # fmt: skip
    assert drafts.ask_before_check("这周私单告警有几条？顺便看看这句能不能发", sure) == ("这周私单告警有几条", "compliance_stats")
    assert drafts.ask_before_check("帮我看看，这句能不能发", sure) is None  # the check alone


def test_the_quoted_draft_is_the_second_scan() -> None:
    args = chain_args.args_for("compliance_stats", "scan_text", {"text": "we promise 100% delivery"}, {}, {}, "")
    assert args == {"text": "we promise 100% delivery"}


def test_and_their_balance_splits_a_second_ask_about_the_same_record() -> None:
    text = "Pinewood's latest order and their outstanding balance"
    parts = [text[m.end() :] for m in SPLIT.finditer(text)]
    assert "their outstanding balance" in parts
    assert not list(SPLIT.finditer("Pinewood's orders and their amounts"))
