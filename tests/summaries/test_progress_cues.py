"""Progress said in plain statements the classifier does not call progress (:mod:`progress_cues`)."""

from __future__ import annotations

import pytest

from assistant.summaries.progress_cues import (
    accepts_term,
    approves,
    grants_free_term,
    offers_price,
    plain_progress,
    praises_goods,
)
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker=role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "同意立柱底部加防腐涂层，不另收费",
        "大货换YKK的拉链，成本我们自己消化",
        "free on-site training at delivery",
        "two sets of shipping marks at no cost.",
    ],
)
def test_a_term_we_grant_at_no_charge_is_a_concession(text: str) -> None:
    assert grants_free_term(_s(text, "we"))
    assert plain_progress(_s(text, "we"), "none") == "concession"
    assert not grants_free_term(_s(text, "customer"))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("can u do free backing cards?", "customer"),
        ("运费不能免", "we"),
        ("we cannot do it free of charge", "we"),
    ],
)
def test_asking_or_refusing_a_free_term_grants_nothing(text: str, role: str) -> None:
    assert not grants_free_term(_s(text, role))


@pytest.mark.parametrize(
    "text",
    [
        "我最多给到二千九",
        "RO机最低做到1320",
        "the best I can do is $4.30 FOB Ningbo",
        "I can do 6.70 and ship together",
    ],
)
def test_our_best_figure_is_an_offer(text: str) -> None:
    assert offers_price(_s(text, "we"))


@pytest.mark.parametrize(
    ("text", "role"),
    [("你们最低能做到多少？", "customer"), ("我最多给到二千九", "customer"), ("价格我们再核算", "we")],
)
def test_a_question_or_the_customers_figure_is_no_offer(text: str, role: str) -> None:
    assert not offers_price(_s(text, role))


@pytest.mark.parametrize(
    "text",
    [
        "三年维保可以",
        "七百三十五我认",
        "2.90 I can live with.",
        "We accept your offer to replace the 214 pieces",
    ],
)
def test_a_named_term_accepted_is_an_agreement(text: str) -> None:
    assert accepts_term(_s(text))


@pytest.mark.parametrize(
    "text",
    ["这个可以。", "That works.", "三年可以吗？", "如果交期能提前，价格可以", "Price is not acceptable"],
)
def test_a_bare_conditional_or_refused_accept_is_not(text: str) -> None:
    assert not accepts_term(_s(text))


def test_cues_apply_only_under_the_measured_labels() -> None:
    assert plain_progress(_s("三年维保可以"), "none") == "agreement"
    assert plain_progress(_s("我最多给到二千九", "we"), "none") == "concession"
    assert plain_progress(_s("三年维保可以"), "need") is None
    assert plain_progress(_s("我最多给到二千九", "we"), "next_step") is None


@pytest.mark.parametrize("text", ["2月10号没问题", "1月15号到仓没问题"])
def test_a_date_accepted_is_left_to_the_step(text: str) -> None:
    assert not accepts_term(_s(text))


@pytest.mark.parametrize(
    "text", ["刷得挺干净", "老师们都挺喜欢那个城堡款的", "The print looks good", "Our head chef is happy."]
)
def test_the_customers_praise_of_the_goods_is_done(text: str) -> None:
    assert praises_goods(_s(text))
    assert plain_progress(_s(text), "none") == "done"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("洗得挺干净，就是我们后厨说噪音有点大。", "customer"),
        ("Good.", "customer"),
        ("Good morning from Guadalajara", "customer"),
        ("The print looks good", "we"),
        ("手感还好吗？", "customer"),
    ],
)
def test_hedged_bare_or_our_praise_is_no_verdict(text: str, role: str) -> None:
    assert not praises_goods(_s(text, role))


@pytest.mark.parametrize(
    "text", ["Feel free to call me anytime.", "All our paints are lead-free.", "这个损失我们承担不起", "运费我们消化不了"]
)
def test_no_free_term_is_granted(text: str) -> None:
    assert not grants_free_term(_s(text, "we"))


@pytest.mark.parametrize("text", ["Installation is free of charge.", "运费我们承担", "at no extra cost for you"])
def test_a_free_term_is_granted(text: str) -> None:
    assert grants_free_term(_s(text, "we"))


@pytest.mark.parametrize("text", ["明天给您寄2个样品", "I can do the call at 3pm", "我给您发3张图片", "we can do 2 colours"])
def test_an_offer_names_a_price_not_a_count_or_a_time(text: str) -> None:
    assert not offers_price(_s(text, "we"))


@pytest.mark.parametrize(
    "text", ["I can do 6.70 and will ship the rings in the same carton", "我最多给您做到二百六，下周就能排产"]
)
def test_an_offer_with_a_promise_beside_it_is_still_an_offer(text: str) -> None:
    assert offers_price(_s(text, "we"))


@pytest.mark.parametrize(
    "text", ["Thursday at 3 is fine", "周四下午三点可以", "Next Monday works for us", "10:30 is fine for me"]
)
def test_a_time_or_day_accepted_is_no_term(text: str) -> None:
    assert not accepts_term(_s(text))


def test_a_price_said_with_a_point_is_still_a_term() -> None:
    assert accepts_term(_s("二点五五我认"))


@pytest.mark.parametrize(
    "text",
    [
        "I'm happy to hop on a call",
        "我们很好奇你们是怎么做到的",
        "I'd like to see the catalogue first",
        "It looks like the ship leaves on Friday",
        "Good timing, I was about to write to you",
        "我们很喜欢跟你们合作",
    ],
)
def test_willingness_curiosity_or_a_greeting_is_no_praise(text: str) -> None:
    assert not praises_goods(_s(text))


@pytest.mark.parametrize("text", ["质量不错，没毛病", "面料手感很不错，做工也没问题", "We love the colours", "The team likes the new lids"])
def test_outright_praise_with_a_positive_negation_is_praise(text: str) -> None:
    assert praises_goods(_s(text))


@pytest.mark.parametrize(
    "text", ["That's a good summary of our call.", "Sales have been great this quarter", "那挺好。", "and I need them by then - like Feb 8 latest"]
)
def test_praise_of_the_talk_or_the_market_or_a_bare_ack_is_no_verdict(text: str) -> None:
    assert not praises_goods(_s(text))


@pytest.mark.parametrize(
    "text", ["我们最多给1.5%，我已经报宋总", "so we can offer 30% deposit and the balance 60 days after shipment"]
)
def test_a_terms_figure_is_an_offer_too(text: str) -> None:
    assert offers_price(_s(text, "we"))


@pytest.mark.parametrize("text", ["三十台的话我给您一百八", "这批我算您两千四", "批量的我最低给到一千一百五"])
def test_a_best_figure_said_in_hundreds_or_thousands_is_an_offer(text: str) -> None:
    assert offers_price(_s(text, "we"))


@pytest.mark.parametrize(
    "text",
    ["测试报告我们看了，没有意见", "样机试了一周，技术上我们认可", "Technically we can approve the BX-4", "Our engineers have approved the drawings"],
)
def test_the_customers_approval_after_a_review_is_progress(text: str) -> None:
    assert approves(_s(text))
    assert plain_progress(_s(text), "none") == "done"


@pytest.mark.parametrize(
    "text",
    ["The board must approve it first", "If the lab approves the report, we order", "方案还没认可", "图纸你们认可吗？", "Please approve the proof by Friday"],
)
def test_an_approval_still_to_come_or_asked_is_not_progress(text: str) -> None:
    assert not approves(_s(text))
