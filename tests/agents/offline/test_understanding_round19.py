"""Round 19 of understanding: unfamiliar stage words, follow-ups on a listed group, customer lists asked as
"拉个清单", a rep's overdue customers, order totals compared across periods, and half-dollar totals."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agents.offline import intents
from assistant.agents.offline.corrections import followup_tool
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.group_refs import listed_group, refers_to_group, to_group
from assistant.agents.offline.planner import plan
from assistant.agents.offline.render_orders import compare, group
from assistant.agents.offline.slots_reports import compare_period
from assistant.agents.offline.stage_guess import guess_stage, stage_options
from assistant.agents.offline.stage_words import stages_of, unclear_stage

TODAY = dt.date(2026, 11, 30)
LISTED = [{"id": "C00011", "name": "甲"}, {"id": "C00012", "name": "乙"}, {"id": "C00013", "name": "丙"}]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("把OPP-000321推到资格审核阶段", "qualification"),
        ("OPP-000321 改成需求调研", "qualification"),
        ("OPP-000321 推进到商务谈判", "negotiation"),
        ("把OPP-000321标记为签约", "won"),
        ("move OPP-000321 to the vetting stage", "qualification"),
        ("set OPP-000321 to quotation", "proposal"),
    ],
)
def test_a_stage_synonym_after_a_move_cue_is_the_stage(text: str, stage: str) -> None:
    assert stages_of(text)[0] == stage


def test_a_near_form_of_a_stage_word_maps_only_when_one_stage_is_clearly_nearest() -> None:
    assert guess_stage("资质审查确认") == "qualification"
    assert guess_stage("确认") is None  # half a word: ask instead


@pytest.mark.parametrize("phrase", ["未成交", "待签约", "签约前", "不放弃", "not won", "pre-negotiation"])
def test_a_negated_or_turned_stage_word_is_never_guessed(phrase: str) -> None:
    assert guess_stage(phrase) is None  # the opposite stage must not be proposed: ask instead


def test_closed_stages_and_other_english_words_are_not_guessed_by_nearness() -> None:
    assert guess_stage("签约了吧") is None  # near "签约" (won) but not exact: a closed stage is asked for
    assert guess_stage("contact") == "prospecting"  # a synonym, not a misspelt "contract"
    assert guess_stage("negociation") == "negotiation"  # a typo of one word
    assert stage_options("确认")[0] == "qualification" and 2 <= len(stage_options("确认")) <= 3
    assert guess_stage("样品寄送") is None and stage_options("样品寄送") == []


def test_an_unsure_stage_word_asks_with_the_nearest_stages_and_never_moves_the_deal(gaz: Gazetteer) -> None:
    assert stages_of("OPP-000321 改到确认阶段")[0] is None
    assert unclear_stage("OPP-000321 改到确认阶段")[0] == "qualification"
    decided = plan("OPP-000321 改到确认阶段", Memory(), gaz, today=TODAY, role="rep", use_embeddings=False)
    assert decided.tool is None and decided.kind == "clarify"
    assert "需求确认" in (decided.reply or "") and "qualification" in (decided.reply or "")


@pytest.mark.parametrize(
    "text",
    ["这三家谁还欠着钱", "上面这几家有没有没付的", "那他们谁逾期了", "any of those still owe us?", "these three - anyone unpaid?"],
)
def test_a_follow_up_on_a_listed_group_applies_to_exactly_that_list(text: str) -> None:
    memory = Memory(last_tool="find_customers", last_args={"city": "Lyon"}, listed=LISTED)
    args: dict[str, object] = {"scope": "me", "city": "Lyon"}
    assert to_group("receivables", args, text, memory)
    assert args == {"customers": ["C00011", "C00012", "C00013"]}


def test_one_listed_customer_or_a_non_list_tool_is_not_the_group() -> None:
    memory = Memory(last_tool="find_customers", listed=LISTED)
    assert not refers_to_group("第二家还欠多少", memory)
    assert not refers_to_group("他们还欠多少", Memory(last_tool="receivables", last_args={"customer": "甲"}, listed=LISTED))
    assert not to_group("customer_profile", {}, "这几家怎么样", memory)
    assert not to_group("order_history", {}, "它最近一单买了啥", memory)  # one customer, not the list
    assert not to_group("pipeline_status", {}, "他手上有哪些卡住的单子", memory)  # a rep's, not the list's


def test_the_group_a_group_call_asked_about_carries_to_the_next_question() -> None:
    memory = Memory(last_tool="receivables", last_args={"customers": ["C00011", "C00012"]}, listed=LISTED[:1])
    assert listed_group(memory) == ["C00011", "C00012"]
    args: dict[str, object] = {"period": "this_year"}
    assert to_group("order_history", args, "那他们今年总共下了多少", memory) and args["customers"] == ["C00011", "C00012"]


@pytest.mark.parametrize(
    ("last", "text", "tool"),
    [
        ("receivables", "那他们今年一共下了多少", "order_history"),
        ("find_customers", "these guys - total orders this year?", "order_history"),
        ("receivables", "那他们还欠多少", "receivables"),
        ("order_history", "那去年下了多少", "order_history"),
    ],
)
def test_an_order_total_follow_up_switches_to_order_history(last: str, text: str, tool: str) -> None:
    assert followup_tool(last, text) == tool


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("帮我把青岛的客户拉个清单", "find_customers"),
        ("建材行业的客户出个列表给我", "find_customers"),
        ("which of Li Na's customers are past due", "receivables"),
        ("那个单子卡了多久", "pipeline_status"),
    ],
)
def test_list_wording_and_a_reps_overdue_customers_reach_their_tool(text: str, tool: str) -> None:
    assert intents.best_tool(intents.tool_scores(text))[0] == tool


@pytest.mark.parametrize(
    ("text", "period", "other"),
    [
        ("恒发今年的订单额和去年比怎么样", "this_year", "last_year"),
        ("Kestrel orders this year vs last year", "this_year", "last_year"),
        ("Kestrel上季度下单多少，对比去年四季度", "last_quarter", "2025-Q4"),
        ("恒发今年下了多少", "this_year", None),
    ],
)
def test_a_second_period_to_compare_with_is_read(text: str, period: str, other: str | None) -> None:
    assert compare_period(text, TODAY, period) == other


def test_group_totals_and_a_comparison_render_their_figures() -> None:
    d = {"group": [{"customer": {"id": "C00011", "name": "甲"}, "order_count": 2, "total_usd": 1500.5, "by_currency": {}}],
         "order_count": 2, "total_usd": 1500.5, "period": None, "currency": "USD"}  # fmt: skip
    assert "$1,501" in "\n".join(group(d, "zh")) and "C00011" in "\n".join(group(d, "en"))  # whole dollars, half up
    c = {"compare": {"order_count": 3, "total_usd": 2000.0, "change_usd": -499.5, "change_pct": -0.2498,
                     "period": {"label": "last_year", "start": "2025-01-01", "end": "2025-12-31"},
                     "to_date": "2025-11-30"},
         "period": {"label": "this_year", "start": "2026-01-01", "end": "2026-12-31"}, "currency": "USD"}  # fmt: skip
    en, zh_ = compare(c, "en"), compare(c, "zh")
    assert "$500 below" in en and "(-25%)" in en and "2025-11-30" in en  # the direction is named, the cut said
    assert "少 $500" in zh_ and "截至 2025-11-30" in zh_


@pytest.mark.parametrize("text", ["这两天有哪些应收到期", "这三个月下了多少", "the list of overdue invoices", "单子上的商机"])
def test_time_spans_and_other_lists_are_not_the_listed_customers(text: str) -> None:
    from assistant.agents.offline.group_refs import THOSE

    assert not THOSE.search(text)
