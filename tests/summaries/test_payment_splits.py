"""Split payment terms (:mod:`assistant.summaries.payment_splits`): a long tail is a credit risk, a short one is not."""

from __future__ import annotations

import pytest

from assistant.summaries.payment_splits import long_tail, relays_theirs, short_split
from assistant.summaries.payment_terms import drop_open_terms, file_payment_terms, names_term, payment_gap
from assistant.summaries.schema import ProgressItem, Quote, Risk
from assistant.text.conversation import Sentence
from tests.summaries.test_payment_terms import _talk


@pytest.mark.parametrize(
    "text",
    [
        "首付两成，余款分六期按月付",
        "剩下的部分要等项目审计完才能结",
        "验收后六个月付余款",
        "留百分之五质保金，两年后退",
        "尾款等到年底才付",
        "20% upfront and 80% in four quarterly instalments",
        "the remaining 50% within 90 days after commissioning",
        "with 5% retention for twelve months",
        "balance after six months",
    ],
)
def test_a_balance_deferred_long_after_delivery_is_a_long_tail(text: str) -> None:
    assert long_tail(text)
    assert names_term(text)


@pytest.mark.parametrize(
    "text",
    [
        "交货要三个月",
        "余款发货前付清",
        "30% deposit within 7 days of the order",
        "the balance before shipment, as always",
        "production takes two months after the deposit",
        "Installation takes 3 days after arrival.",
    ],
)
def test_a_short_balance_or_a_lead_time_is_no_long_tail(text: str) -> None:
    assert not long_tail(text)


@pytest.mark.parametrize(
    "text",
    [
        "三成定金，发货前付清尾款",
        "30% deposit, balance against the B/L copy",
        "Payment 40% upfront, 60% before shipment",
    ],
)
def test_a_split_paid_before_the_goods_leave_is_short(text: str) -> None:
    assert short_split(text)


@pytest.mark.parametrize(
    "text",
    [
        "不付定金，发货前付一半",
        "30% deposit and 70% 60 days after delivery",
        "首付三成，余款分四期付",
        "Net 30 before shipment",
    ],
)
def test_a_split_with_a_tail_or_no_deposit_is_not_short(text: str) -> None:
    assert not short_split(text)


def test_our_clause_naming_their_request_relays_it() -> None:
    assert relays_theirs("Your request for 50% at 90 days after delivery needs our finance's approval.")
    assert relays_theirs("你们提的验收后半年付尾款，我得请示一下")
    assert not relays_theirs("Our standard is 30% deposit.")


@pytest.mark.parametrize(
    ("first", "tail"),
    [
        ("我们走总部财务，到货先付六成", "剩下的等年底审计完再付"),
        ("预算是分批下的，只能首付两成", "余款八成分六期按月付清"),
        ("We settle 20% on delivery,", "the remaining 80% in three quarterly instalments."),
    ],
)
def test_the_long_tail_of_their_split_joins_the_credit_risk(first: str, tail: str) -> None:
    talk = _talk(("customer", first, "need"), ("customer", tail, "none"))
    (risk,) = file_payment_terms(talk, [], [], "zh")[0]
    assert risk.category == "payment"
    assert [q.text for q in risk.quotes] == [first, tail]


def test_their_term_relayed_in_our_mail_is_theirs_and_our_standard_is_ours() -> None:
    talk = _talk(
        ("we", "Our usual terms are 30% deposit, balance before shipment.", "none"),
        (
            "we",
            "Your request for 20% on delivery and 80% at 90 days after delivery I need to clear with our credit team.",
            "next_step",
        ),
    )
    gap = payment_gap(talk)
    assert gap is not None
    assert [s.text for s in gap.theirs] == [talk[1][0].text]
    assert [s.text for s in gap.ours] == [talk[0][0].text]


@pytest.mark.parametrize(
    "turns",
    [
        [
            (
                "Payment: we settle 25% with the PO and 75% 90 days after delivery, our rule for all vendors.",
                "agreement",
            )
        ],
        [("首付两成，剩下的验收后半年再付", "agreement"), ("还是那句话，两成首付，八成半年后付", "need")],
        [
            ("We pay 30/70, the 70% at 90 days after arrival.", "agreement"),
            ("Again: 30/70, 70% at 90 days.", "need"),
        ],
    ],
)
def test_their_split_said_as_an_agreement_or_said_twice_keeps_every_quote(
    turns: list[tuple[str, str]],
) -> None:
    talk = _talk(*[("customer", text, lab) for text, lab in turns])
    (risk,) = file_payment_terms(talk, [], [], "en")[0]
    assert [q.text for q in risk.quotes] == [text for text, _ in turns]


