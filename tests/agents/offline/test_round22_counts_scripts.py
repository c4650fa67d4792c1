"""Round 22: counting vs listing alerts, drafting a message for a customer, conditional two-step requests, counts with nouns."""

from __future__ import annotations

import pytest

from assistant.agents.offline import chain_args
from assistant.agents.offline.alert_choice import alert_tool
from assistant.agents.offline.alert_refs import alert_request
from assistant.agents.offline.conditionals import joined, log_if_clean, then_log
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.fmt import plural
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.payload import split_payload
from assistant.agents.offline.render import render_result
from assistant.agents.offline.script_asks import asks_draft


@pytest.mark.parametrize(
    ("text", "mentions", "tool"),
    [
        ("上个月低风险的一共几条", Mentions(severity="low"), "compliance_stats"),
        ("alerts pending review - how many in total?", Mentions(alert_status="open"), "compliance_stats"),  # round 31: every alert count is statistics
        ("还有多少条待审核的告警", Mentions(alert_status="open"), "compliance_stats"),  # round 31: every alert count is statistics
        ("rep07's flag count, all time", Mentions(users=["rep07"]), "compliance_stats"),  # round 31: every alert count is statistics
        ("最近三天有新的违规吗", Mentions(), "sensitive_alerts"),
        ("上周咱们组有人被标记吗", Mentions(), "compliance_stats"),
        ("anyone on my team flagged this week?", Mentions(), "compliance_stats"),
        ("他上个月有违规吗", Mentions(), "compliance_stats"),
    ],
)
def test_one_rule_picks_counts_or_the_alerts(text: str, mentions: Mentions, tool: str) -> None:
    assert alert_tool("compliance_stats", text, mentions) == tool
    assert alert_tool("sensitive_alerts", text, mentions) == tool


def test_the_rule_stays_out_of_other_requests() -> None:
    assert alert_tool("receivables", "how many invoices are overdue", Mentions()) is None
    assert alert_tool("sensitive_alerts", "把他上周的违规原话调出来", Mentions()) is None  # the messages: no change


def test_an_alert_number_with_a_details_word_opens_that_alert() -> None:
    assert alert_request("#318 这条具体怎么回事", Memory()) == (318, False)
    assert alert_request("#77 details?", Memory()) == (77, False)
    assert alert_request("#77 这条改成合规的说法", Memory()) == (77, True)


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("那帮她写条催付款的微信吧", True),
        ("write them a friendly check-in email", True),
        ("draft a nudge for the first one", True),
        ("帮我记一笔：今天给他发了跟进消息", False),
        ("log it: I sent them a reminder email today", False),
        ("他们还欠多少钱", False),
    ],
)
def test_a_message_to_write_is_not_a_message_to_record(text: str, draft: bool) -> None:
    assert asks_draft(text) is draft


def test_a_reported_objection_with_how_to_answer_is_one_request() -> None:
    text = "客户说：交期太慢了，下个月到不了就换别家。我该怎么回"
    assert split_payload(text) == (text, None)
    en = "the buyer said: we'll wait for next year's budget. how should I respond?"
    assert split_payload(en) == (en, None)
    assert split_payload("帮我看看这句能不能发：王总，这批货包您满意")[1] == "王总，这批货包您满意"  # a draft stays a draft


def test_if_so_joins_two_asks() -> None:
    assert joined("瑞天有没有逾期的？如果有就帮我写个客气的催款话术") == "瑞天有没有逾期的，然后帮我写个客气的催款话术"
    assert joined("does Summit owe anything past due? if so draft a reminder") == (
        "does Summit owe anything past due, then draft a reminder"
    )
    assert joined("what if so many orders slip") == "what if so many orders slip"  # no first ask before it
    assert joined("上个月咱们组违规主要是什么类型") == "上个月咱们组违规主要是什么类型"  # 主要是 is no "要是"


def test_a_draft_is_logged_only_when_its_check_is_clean() -> None:
    instruction = "scan this for Summit and if it's ok log it as an email"
    assert log_if_clean(instruction) and not log_if_clean("scan this for Summit")
    then = then_log({"customer": "Summit", "type": "email"}, "Hi Anna, samples ship Friday.", instruction)
    clean = chain_args.args_for("scan_text", "log_activity", then["args"], {}, {}, instruction)
    assert clean == {"customer": "Summit", "type": "email", "content": "Hi Anna, samples ship Friday."}
    flagged = {"name": "guarantee", "text": "guarantee guarantee"}
    assert chain_args.args_for("scan_text", "log_activity", then["args"], flagged, {}, instruction) is None


def test_counts_carry_their_noun() -> None:
    assert plural(6, "deal") == "6 deals" and plural(1, "order") == "1 order"
    one_stage = {"status": "ok", "stage": "negotiation", "total": 6, "amount_usd": 86400, "deals": [], "scope": "me"}
    assert "6 deals open in negotiation" in render_result("pipeline_status", one_stage, "en")
    stats = {"status": "ok", "period": {"label": "this_quarter", "start": "2026-10-01", "end": "2026-12-31"},
             "group_by": "month", "count": 29, "previous": 48, "change": -19, "groups": []}  # fmt: skip
    assert "previous 48 alerts" in render_result("compliance_stats", stats, "en")
    assert "上期 48 条" in render_result("compliance_stats", stats, "zh")


def test_a_reps_count_of_their_own_alerts_is_never_the_qa_statistics() -> None:
    import datetime as dt

    from assistant.agents.offline.corrections import redirect

    m = Mentions(severity="high")
    text = "我上个月高风险的违规有几条"
    today = dt.date(2026, 11, 30)
    assert redirect("compliance_stats", text, m, Memory(), today, role="qa") == "compliance_stats"
    assert redirect("compliance_stats", text, m, Memory(), today, role="rep") == "sensitive_alerts"  # scoped to them


@pytest.mark.parametrize(
    ("text", "joined_text"),
    [
        ("查下锦华的欠款，如果有时间的话帮我约个拜访", "查下锦华的欠款，如果有时间的话帮我约个拜访"),  # a real condition, not "if so"
        ("Check the overdue invoices, if any of them are over 90 days, draft a reminder",
         "Check the overdue invoices, if any of them are over 90 days, draft a reminder"),
        ("anything overdue? if so draft a polite reminder", "anything overdue, then draft a polite reminder"),
        ("有没有逾期的？有的话就写个催款话术", "有没有逾期的，然后写个催款话术"),
    ],
)  # fmt: skip
def test_only_a_bare_if_so_joins_two_asks(text: str, joined_text: str) -> None:
    assert joined(text) == joined_text


def test_a_courtesy_can_is_no_condition_to_log() -> None:
    assert not log_if_clean("如果可以帮我记录一下这段话")
    assert log_if_clean("看看这段能不能发，没问题的话帮我记一下")


@pytest.mark.parametrize("text", ["他们的编号和联系信息呢", "看看他最近发来的消息", "编号57那条的消息内容呢"])
def test_numbers_and_received_messages_are_no_draft_request(text: str) -> None:
    assert not asks_draft(text)
