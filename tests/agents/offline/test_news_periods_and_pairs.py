"""Writes phrased as news, more period phrases, QA aggregates and the newer two-step pairs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.agents.offline import chain_picks, chain_steps, chains
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.payload import split_payload
from assistant.agents.offline.slots import build_args
from assistant.agents.offline.stage_words import stages_of
from assistant.text.period_phrases import find_period

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("orders from them last yr", "last_year"),
        ("他们前年买了多少", "2024"),
        ("那前年呢", "2024"),
        ("how much in the year before last", "2024"),
        ("8月到现在下了几单", "2026-08-01..2026-11-30"),
        ("九月份以来的订单", "2026-09-01..2026-11-30"),
        ("what have they bought since July", "2026-07-01..2026-11-30"),
        ("前年上半年", "2024-H1"),
        ("七月下了几单", "2026-07"),
    ],
)
def test_more_period_phrases(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("锦华那边合同签好了，阶段帮我更新一下", "won"),
        ("the summit deal went through, update its stage", "won"),
        ("恒嘉那单黄了，状态改一下", "lost"),
        ("orion said no in the end, update the opp", "lost"),
        ("把谈判那个单子推到输单", "lost"),  # a named target still wins over the news
        ("商机状态改一下", None),
    ],
)
def test_news_implies_the_target_stage(text: str, target: str | None) -> None:
    assert stages_of(text)[0] == target


def test_a_quoted_draft_after_a_colon_keeps_the_words_after_it_as_instruction() -> None:
    instruction, payload = split_payload('check this: "we promise no delays ever, I pay myself" then make it compliant')
    assert payload == "we promise no delays ever, I pay myself"
    assert "make it compliant" in instruction
    assert split_payload('scan: "hello there friend"') == ("scan", "hello there friend")  # the draft, unquoted


def test_reps_named_in_lower_case_pinyin() -> None:
    from assistant.agents.offline.entities import spot
    from assistant.agents.offline.gazetteer import Entry, Gazetteer, static_entries

    gaz = Gazetteer([*static_entries(), Entry("张伟", "user", "rep01"), Entry("何勇", "user", "rep07")])
    assert spot("what's stuck in he yong's pipeline", gaz).users == ["rep07"]
    assert spot("how much did zhang wei sell this month", gaz).users == ["rep01"]
    assert spot("he said the price is fine", gaz).users == []


def _qa(tool: str, text: str, **mentions: Any) -> dict[str, Any]:
    return build_args(tool, text, None, Mentions(**mentions), TODAY, "qa")


def test_compliance_stats_from_one_period_to_the_next_and_reps_within_a_category() -> None:
    assert _qa("compliance_stats", "which kind of flag rose most from Q1 to Q2")["period"] == "2026-Q2"
    assert _qa("compliance_stats", "哪类违规从上季度到这季度涨得最多")["period"] == "this_quarter"
    assert _qa("compliance_stats", "split Q2 by violation type")["group_by"] == "category"
    assert _qa("compliance_stats", "回扣这一块谁最多", category="bribery")["group_by"] == "rep"
    assert _qa("compliance_stats", "哪类违规最多")["group_by"] == "category"


def test_leads_forecast_and_profile_give_second_step_subjects() -> None:
    leads = {"leads": [{"company": "Orion Lead Ltd", "grade": "A", "score": 31.0}]}
    subject = chain_picks.leads(leads, {}, "")[0]
    assert subject["text"] == "Orion Lead Ltd" and subject["figure_en"] == "grade A, score 31"
    script = chain_steps.args_for("lead_scores", "suggest_scripts", {"query": "opening"}, subject, {}, "")
    assert script is not None and script["scenario"] == "opening" and "Orion Lead Ltd" in script["query"]
    whole = chain_picks.forecast_pipeline({}, {"scope": "team"}, "")[0]
    assert chain_steps.args_for("sales_forecast", "pipeline_status", {}, whole, {"scope": "team"}, "") == {
        "scope": "team"
    }
    card = {"customer": {"id": "C00099", "name": "康荣商贸有限公司"}}
    assert chain_picks.profiled(card, {}, "") == [{"customer": "C00099", "name": "康荣商贸有限公司"}]
    assert chain_picks.profiled({}, {}, "") == []


def test_profile_then_churn_and_forecast_then_deals_need_no_pronoun() -> None:
    def route(t: str) -> tuple[str | None, float]:
        if "资料" in t:
            return ("customer_profile", 0.9)
        if "流失" in t:
            return ("churn_risk", 0.9)
        if "预测" in t:
            return ("sales_forecast", 0.9)
        return ("pipeline_status", 0.9) if "单子" in t else (None, 0.2)

    chain = chains.detect("调出盛和的资料，顺便看看有没有流失风险", route)
    assert chain and (chain.first, chain.second) == ("customer_profile", "churn_risk")
    chain = chains.detect("预测下季度能做多少，再看看哪些单子能冲一冲", route)
    assert chain and (chain.first, chain.second) == ("sales_forecast", "pipeline_status")
    assert chains.detect("调出盛和的资料，顺便看看最近的订单", route) is None


def test_a_misspelt_country_is_still_a_country() -> None:
    from assistant.agents.offline.entities import spot
    from assistant.agents.offline.gazetteer import Gazetteer, static_entries

    gaz = Gazetteer(static_entries())
    assert spot("which clients do i have in frnace", gaz).countries == ["France"]
    assert spot("list my germna customers", gaz).countries == ["Germany"]
    assert spot("what is in total", gaz).countries == []


def test_the_runner_up_category_is_picked_when_asked_for_the_second() -> None:
    stats = {"group_by": "category", "groups": [{"key": "guarantee", "count": 9}, {"key": "bribery", "count": 4}]}
    text = "本月排第二的违规类别是什么？把这一类的原话发我"
    subject = chain_steps.pick("compliance_stats", stats, {}, text, False, 3)
    assert [s["category"] for s in subject] == ["bribery"]
    args = chain_steps.args_for("compliance_stats", "sensitive_alerts", {}, subject[0], {"period": "this_month"}, text)
    assert args == {"category": "bribery", "period": "this_month"}
    assert chain_picks.ordinal_rank("what's the third-most common type") == 2
    assert chain_picks.ordinal_rank("哪类最多") == 0


def test_list_then_check_reads_who_among_them_as_a_reference_back() -> None:
    def route(t: str) -> tuple[str | None, float]:
        return ("find_customers", 0.9) if "列" in t else ("receivables", 0.9) if "欠" in t else (None, 0.2)

    chain = chains.detect("列一下我在智利的客户，再看看里面谁欠钱没还", route)
    assert chain and (chain.first, chain.second) == ("find_customers", "receivables")


def test_a_note_on_the_nth_listed_record_goes_to_that_customer() -> None:
    from assistant.agents.offline import followups
    from assistant.agents.offline.memory_args import fill_from_memory

    deals = {"status": "ok", "stalled": [{"id": "OPP-1", "customer": {"id": "C00001", "name": "Alpha"}},
                                         {"id": "OPP-2", "customer": {"id": "C00002", "name": "Beta"}}]}  # fmt: skip
    mem = followups.Memory(last_tool="pipeline_status")
    followups._absorb(mem, deals, ("pipeline_status", {}))
    args: dict[str, Any] = {"content": "buyer waits for budget"}
    fill_from_memory("log_activity", args, "add a note to the second one", Mentions(), mem, "rules")
    assert args["customer"] == "C00002"
    args = {"content": "已电话回访"}
    fill_from_memory("log_activity", args, "给第一家记一笔", Mentions(), mem, "rules")
    assert args["customer"] == "C00001"
    args = {"content": "called"}
    fill_from_memory("log_activity", args, "log a call from last week", Mentions(), mem, "rules")
    assert "customer" not in args or args["customer"] not in ("C00001", "C00002")


def test_news_of_a_win_with_an_update_ask_is_a_stage_change_not_a_pipeline_question() -> None:
    from assistant.agents.offline.corrections import redirect
    from assistant.agents.offline.followups import Memory

    m = Mentions(customers=["Keystone"])
    assert redirect("pipeline_status", "Keystone的单子谈成了，stage更新一下", m, Memory(), TODAY) == "update_deal_stage"
    assert redirect("pipeline_status", "Keystone的单子怎么样了", m, Memory(), TODAY) == "pipeline_status"


def test_news_then_an_update_ask_is_one_step_not_a_pipeline_then_change_chain() -> None:
    def route(t: str) -> tuple[str | None, float]:
        return ("pipeline_status", 0.9) if "单子" in t else ("update_deal_stage", 0.9)

    assert chains.detect("Keystone的单子谈成了，stage帮我改一下", route) is None
