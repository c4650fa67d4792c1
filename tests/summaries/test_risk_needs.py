"""A need said inside a risk: the customer's budget, terms, date or document also becomes a need."""

from __future__ import annotations

import pytest

from assistant.summaries.risk_needs import price_objection, risk_states_need
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker="客户", role=role)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我们公司规定只能票到六十天", "credit"),
        ("没有UL的插座我们上不了货架", "certification"),
        ("台灯最晚4月2号要到我们仓库", "timeline"),
        ("柜子八十五太高了，我们预算七十", "price_gap"),
        ("our ceiling is 4.10 and you are at 4.60", "price_gap"),
        ("the retailer wants an EN 71 report first", "certification"),
        ("这批货得在月底前到港", "timeline"),
        ("供应商须提供CE证书", "certification"),
        ("付款周期不能超过60天", "credit"),
    ],
)
def test_customer_requirement_inside_a_risk_is_a_need(text: str, kind: str) -> None:
    assert risk_states_need(_s(text), kind, "customer")


def test_no_need_without_a_figure_or_from_our_side_or_other_kinds() -> None:
    assert not risk_states_need(_s("还是太贵了"), "price_gap", "customer")  # no target named
    assert not risk_states_need(_s("我们必须先交定金", role="we"), "credit", "we")
    assert not risk_states_need(_s("隔壁厂给我们报了3.1，我们最多给3"), "competitor", "customer")
    assert not risk_states_need(_s("我觉得时间有点紧"), "timeline", "customer")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("上回的货拖得太久了", "timeline"),
        ("我们财务最近批款批得很慢", "credit"),
        ("这个认证办下来还早得很", "certification"),
        ("证书的事我们也不能打包票", "certification"),
        ("无须着急，慢慢来也行", "timeline"),
    ],
)
def test_a_risk_with_a_bare_de_xu_or_buneng_states_no_need(text: str, kind: str) -> None:
    assert not risk_states_need(_s(text), kind, "customer"), text


def test_a_price_objection_without_a_target_is_no_need() -> None:
    assert price_objection(_s("68还是高"))
    assert price_objection(_s("4.90 is still too high for us"))
    assert not price_objection(_s("太贵了，我们预算五十五"))  # names the target: a need too
    assert not price_objection(_s("我们需要两千个"))


@pytest.mark.parametrize("text", ["九十九块太高了", "8.2超预算了，我报不上去", "GBP 12 is above our budget"])
def test_more_price_objections_are_no_need(text: str) -> None:
    assert price_objection(_s(text))


@pytest.mark.parametrize("text", ["数量提高了，要三千个", "太高了，我们目标是四十"])
def test_a_raise_or_a_named_target_is_no_objection(text: str) -> None:
    assert not price_objection(_s(text))


def test_too_expensive_is_a_price_gap_whatever_risk_kind_the_classifier_picks() -> None:
    from assistant.summaries.offline_learned import _with_labels
    from assistant.text.conversation import parse_conversation

    labelled = _with_labels(parse_conversation("客户：这批台灯太贵了。"))
    assert [lab for _, lab in labelled] == ["risk:price_gap"]


def test_over_budget_and_higher_than_expected_are_price_objections() -> None:
    assert price_objection(_s("但385还是高于预算。"))
    assert price_objection(_s("烘干机两万三还是比我们想的高"))
    assert price_objection(_s("But 148,000 is still 9,000 over budget."))
    assert not price_objection(_s("我们预算是每台两万以内"))
