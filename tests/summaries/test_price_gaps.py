"""The customer's target against our latest quote: a need with both figures and one open price gap."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.price_figures import figures
from assistant.summaries.price_gaps import file_price_gaps, open_gaps
from assistant.summaries.schema import Quote, Risk
from assistant.text.conversation import Sentence


def _talk(*lines: tuple[str, str]) -> list[Sentence]:
    """Sentences of a two-party talk: (role, text) pairs laid end to end."""
    out, at = [], 0
    for role, text in lines:
        out.append(Sentence(text=text, start=at, end=at + len(text), speaker=role, role=role))
        at += len(text) + 1
    return out


def test_figures_read_mao_fen_thousands_and_k() -> None:
    assert figures("一毛二太贵，一毛就行") == [Decimal("0.12"), Decimal("0.1")]
    assert figures("七分五是上限") == [Decimal("0.075")]
    assert figures("We can only pay 4,250 per kiln.") == [Decimal("4250")]
    assert figures("our budget is 45k for the lot") == [Decimal("45000")]
    assert figures("三分钟就好，百分之十的定金") == []


ZH_OPEN = _talk(
    ("we", "烤箱报价是一万二一台。"),
    ("customer", "我们预算只有一万零五百。"),
    ("we", "量大的话我可以给到一万一千五。"),
    ("customer", "一万一千五还是贵。"),
)


def test_zh_budget_is_a_need_and_the_gap_one_risk_with_both_figures() -> None:
    (gap,) = open_gaps(ZH_OPEN)
    assert (gap.target, gap.ours) == (Decimal("10500"), Decimal("11500"))
    risks, needs = file_price_gaps(ZH_OPEN, [], [], "zh")
    (need,) = needs
    assert need.topic == "price" and "10500" in need.text and "11500" in need.text
    assert need.quotes[0].text == "我们预算只有一万零五百。"
    (risk,) = risks
    assert risk.category == "price" and "10500" in risk.text and "11500" in risk.text
    assert [q.text for q in risk.quotes] == [  # their figure, ours and the objection
        "我们预算只有一万零五百。",
        "量大的话我可以给到一万一千五。",
        "一万一千五还是贵。",
    ]


def test_en_ceiling_with_our_refusal_is_open_and_joins_the_existing_price_risk() -> None:
    talk = _talk(
        ("we", "The lamp is USD 38.50 at 500 units."),
        ("customer", "Our ceiling is 33 a lamp."),
        ("we", "33 is below our cost, but I can do 36.80."),
        ("customer", "Let me think about it."),
    )
    old = Quote(text="Our ceiling is 33 a lamp.", start=36, end=61)
    risks, needs = file_price_gaps(
        talk, [Risk(text="Price gap: …", category="price", severity="medium", quotes=[old])], [], "en"
    )
    (risk,) = risks
    assert risk.text == "Price gap: ours 36.80 vs customer target 33"
    assert [q.text for q in risk.quotes] == [
        "Our ceiling is 33 a lamp.",
        "33 is below our cost, but I can do 36.80.",
        "Let me think about it.",  # our last offer left open
    ]
    assert needs[0].text == "Price: customer target 33 (ours 36.80)"


def test_gap_closed_by_a_later_acceptance_is_not_open() -> None:
    talk = _talk(
        ("we", "The rugs are USD 68 each."),
        ("customer", "The rugs need to be 61 each."),
        ("we", "I can offer 66."),
        ("customer", "66 is still too high."),
        ("we", "Final offer 63.50 if you pay the deposit this week."),
        ("customer", "OK, 63.50 works, deal."),
    )
    assert open_gaps(talk) == []
    assert file_price_gaps(talk, [], [], "en") == ([], [])  # the target given up is no need either


def test_zh_ten_thousands_and_target_without_our_quote() -> None:
    talk = _talk(("customer", "这条产线我们最多出四百五十万。"), ("we", "好的，我回去算一下。"))
    assert file_price_gaps(_talk(("customer", "We need at most 6000 for the first run.")), [], [], "en") == (
        [],
        [],
    )
    risks, needs = file_price_gaps(talk, [], [], "zh")
    assert risks == [] and needs[0].text == "价格：客户目标 450万"
    talk += _talk(("we", "我们最低能做到四百八十万。"), ("customer", "四百八十万超预算了。"))
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("4500000"), Decimal("4800000"))


def test_objection_with_acceptance_settles() -> None:
    talk = _talk(
        ("we", "Our price is EUR 9.40 per bottle."),
        ("customer", "Our target was 8.90."),
        ("we", "I can come down to 9.10."),
        ("customer", "9.10 is still above our target, but we can live with it."),
    )
    assert open_gaps(talk) == []


def test_our_quote_alone_or_an_unrelated_figure_is_no_gap() -> None:
    talk = _talk(
        ("we", "We can do 12.40 for the blue ones."),
        ("customer", "Too expensive for now."),
        ("customer", "We need 300 pcs by May."),
    )
    assert open_gaps(talk) == []
    assert file_price_gaps(talk, [], [], "en") == ([], [])


def test_target_read_from_its_clause_and_the_latest_target_counts() -> None:
    talk = _talk(
        ("we", "The kettle is USD 23.40, the toaster USD 31."),
        ("customer", "23.40 is above our budget, we were hoping for 21.50."),
        ("we", "21.50 is below our cost, but I can do 22.60."),
        ("customer", "If you can get to 22 we can close this."),
        ("customer", "22.60 is still too high for us."),
    )
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("22"), Decimal("22.60"))
    assert [e.text for e in gap.evidence] == ["22.60 is still too high for us."]


def test_zh_clause_target_beside_our_figure() -> None:
    talk = _talk(
        ("we", "沙发每套报价四千二。"),
        ("customer", "你们报的沙发四千二一套，我们预算三千八以内，茶几倒是可以。"),
        ("we", "三千八真做不了，最低三千九百五。"),
    )
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("3800"), Decimal("3950"))


def test_our_confirmation_or_approval_of_their_figure_keeps_the_gap_settled() -> None:
    agreed = _talk(
        ("we", "The hoodie is USD 12.80."),
        ("customer", "Our budget is 11.50 a piece."),
        ("we", "I can go to 12.20."),
        ("customer", "12.20, fine, I can live with that."),
        ("we", "I'll send the revised quotation at 12.20 tonight."),
    )
    approved = _talk(
        ("we", "门垫报价每块二十六。"),
        ("customer", "二十四能做吗？"),
        ("we", "经理批了，二十四给您做。"),
    )
    assert open_gaps(agreed) == [] and open_gaps(approved) == []
    assert file_price_gaps(approved, [], [], "zh") == ([], [])


def test_an_insisting_word_without_a_price_beside_it_names_no_target() -> None:
    from assistant.summaries.price_gaps import find_gaps

    talk = _talk(
        ("we", "EZ-5折叠椅每把三百二十元。"),
        ("customer", "我们坚持要用304不锈钢的，外壳必须是316的。"),
    )
    assert find_gaps(talk) == []
    talk = _talk(("we", "EZ-5折叠椅每把三百二十元。"), ("customer", "我们还是要三百，多了报不上去。"))
    assert [g.target for g in find_gaps(talk)] == [Decimal("300")]
