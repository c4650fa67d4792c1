"""Someone else's lower price said in passing (:mod:`assistant.summaries.rival_cheaper`).

Written anew, not taken from any evaluation set: the customer names a seller that is neither side
beside a price below one we quoted earlier; that is a competitor risk even without a "quote" verb.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.rival_cheaper import cheaper_elsewhere, our_figures
from evals.eval_summaries_blind import demo_catalog
from tests.summaries.sentences import alone, labelled, said

OURS = [(Decimal("12.50"), alone("Bath towels and hand towels are 12.50 a set, mills in Shaoxing make them.", "we"))]
ZH_OURS = [(Decimal("12.50"), alone("毛巾12块5一条", "we"))]


def test_another_seller_below_our_price_is_cheaper_elsewhere() -> None:
    assert cheaper_elsewhere(alone("There's a mill in Porto that does the same towels at 9.80."), OURS)
    assert cheaper_elsewhere(alone("the Amazon sellers are at 10 flat for the towels"), OURS)
    assert cheaper_elsewhere(alone("淘宝上同样的毛巾才九块八"), ZH_OURS)


def test_the_seller_may_be_named_in_the_clause_before() -> None:
    first, second = said(("楼下那家店的毛巾是从温州一家厂拿的货", "customer"), ("听说才九块八一条", "customer"))
    assert cheaper_elsewhere(second, ZH_OURS, first)
    assert not cheaper_elsewhere(second, ZH_OURS)


def test_a_price_at_or_above_ours_far_below_it_or_with_no_quote_of_ours_is_none() -> None:
    assert not cheaper_elsewhere(alone("There's a mill in Porto that does them at 13.20."), OURS)
    assert not cheaper_elsewhere(alone("A mill in Porto sells the hand towel alone at 3.10."), OURS)  # a part, not ours
    assert not cheaper_elsewhere(alone("There's a mill in Porto that does them at 9.80."), [])


def test_our_own_words_a_question_a_budget_or_their_own_site_is_none() -> None:
    assert not cheaper_elsewhere(alone("Online sellers are at 9.80, but ours lasts longer.", "we"), OURS)
    assert not cheaper_elsewhere(alone("Is the Porto mill really at 9.80?"), OURS)
    assert not cheaper_elsewhere(alone("Our budget is 9.80 whatever the other suppliers charge."), OURS)
    assert not cheaper_elsewhere(alone("我们的新门店那边进的货是十块"), ZH_OURS)


@pytest.mark.parametrize(
    "text",
    [
        "Your own Amazon listing is at 9.80 for the towels.",
        "We sell the towels online at 9.99 after the promo.",
        "Our forwarder guys charge 10.50 per carton.",
        "The installer guys are at 11 an hour.",
    ],
)
def test_our_own_channel_their_resale_or_a_service_rate_is_none(text: str) -> None:
    assert not cheaper_elsewhere(alone(text), OURS)


def test_their_clients_figure_is_none() -> None:
    assert not cheaper_elsewhere(alone("人家业主就给九块八一条，多一分都不行"), ZH_OURS)
    assert not cheaper_elsewhere(alone("你们网上旗舰店才卖九块八一条"), ZH_OURS)


def test_our_figures_are_those_said_before_each_sentence() -> None:
    sents = said(("Towels are 12.50 each.", "we"), ("Hm.", "customer"), ("Or 12.00 for 5,000.", "we"))
    assert our_figures(sents) == [[], [(Decimal("12.50"), sents[0])], [(Decimal("12.50"), sents[0])]]


def test_the_conversation_gets_a_competitor_risk_quoting_it() -> None:
    talk = labelled(
        ("we", "The bath towels are USD 12.50 each for 3,000.", "none"),
        ("customer", "Hmm, there are guys in Karachi who do them at 9.90.", "need"),
        ("customer", "Let me talk to my partner.", "none"),
    )
    risks = learned_risks(talk, demo_catalog(), "en")
    (rival,) = [r for r in risks if r.category == "competitor"]
    assert [q.text for q in rival.quotes] == [talk[1][0].text]


def test_a_churn_threat_naming_a_cheaper_rival_stays_a_churn_threat() -> None:
    talk = labelled(
        ("we", "The bath towels are USD 12.50 each for 3,000.", "none"),
        ("customer", "If you can't get near the 9.90 the Karachi mill does for these towels, we'll move the whole order to them.",
         "risk:churn_threat"),
    )
    kinds = {r.category for r in learned_risks(talk, demo_catalog(), "en")}
    assert "churn" in kinds and "competitor" not in kinds
