"""Units beside figures are not abbreviations, and number-only messages never reach the classifier."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text
from assistant.compliance.matcher import get_matcher
from assistant.compliance.quantities import beside_number, figure_share, mostly_numbers
from assistant.compliance.semantic import candidate


def test_an_abbreviation_beside_a_figure_is_a_unit() -> None:
    text = "Net weight 2,310 lbs, chk 5521 cleared"
    assert beside_number(text, text.index("lbs"), text.index("lbs") + 3)
    assert beside_number(text, text.index("chk"), text.index("chk") + 3)
    assert not beside_number("tmd 这货真蠢", 0, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Loaded 6 pallets, 2,880 lbs gross, BOL 7719304.",
        "总重 980 lbs，提单号 BOL 5532107。",
        "chk 4471 for the freight was mailed Monday.",
    ],
)
def test_weights_and_ids_do_not_alert(text: str) -> None:
    assert scan_text(text).hits == ()


@pytest.mark.parametrize(
    "text",
    [
        "售后热线八零零-七一五-二二六八，工作日九点到六点。",
        "Shipment 3 of 5: 1,120 cartons, 44,800 units, container TCLU 8830215.",
        "发票号码 77120934，金额 ¥58,200.00，到期 2027-03-01。",
    ],
)
def test_number_only_messages_skip_the_classifier(text: str) -> None:
    assert mostly_numbers(text)
    assert not candidate(text, get_matcher())


@pytest.mark.parametrize(
    "text",
    [
        "这批货我私下给您发，价格再降 5%。",
        "We can split the 3% difference between us, off the books.",
        "换QQ聊吧，号码是 2837746610。",  # a contact word: the detectors and the classifier judge it
    ],
)
def test_sentences_with_a_few_figures_still_go_to_the_second_stage(text: str) -> None:
    assert not mostly_numbers(text)


def test_leet_words_are_words_not_ids() -> None:
    assert figure_share("pay into my p3rs0nal acc0unt") < 0.45
