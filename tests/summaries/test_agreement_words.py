"""An agreement item must say that something was agreed (:mod:`assistant.summaries.agreement_words`)."""

from __future__ import annotations

import pytest

from assistant.summaries.agreement_words import states_agreement


@pytest.mark.parametrize(
    "text",
    [
        "焊接费三十五没问题",
        "九十八就九十八吧",
        "样机的测试结果我们认可",
        "托盘的押金条款可以写进合同",
        "账目双方核对一致",
        "柜子单价维持一千二不变",
        "每箱送两卷胶带",
        "我最多给到四百六",
        "Net 30 works for us",
        "Blue lids are no problem",
        "USD 8.40 stays for the small size",
        "OK, 2.35 it is",
        "The matte finish is the one",
        "0.95 we can live with",
        "Both quotes are within budget",
    ],
)
def test_an_item_that_says_something_was_agreed_is_kept(text: str) -> None:
    assert states_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "冷柜这款是R290冷媒的",
        "好的，门板改成胡桃木色",
        "第二批四百台",
        "USD 6.80 per set.",
        "Good morning Petra, thanks for joining.",
        "The pump is rated to 40 bar.",
        "Balance 70%.",
    ],
)
def test_a_restated_figure_or_fact_is_not_an_agreement(text: str) -> None:
    assert not states_agreement(text)



@pytest.mark.parametrize(
    "text",
    [
        "We'll take 300 at 6.10.",
        "I'll take the blue ones",
        "就五块八吧",
        "那就这样，三百套",
        "合同签了",
        "Confirmed: 200 sets, shipping in May.",
        "按这个价走",
        "双方意见一致",
    ],
)
def test_a_take_a_confirmation_or_a_signature_is_an_agreement(text: str) -> None:
    assert states_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "发票和装箱单的型号不一致",
        "交期还没排，按不了",
        "运费不变吗？",
        "你们会按时发货吗",
        "Will the discount stay?",
        "The freight cost holds the order up",
        "The colour is not approved yet",
    ],
)
def test_a_question_a_negation_or_a_bare_word_is_not_an_agreement(text: str) -> None:
    assert not states_agreement(text)


@pytest.mark.parametrize(
    "text",
    ["尺码表收到了，这周先按它排产吗？不过价格可以锁半年", "40真的不行 40.5 再送两百个挂钩 可以吗", "fine 👍 can we get the invoice tomorrow?"],
)
def test_one_agreeing_clause_is_enough_beside_a_question(text: str) -> None:
    assert states_agreement(text)


def test_taking_a_figure_to_a_manager_is_no_agreement() -> None:
    assert not states_agreement("I'll take 7.40 to my director and call you back.")
