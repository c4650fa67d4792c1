"""Round 24: alert ids written the Chinese way, the largest open deal / most open deals per rep, and
"the quarter before that" in a thread.

Pure tests; new sentences, none from the held-out sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agents.offline.alert_refs import alert_request
from assistant.agents.offline.deal_superlatives import asks_biggest_deal, asks_most_open
from assistant.agents.offline.followups import Memory, is_followup_shaped
from assistant.agents.offline.period_shift import shifted_period
from assistant.agents.offline.render_sales import pipeline_status
from assistant.text.period_phrases import find_period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第143号告警帮我看一下", (143, False)),
        ("31号预警具体什么情况", (31, False)),
        ("把告警 301 的原话改成合规说法", (301, True)),
        ("违规 64 号的原文发我", (64, False)),
        ("alert no. 55 — what did they say?", (55, False)),
        ("pull up alert 412 please", (412, False)),
        ("alert number 19, rewrite it compliantly", (19, True)),
    ],
)
def test_an_alert_id_with_hao_or_the_word_alert_is_that_alert(text: str, expected: tuple[int, bool]) -> None:
    assert alert_request(text, Memory()) == expected


@pytest.mark.parametrize(
    "text",
    ["12号发货的那单看一下", "11月5号告警详情", "告警 3 条具体是什么", "alert 14 days details", "订单 88 号的原文"],
)
def test_days_counts_and_order_numbers_are_no_alert_ids(text: str) -> None:
    assert alert_request(text, Memory()) is None


@pytest.mark.parametrize(
    "text",
    ["我现在金额最高的那个商机是哪个", "王芳手里最大的单子是哪一个", "李娜的pipeline里体量最大的一单",
     "what is my largest open deal", "rep04's biggest opportunity?"],
)  # fmt: skip
def test_the_biggest_deal_is_asked_of_the_pipeline(text: str) -> None:
    assert asks_biggest_deal(text)


@pytest.mark.parametrize(
    "text", ["恒嘉今年最大的一笔订单是多少", "who sold the most this month", "which customer bought the largest order"]
)
def test_the_biggest_order_or_best_seller_is_no_deal_question(text: str) -> None:
    assert not asks_biggest_deal(text)


def test_most_open_deals_per_rep_is_asked_of_the_pipeline() -> None:
    assert asks_most_open("组里谁手头在跟的商机最多")
    assert asks_most_open("who on the team has the fewest open deals")
    assert not asks_most_open("谁这个季度赢单最多")


def test_a_pipeline_answer_names_its_largest_deal_and_the_reps_with_most_open_deals() -> None:
    d = {
        "open_amount": 900, "open_count": 9, "currency": "USD", "scope": "team",
        "largest_open": [{"id": "OPP-000042", "customer": {"id": "C00007", "name": "Quillon Foods"},
                          "stage": "proposal", "amount_usd": 61200.0}],
        "open_by_rep": [{"login": f"rep0{i}", "name": f"R{i}", "open_count": 9 - i, "open_amount": 1000.0}
                        for i in range(1, 6)],
    }  # fmt: skip
    zh_text = "\n".join(pipeline_status(d, "zh"))
    assert "OPP-000042" in zh_text and "Quillon Foods" in zh_text and "$61,200" in zh_text
    assert "R1（rep01）8 个" in zh_text and "最少：R5（rep05）4 个" in zh_text
    en_text = "\n".join(pipeline_status(d, "en"))
    assert "Largest open deal: OPP-000042" in en_text and "R1 (rep01): 8 deals open" in en_text


TODAY = dt.date(2026, 5, 14)


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("what about the quarter before that?", "last_quarter", "2025-Q4"),
        ("那再往前一个季度呢", "2025-Q1", "2024-Q4"),
        ("再往前一个月呢", "last_month", "2026-03"),
        ("and before that?", "2026-01", "2025-12"),
        ("go further back", "this_year", "2025"),
        ("之前那个半年呢", "2025-H1", "2024-H2"),
        ("the week before that", "2026-05-04..2026-05-10", "2026-04-27..2026-05-03"),
        ("再往前推", "last_3_months", "2025-12-16..2026-02-28"),
        ("and the month before that?", "2026-Q1", "2025-12"),  # a smaller unit named: the one just before
    ],
)
def test_before_that_moves_the_previous_period_one_step_back(text: str, last: str, expected: str) -> None:
    assert shifted_period(text, last, TODAY) == expected


def test_no_previous_period_or_no_before_that_changes_nothing() -> None:
    assert shifted_period("and the quarter before that?", None, TODAY) is None
    assert shifted_period("那上个季度呢", "this_quarter", TODAY) is None
    assert is_followup_shaped("and the one before that?")


def test_the_quarter_before_last_is_two_quarters_back() -> None:
    assert find_period("上上个季度回款多少", TODAY).period == "2025-Q4"
    assert find_period("revenue the quarter before last", dt.date(2026, 2, 1)).period == "2025-Q3"