def test_our_standard_split_said_by_the_customer_is_no_risk() -> None:
    talk = _talk(("customer", "Payment would be 40% upfront and 60% before shipment.", "need"))
    assert payment_gap(talk) is None
    q = Quote(text=talk[0][0].text, start=talk[0][0].start, end=talk[0][0].end, speaker="customer")
    old = Risk(text="Credit: 40% upfront", category="payment", severity="medium", quotes=[q])
    assert file_payment_terms(talk, [old], [], "en")[0] == []
    assert payment_gap(_talk(("customer", "定金三成，余款发货前付清", "need"))) is None


def test_retention_held_a_year_is_their_term() -> None:
    talk = _talk(
        ("customer", "验收合格付九成，留一成质保金压一年", "need"), ("we", "我们一般是款到发货", "none")
    )
    gap = payment_gap(talk)
    assert gap is not None and len(gap.theirs) == 1 and len(gap.ours) == 1


@pytest.mark.parametrize(
    "text", ["Could we pay 100% against the B/L copy?", "全款发货前付", "水分12%以下，出货前拍照给您"]
)
def test_no_deposit_or_no_payment_is_no_short_split(text: str) -> None:
    assert not short_split(text)


def _quote(s: Sentence) -> Quote:
    return Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker)


def test_another_risk_on_the_term_clauses_is_the_same_point() -> None:
    talk = _talk(
        ("customer", "交货后先付一半", "need"),
        ("customer", "剩下的等项目验收一年后再付", "none"),
        ("we", "这个尾款周期太长了，我要报给领导", "risk:timeline"),
        ("customer", "另外本地有家厂报价低一成", "risk:competitor"),
    )
    timeline = Risk(
        text="交期：尾款周期太长", category="delivery", severity="medium", quotes=[_quote(talk[2][0])]
    )
    rival = Risk(text="竞品：低一成", category="competitor", severity="medium", quotes=[_quote(talk[3][0])])
    risks = file_payment_terms(talk, [timeline, rival], [], "zh")[0]
    assert [r.category for r in risks] == ["competitor", "payment"]
    assert [q.text for q in risks[1].quotes] == [s.text for s, _ in talk[:3]]


def test_their_open_term_read_as_an_agreement_is_no_progress() -> None:
    talk = _talk(
        (
            "customer",
            "Payment: 25% with the PO and 75% 90 days after delivery, that is how we work.",
            "agreement",
        ),
        ("we", "Our usual is 30% deposit, balance before shipment.", "none"),
        ("customer", "OK, the price of 4.20 is agreed.", "agreement"),
    )
    items = [
        ProgressItem(text=s.text, kind="agreement", quotes=[_quote(s)])
        for s, lab in talk
        if lab == "agreement"
    ]
    assert [p.text for p in drop_open_terms(talk, items)] == ["OK, the price of 4.20 is agreed."]


@pytest.mark.parametrize(
    "text",
    [
        "其余的型号我们分三次出货",
        "另外两个月后再来验厂",
        "We need 90% shipped within 45 days",
        "The remainder we deliver in three instalments",
        "按季度结算会员积分",
        "The training fee is paid in instalments",
    ],
)
def test_instalments_shares_or_quarters_without_a_payment_word_are_no_term(text: str) -> None:
    assert not long_tail(text)
    assert not names_term(text)


@pytest.mark.parametrize(
    "text",
    [
        "定金两成，余款七成分三个季度付清",
        "30% on arrival and 70% at 90 days after arrival",
        "质保金押半年",
        "货款按季度结",
        "行，那就按季度结算。",
        "payment in six monthly instalments",
    ],
)
def test_a_payment_split_with_its_payment_word_is_still_a_long_tail(text: str) -> None:
    assert long_tail(text)


@pytest.mark.parametrize(
    "text",
    ["尾款等商场开业满两个月再结", "剩下的年底收了租金再付", "我们走报销流程，通常三个月才能付出去"],
)
def test_a_balance_paid_after_an_event_or_months_is_a_long_tail(text: str) -> None:
    assert long_tail(text)


@pytest.mark.parametrize("text", ["剩下的装船前再付", "两个月才能交货", "上季度两个月才付了一半"])
def test_a_balance_before_shipment_a_lead_time_or_a_past_payment_is_none(text: str) -> None:
    assert not long_tail(text)


@pytest.mark.parametrize("text", ["剩下的验收后再付", "尾款收到货再给", "余款到货验收合格再付"])
def test_a_balance_on_delivery_or_acceptance_is_no_long_tail(text: str) -> None:
    assert not long_tail(text)


@pytest.mark.parametrize("text", ["尾款年后再付", "尾款下半年才能付"])
def test_a_balance_deferred_past_the_new_year_is_a_long_tail(text: str) -> None:
    assert long_tail(text)


def test_a_balance_paid_once_satisfied_is_no_long_tail() -> None:
    assert not long_tail("剩下的到货满意再付")
