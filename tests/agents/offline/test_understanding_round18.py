"""Round 18 of understanding: stage words as whole words, fresh deal memory, totals, reps named for their
pipeline or wins, a rep's customers as a scope, open alerts with no period, compared years."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.offline import chains
from assistant.agents.offline.corrections import redirect
from assistant.agents.offline.entities import Mentions, only_names_rep, spot
from assistant.agents.offline.followups import Memory, read_memory
from assistant.agents.offline.memory_args import fill_from_memory
from assistant.agents.offline.pending import from_pending
from assistant.agents.offline.slots_reports import build, compared_later
from assistant.agents.offline.stage_words import stages_of
from assistant.text.period_phrases import find_period
from tests.agents.offline.conftest import small_gazetteer

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("I wonder whether the proposal for Kestrel is still open", None),
        ("we won't reach the negotiation stage this month", None),
        ("这个单子的成交价格是多少", None),
        ("成交额多少，阶段改一下", None),
        ("客户取消了明天的会议", None),
        ("客户放弃了样品测试", None),
        ("客户把那个订单取消了，帮我更新一下", "lost"),
        ("那个项目放弃了，阶段改一下", "lost"),
        ("那单已成交，更新下阶段", "won"),
        ("the Birch deal is closed won", "won"),
        ("推到成交", "won"),
    ],
)
def test_stage_words_match_whole_words_and_cancel_news_needs_a_deal(text: str, target: str | None) -> None:
    assert stages_of(text)[0] == target


def _call(cid: str, name: str, args: dict) -> AIMessage:
    return AIMessage("", tool_calls=[{"id": cid, "name": name, "args": args}])


def test_deal_memory_is_replaced_by_an_answer_listing_no_deals_and_cleared_by_a_question() -> None:
    deals = {"status": "ok", "deals": [{"id": "OPP-000101", "customer": {"id": "C00001", "name": "锦华"}}]}
    stats = {"status": "ok", "records": [{"type": "rep", "id": "rep02"}]}
    ambiguous = {"status": "ambiguous", "query": "锦华", "candidates": [{"type": "customer", "id": "C00001"}]}
    history = [HumanMessage("stuck deals"), _call("c1", "pipeline_status", {}),
               ToolMessage(json.dumps(deals), tool_call_id="c1")]  # fmt: skip
    assert read_memory(history).deals == ["OPP-000101"]
    later = [*history, HumanMessage("team figures"), _call("c2", "team_performance", {}),
             ToolMessage(json.dumps(stats), tool_call_id="c2")]  # fmt: skip
    assert read_memory(later).deals == []
    asked = [*history, HumanMessage("锦华"), _call("c3", "customer_profile", {"customer": "锦华"}),
             ToolMessage(json.dumps(ambiguous, ensure_ascii=False), tool_call_id="c3")]  # fmt: skip
    assert read_memory(asked).deals == []


@pytest.mark.parametrize("text", ["逾期账款总共多少", "总欠款多少", "应收合计多少", "how much is overdue in total"])
def test_a_total_is_not_about_the_last_customer(text: str) -> None:
    memory = Memory(last_tool="order_history", last_args={"customer": "锦华"}, last_customer="锦华")
    args: dict = {}
    fill_from_memory("receivables", args, text, Mentions(), memory, "rules")
    assert "customer" not in args


def test_a_short_follow_up_still_takes_the_last_customer() -> None:
    memory = Memory(last_tool="order_history", last_args={"customer": "锦华"}, last_customer="锦华")
    args: dict = {}
    fill_from_memory("receivables", args, "还欠多少", Mentions(), memory, "rules")
    assert args["customer"] == "锦华"


def test_a_pick_by_place_needs_a_short_reply() -> None:
    candidates = [{"type": "customer", "id": "C1", "name": "A", "country": "Germany"},
                  {"type": "customer", "id": "C2", "name": "B", "country": "France"}]  # fmt: skip
    memory = Memory(pending={"tool": "customer_profile", "args": {"customer": "X"}, "candidates": candidates})
    picked = from_pending("德国那家", memory, Mentions(countries=["Germany"]))
    assert picked == ("customer_profile", {"customer": "C1"})
    long = "帮我把德国所有客户这个季度的订单金额都列出来看看，按金额排一下"
    assert from_pending(long, memory, Mentions(countries=["Germany"])) is None


@pytest.mark.parametrize("text", ["陈静的pipeline怎么样", "陈静今年赢了几单", "陈静的管道"])
def test_a_rep_named_with_pipeline_or_win_words_is_the_rep_not_a_contact(text: str) -> None:
    m = spot(text, small_gazetteer())
    assert m.users == ["rep05"] and not m.customers


@pytest.mark.parametrize(
    ("text", "users"),
    [
        ("刘洋这个季度赢了几个单", ["rep04"]),
        ("how many deals has rep07 won this year", ["rep07"]),
        ("组里有没有人这个月一单都没签", []),
        ("did anybody on the team not win a single deal in Q3", []),
    ],
)
def test_won_deal_counts_of_a_named_rep_and_zero_win_questions_are_team_performance(text: str, users: list) -> None:
    assert redirect("pipeline_status", text, Mentions(users=users), Memory(), TODAY) == "team_performance"


def test_ones_own_won_count_and_a_named_reps_pipeline_stay_with_the_pipeline() -> None:
    assert redirect("pipeline_status", "我这季度赢了几单", Mentions(), Memory(), TODAY) == "pipeline_status"
    assert redirect("pipeline_status", "刘洋的pipeline", Mentions(users=["rep04"]), Memory(), TODAY) == "pipeline_status"


@pytest.mark.parametrize(
    ("tool", "text"),
    [
        ("compliance_stats", "孙丽还有几条告警没处理"),
        ("sensitive_alerts", "how many unresolved alerts does rep08 have"),
        ("compliance_stats", "rep11 待处理的违规有多少"),
    ],
)
def test_open_alerts_with_no_period_are_counted_to_date(tool: str, text: str) -> None:
    """Every "how many alerts" is ``compliance_stats`` (the tool descriptions), open ones with no period to date."""
    m = spot(text, small_gazetteer())
    assert m.alert_status == "open"
    assert redirect(tool, text, m, Memory(), TODAY) == "compliance_stats"


def test_open_alerts_in_a_period_or_ranked_stay_counts() -> None:
    for text in ("rep11 这个月待处理的违规有多少", "谁的未处理告警最多"):
        assert redirect("compliance_stats", text, spot(text, small_gazetteer()), Memory(), TODAY) == "compliance_stats"


KEYS = {"流失": "churn_risk", "客户": "find_customers", "欠": "receivables", "churn": "churn_risk",
        "customers": "find_customers"}  # fmt: skip


def _route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.9 if tool else 0.1


def _only_rep(part: str) -> bool:
    return only_names_rep(spot(part, small_gazetteer()))


def test_a_reps_customers_are_a_scope_not_a_list_to_pick_from() -> None:
    assert chains.detect("陈静的客户里哪家最可能流失", _route, None, _only_rep) is None
    assert chains.detect("rep02's customers - which one is likeliest to churn", _route, None, _only_rep) is None
    kept = chains.detect("锦华那边的客户里哪家最可能流失", _route, None, _only_rep)  # a customer names no rep
    assert kept is None or kept.first == "find_customers"
    two = chains.detect("陈静的客户里谁流失风险最高？那家还欠我们钱吗", _route, None, _only_rep)
    assert two is not None and (two.first, two.second) == ("churn_risk", "receivables")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("violations in sept?", "2026-09"),
        ("orders for sept. please", "2026-09"),
        ("这仨月拿了多少货", "last_3_months"),
        ("近俩月下单金额", "last_2_months"),
        ("这两个月的跟进", "last_2_months"),
        ("24年的违规总数", "2024"),
        ("totals for '25", "2025"),
    ],
)
def test_colloquial_counts_month_abbreviations_and_two_digit_years(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


def test_a_bare_number_of_years_is_no_year() -> None:
    assert find_period("合作25年来的老客户", TODAY) is None


@pytest.mark.parametrize(
    ("text", "later"),
    [("24年和25年的违规数比一比", "2025"), ("last year vs this year alerts", "this_year"),
     ("2025 compared with 2024", "2025")],  # fmt: skip  (bare years are years since agent36)
)
def test_two_consecutive_years_compared_ask_for_the_later_with_the_previous(text: str, later: str | None) -> None:
    assert compared_later(text, TODAY, find_period(text, TODAY)) == later


def test_compared_years_set_the_later_period_and_the_previous_beside_it() -> None:
    args = build("team_performance", "我们组25年跟26年的营收对比", Mentions(), TODAY, "manager")
    assert args["period"] == "2026" and args["compare_previous"] is True
    stats = build("compliance_stats", "25年跟26年违规总数", Mentions(), TODAY, "qa")
    assert stats["period"] == "2026"


def test_the_alert_list_says_how_many_match_and_how_many_are_listed() -> None:
    from assistant.agents.offline.render import render_result

    alert = {"id": 7, "at": "2026-09-10T11:10", "rep": "rep12", "category": "bribery", "severity": "high",
             "matched": "kickback", "status": "open", "context": "…"}  # fmt: skip
    result = {"status": "ok", "total": 31, "shown": 1, "alerts": [alert]}
    assert render_result("sensitive_alerts", result, "en").startswith("31 alerts in compliance review (newest 1 listed):")
    assert render_result("sensitive_alerts", result, "zh").startswith("共 31 条合规告警（列出最新 1 条）：")
    one = render_result("sensitive_alerts", {**result, "total": 1}, "en")
    assert one.startswith("1 alert in compliance review:")


def test_the_latest_one_after_an_alert_list_is_the_newest_listed_alert() -> None:
    from assistant.agents.offline.followups import newest_alert

    listed = {"status": "ok", "total": 2, "alerts": [{"id": 62}, {"id": 41}]}
    history = [HumanMessage("rep08 的告警"), _call("c1", "sensitive_alerts", {"rep_login": "rep08"}),
               ToolMessage(json.dumps(listed), tool_call_id="c1")]  # fmt: skip
    memory = read_memory(history)
    assert memory.alerts == [62, 41]
    assert newest_alert("最新那条给我看看", memory) == 62
    assert newest_alert("open the most recent one", memory) == 62
    assert newest_alert("这个季度按类别统计一下违规的数量，再和上个季度对比，看看哪一类涨得最多", memory) is None
    stats = {"status": "ok", "count": 3, "alerts": [{"id": 9}, {"id": 4}]}  # a rep's counts list their latest alerts
    after = [*history, HumanMessage("counts"), _call("c2", "compliance_stats", {"rep_login": "rep08"}),
             ToolMessage(json.dumps(stats), tool_call_id="c2")]  # fmt: skip
    assert newest_alert("the latest one", read_memory(after)) == 9
    team = [*after, HumanMessage("team"), _call("c3", "team_performance", {}),
            ToolMessage(json.dumps({"status": "ok"}), tool_call_id="c3")]  # fmt: skip
    assert read_memory(team).alerts == [] and newest_alert("the latest one", read_memory(team)) is None
