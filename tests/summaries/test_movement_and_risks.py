"""Progress is movement and risks go beyond a word list (the word-list engine, one sentence at a time)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import summarize_text
from assistant.text.dates import find_dates


@pytest.fixture(scope="module", autouse=True)
def _lexicon_model():  # pins the word-list engine's own rules/in-sample bars (SUMMARY_OFFLINE_MODEL=lexicon)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="lexicon"):
        yield


DAY = dt.date(2026, 11, 24)


def _summary(text: str):
    return summarize_text(text, today=DAY, engine="offline")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("客户：苏州那边有一家工厂给我们报了二点五五。", "competitor"),
        ("Customer: GreenPack offered us recycled mailers at 0.30 each.", "competitor"),
        ("Customer: A factory in Vietnam offered us 0.85 per box.", "competitor"),
        ("客户：我们采购总监下个月要离职了。", "contact_change"),
        ("Customer: Our buyer Jan is leaving the company at the end of December.", "contact_change"),
        ("Customer: Without GS some of our retail customers may not list the lamp.", "compliance"),
        ("客户：你们的CE证书过期了。", "compliance"),
        ("客户：合同得我们老板签字才行。", "decision_maker"),
        ("Customer: I need to discuss it with our CFO first.", "decision_maker"),
        ("客户：刻字费另收，这个我们不接受。", "price"),
        ("Customer: If the mugs arrive after December 20 we cannot sell them this season.", "delivery"),
        ("客户：上个月的尾款要下周才能付。", "payment"),
    ],
)
def test_risk_beyond_the_word_list(text: str, category: str) -> None:
    assert category in {r.category for r in _summary(text).risks}


@pytest.mark.parametrize(
    "text",
    [
        "客户：我下个月跳槽去另一家公司了。",  # a contact's new employer
        "客户：我们第二家酒店下个月开业，也要200套四件套。",  # the customer's own hotel
        "Customer: I offered them a coffee.",
    ],
)
def test_not_a_competitor(text: str) -> None:
    assert "competitor" not in {r.category for r in _summary(text).risks}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("客户：行，T恤就按2.6，含棉价条款。", "agreement"),
        ("Customer: OK, agreed at 2.60.", "agreement"),
        ("销售：刻字费我们可以免掉。", "concession"),
        ("Sales: I can do 0.90 if you confirm the order before December 10.", "concession"),
        ("Customer: We received the samples last week and the quality is fine.", "sample"),
        ("客户：我们上次的货款已经付了。", "payment"),
        ("Customer: Our boss approved the artwork yesterday.", "stage_signal"),
        ("销售：合同已经发您邮箱了，请查收。", "contract"),
    ],
)
def test_movement_is_progress(text: str, kind: str) -> None:
    assert [p.kind for p in _summary(text).progress] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "销售：我下周三前把新的报价单发给您。",  # a promise: a next step
        "Sales: I'll send you a revised quotation by Friday.",
        "客户：下周我们去你们工厂开会。",  # a meeting
        "Sales: Lead time is 45 days after deposit.",  # terms stated, nothing moved
    ],
)
def test_promises_meetings_and_terms_are_not_progress(text: str) -> None:
    assert _summary(text).progress == []


def test_offer_and_acceptance_are_one_agreement() -> None:
    text = "销售：我们可以降到43，再送200个备品。\n客户：43可以，就这么定了。"
    (item,) = _summary(text).progress
    assert item.kind == "agreement" and len(item.quotes) == 2 and "43" in item.text


def test_bare_assent_to_our_proposal_is_an_agreement() -> None:
    text = "销售：那新订单我们先排产，等款到了再发货。\n客户：可以。"
    (item,) = _summary(text).progress
    assert item.kind == "agreement" and [q.text for q in item.quotes] == [
        "那新订单我们先排产，等款到了再发货。",
        "可以。",
    ]


def test_a_month_day_said_of_the_past_stays_in_the_past() -> None:
    (arrived,) = find_dates("The goods arrived on November 3.", DAY)
    (due,) = find_dates("Please ship by November 3.", DAY)
    (zh,) = find_dates("货11月3日已经到了", DAY)
    assert arrived.date == zh.date == dt.date(2026, 11, 3)
    assert due.date == dt.date(2026, 11, 3)  # a deadline weeks ago is overdue, never next year's
    (later,) = find_dates("Please ship by October 1.", DAY)
    assert later.date == dt.date(2027, 10, 1)  # months ago without a past cue: the next one


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("客户：东莞有个厂报价才3.1，你们3.5差太多了。", "competitor"),
        ("客户：东莞有个厂报价才3.1，你们3.5差太多了。", "price"),
        ("客户：王经理已经调到深圳分公司了。", "contact_change"),
        ("Customer: Our procurement head, Mr. Li, retires next month.", "contact_change"),
        ("Customer: Honestly, if you can't match that, we'll have to look at other options.", "churn"),
        ("Customer: The buyer says your quote is 8% above their budget.", "price"),
        (
            "Customer: We still don't have the BIFMA test report, our legal team won't sign without it.",
            "compliance",
        ),
    ],
)
def test_more_risk_wordings(text: str, category: str) -> None:
    assert category in {r.category for r in _summary(text).risks}


def test_our_price_move_is_not_a_contact_change() -> None:
    assert "contact_change" not in {r.category for r in _summary("销售：我们调到3.2，您看可以吗？").risks}
