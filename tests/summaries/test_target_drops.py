"""A target price the customer gave up by accepting a higher price is dropped at the follow-up."""

from __future__ import annotations

from assistant.summaries.schema import Need, Quote
from assistant.summaries.target_drops import superseded_targets


def _needs(*texts: str) -> list[Need]:
    return [Need(text=t, topic="other", quotes=[Quote(text=t, start=0, end=len(t))]) for t in texts]


def test_a_higher_price_accepted_for_the_same_product_drops_its_target() -> None:
    needs = _needs("PX-9净水器40台", "目标价：PX-9每台2200元", "需要安装服务")
    said = ["这样吧，四十台的话PX-9我们给到每台两千三。", "两千三行，就这么定。"]
    assert superseded_targets(needs, said) == ["目标价：PX-9每台2200元"]


def test_english_acceptance_naming_the_product_or_taking_up_an_offer() -> None:
    needs = _needs("600 KL-4 kettles", "Target price USD 21 per KL-4", "Budget of EUR 9 per mug")
    assert superseded_targets(needs, ["22.50 works for the KL-4, we accept."]) == [
        "Target price USD 21 per KL-4"
    ]
    said = ["For the KL-4 at 600 pieces I can go down to 22.", "Fine, 22 it is."]
    assert superseded_targets(needs, said) == ["Target price USD 21 per KL-4"]


def test_refused_asked_conditional_or_other_product_keeps_the_target() -> None:
    needs = _needs("Target price USD 21 per KL-4", "300 MG-2 mugs")
    said = [
        "22.50 for the KL-4 is still too high for us.",
        "Would 22 be acceptable for the KL-4?",
        "If you can do 21.50 for the KL-4 we have a deal.",
        "The MG-2 at USD 3.10 is fine.",
    ]
    assert superseded_targets(needs, said) == []


def test_the_target_itself_accepted_or_a_quantity_accepted_drops_nothing() -> None:
    needs = _needs("目标价：PX-9每台2200元")
    assert superseded_targets(needs, ["PX-9每台2200元可以做，我们接受。"]) == []
    assert superseded_targets(needs, ["PX-9四十台没问题。"]) == []


def test_a_lower_price_accepted_meets_the_budget_and_keeps_it() -> None:
    needs = _needs("Budget of EUR 900 per chair at most")
    assert superseded_targets(needs, ["For the chairs we can do EUR 880.", "880 is fine, agreed."]) == []
    needs = _needs("目标价RF-9每台1.6万元")
    assert superseded_targets(needs, ["RF-9每台一万七，这是最低了。", "一万七行。"]) == [
        "目标价RF-9每台1.6万元"
    ]


def test_a_price_gap_settled_by_a_price_accepted_for_its_product() -> None:
    from assistant.summaries.target_drops import price_accepted

    risk = "KL-4 quoted at USD 24 against a target of USD 21"
    said = ["For the KL-4 at 600 pieces I can go down to 22.", "Fine, 22 it is."]
    assert price_accepted(risk, said) == "Fine, 22 it is."
    assert price_accepted(risk, ["The MG-2 at USD 3.10 is fine."]) is None
    assert (
        price_accepted("PX-9我方报2500元，客户目标2200元", ["PX-9每台两千三，这是最低了。", "两千三行。"])
        == "两千三行。"
    )


def test_a_lone_price_gap_naming_no_product_is_settled_by_a_figure_taken_up() -> None:
    from assistant.summaries.target_drops import price_accepted

    risk = "our USD 1.40 vs their target of 1.20"
    said = ["Make it 1.30 and we have a deal.", "OK, 1.30 it is."]
    assert price_accepted(risk, said) is None
    assert price_accepted(risk, said, alone=True) == "OK, 1.30 it is."


def test_no_problem_or_not_bad_beside_an_accepted_price_is_no_refusal() -> None:
    needs = _needs("Target price USD 21 per KL-4")
    said = ["22.50 for the KL-4 is no problem, we accept."]
    assert superseded_targets(needs, said) == ["Target price USD 21 per KL-4"]
    said = ["Not bad at all: 22.50 for the KL-4 works for us."]
    assert superseded_targets(needs, said) == ["Target price USD 21 per KL-4"]


def test_a_no_or_not_that_turns_the_price_down_still_refuses() -> None:
    needs = _needs("Target price USD 21 per KL-4")
    for said in (
        "No, 22.50 for the KL-4 does not work for us, we accept 21 only.",
        "22.50 for the KL-4 is not acceptable, sorry.",
        "22.50 for the KL-4? No deal, the board will not accept it.",
    ):
        assert superseded_targets(needs, [said]) == []


def test_a_target_naming_no_code_is_about_the_code_of_its_product_last_time() -> None:
    needs = _needs("仓库安装40台LX-3货架灯", "货架灯目标价每台300元（含安装）", "每月巡检一次")
    said = ["价格方面，LX-3每台330含安装，老板说可以，就按这个价。"]
    assert superseded_targets(needs, said) == ["货架灯目标价每台300元（含安装）"]


def test_an_offer_below_the_acceptance_in_a_newest_first_thread_counts() -> None:
    needs = _needs("200 VX-5 scanners", "Target price USD 95 per VX-5")
    said = [
        "From: Ann <ann@buyer.example>",
        "Sent: Monday, 4 May 2031 10:00",
        "USD 99 is accepted.",
        "Please send the contract.",
        "-----Original Message-----",
        "From: Rep <rep@seller.example>",
        "For 200 units I can offer USD 99 per VX-5.",
    ]
    assert superseded_targets(needs, said) == ["Target price USD 95 per VX-5"]


def test_figures_in_wan_are_compared_to_scale() -> None:
    needs = _needs("目标价：KM-8每台20万元")
    said = ["三台的话，KM-8我们做到21.5万一台。", "21.5万可以，老板说只要不超过22万就签。"]
    assert superseded_targets(needs, said) == ["目标价：KM-8每台20万元"]
