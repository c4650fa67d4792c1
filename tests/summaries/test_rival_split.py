"""One competitor risk per rival: a different supplier later in the talk is its own item (:mod:`rival_split`)."""

from __future__ import annotations

import pytest

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.rival_split import rival_key
from assistant.text.conversation import Sentence
from evals.eval_summaries_blind import demo_catalog
from tests.summaries.sentences import labelled as _talk


def _rivals(labelled: list[tuple[Sentence, str]], lang: str) -> list[list[str]]:
    risks = learned_risks(labelled, demo_catalog(), lang)
    return [[q.text for q in r.quotes] for r in risks if r.category == "competitor"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("无锡有一家报每米3.15", "无锡那家还说能送货上门"),
        ("温州有个经销商报两千一", "温州那个经销商说月底前有效"),
        ("a Polish mill offered 8.40 delivered", "The Polish mill also gives 60 days"),
    ],
)
def test_the_same_rival_named_again_has_the_same_key(a: str, b: str) -> None:
    assert rival_key(a) is not None
    assert rival_key(a) == rival_key(b) or rival_key(b) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("无锡有一家报每米3.15", "常州一家厂报了三块二"),
        ("a Polish mill offered 8.40 delivered", "a dealer in Porto quoted us 8.10"),
    ],
)
def test_different_rivals_have_different_keys(a: str, b: str) -> None:
    assert rival_key(a) and rival_key(b) and rival_key(a) != rival_key(b)


@pytest.mark.parametrize(
    "text", ["那家又降了一毛", "他们说还能便宜点", "they came down to 8.20", "The other one is cheaper"]
)
def test_a_rival_only_referred_back_to_names_no_key(text: str) -> None:
    assert rival_key(text) is None


def test_two_rivals_in_different_turns_are_two_risks_zh() -> None:
    talk = _talk(
        ("customer", "无锡有一家报每米3.15，比你们低不少。", "risk:competitor"),
        ("we", "我们的料是进口的，3.4已经是底价了。", "none"),
        ("customer", "那家还说可以送货上门。", "risk:competitor"),
        ("we", "送货我们也可以安排。", "none"),
        ("customer", "另外常州一家厂报了三块二。", "none"),
    )
    assert _rivals(talk, "zh") == [
        ["无锡有一家报每米3.15，比你们低不少。", "那家还说可以送货上门。"],
        ["另外常州一家厂报了三块二。"],
    ]


def test_two_rivals_in_different_turns_are_two_risks_en() -> None:
    talk = _talk(
        ("customer", "A Polish mill offered 8.40 delivered.", "risk:competitor"),
        ("we", "Our yarn is certified, 8.90 is already our best.", "none"),
        ("customer", "The Polish mill also gives 60 days.", "risk:competitor"),
        ("we", "We can look at the terms.", "none"),
        ("customer", "And a dealer in Porto quoted us 8.10 last week.", "none"),
    )
    assert len(_rivals(talk, "en")) == 2


def test_the_same_rival_restating_its_price_stays_one_risk() -> None:
    talk = _talk(
        ("customer", "无锡有一家报每米3.15。", "risk:competitor"),
        ("we", "3.15做不了。", "none"),
        ("customer", "无锡那家真的报的3.15，你们再看看。", "risk:competitor"),
    )
    assert len(_rivals(talk, "zh")) == 1


def test_rivals_listed_in_one_turn_are_one_comparison() -> None:
    talk = _talk(
        ("customer", "还差不少。德国那个品牌的代理给我们报了八十六万，交期太长。", "risk:competitor"),
        ("customer", "国内还有一家报了七十九万，但没有案例。", "none"),
        ("we", "我们有案例可以给您看。", "none"),
    )
    assert len(_rivals(talk, "zh")) == 1


def test_only_a_named_rival_with_a_price_opens_an_item_of_its_own() -> None:
    talk = _talk(
        ("customer", "A Polish mill offered 8.40 delivered.", "risk:competitor"),
        ("we", "8.90 is our best.", "none"),
        ("customer", "Our current supplier charges 8.70 today.", "risk:competitor"),
        ("we", "Understood.", "none"),
        ("customer", "Important: Lodz is at 200 km from the port.", "risk:competitor"),
    )
    assert len(_rivals(talk, "en")) == 1


def test_a_rival_whose_key_only_contains_another_is_a_rival_of_its_own() -> None:
    talk = _talk(
        ("customer", "A dealer in Porto quoted us 5.60 a box.", "risk:competitor"),
        ("we", "Our boxes are double-walled, 6.10 is fair.", "none"),
        ("customer", "And a dealer in Portofino offered 5.30 yesterday.", "risk:competitor"),
    )
    assert len(_rivals(talk, "en")) == 2


def test_a_group_without_a_key_does_not_swallow_a_later_rival() -> None:
    talk = _talk(
        ("customer", "Honestly others are cheaper than you.", "risk:competitor"),
        ("we", "Which supplier is that?", "none"),
        ("customer", "The Danish mill, and they also give 90 days.", "risk:competitor"),
        ("we", "We can talk about terms.", "none"),
        ("customer", "Also a dealer in Porto quoted us 5.60 a box.", "risk:competitor"),
    )
    assert len(_rivals(talk, "en")) == 2
