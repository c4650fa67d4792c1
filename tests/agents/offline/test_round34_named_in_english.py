"""Round 34: a customer named by external id or by a Chinese short name inside an English question.

"what did 和信 order in 2025" names 和信 (a brand that is also an everyday Chinese word: inside an
English sentence it can only be a name); "C00412's …" names a customer by its id, also glued to a
year ("C001202025年"). The classifier sees a short stand-in name, as with any other customer name.
New sentences, none from the held-out sets.
"""

from __future__ import annotations

import pytest

from assistant.agents.offline.entities import spot
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Entry, Gazetteer
from assistant.agents.offline.planner import plan
from assistant.agents.offline.stand_ins import masked
from assistant.text.language import normalize

from .conftest import TODAY, small_gazetteer


@pytest.fixture
def words() -> Gazetteer:
    """The small gazetteer plus two brand names that are also everyday words."""
    base = small_gazetteer()
    return Gazetteer(base.entries + [Entry("和信", "customer_word", "和信"), Entry("新丰", "customer_word", "新丰")])


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("how much did 和信 buy from us in 2025", "和信"),
        ("新丰's latest order - what was in it?", "新丰"),
        ("C001202025年的订单一共多少钱", "C00120"),
        ("C00412: total order value in 2025?", "C00412"),
    ],
)
def test_named_in_english_or_by_id(words: Gazetteer, text: str, customer: str) -> None:
    assert spot(normalize(text), words).customers == [customer]


@pytest.mark.parametrize("text", ["产品创新和信息化的方向", "和信息部门沟通一下"])
def test_an_everyday_word_in_chinese_is_no_name(words: Gazetteer, text: str) -> None:
    assert spot(text, words).customers == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("how much did 和信 buy from us in 2025", "how much did Summit buy from us in 2025"),
        ("C00412: total order value in 2025?", "Summit: total order value in 2025?"),
        ("C00120今年下了多少单", "锦华今年下了多少单"),
        ("锦华今年下了多少单", "锦华今年下了多少单"),
    ],
)
def test_the_classifier_sees_a_stand_in_name(words: Gazetteer, text: str, shown: str) -> None:
    assert masked(text, spot(text, words)) == shown


def test_a_year_glued_to_an_id_is_split_off() -> None:
    assert normalize("C001202025年的订单一共多少钱") == "C00120 2025年的订单一共多少钱"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "how much did 和信 buy from us in 2025",
        "C00412 - what was in their latest PO?",
        "C00412: total order value in 2025?",
        "新丰's latest order - what was in it?",
    ],
)
def test_a_customer_named_so_is_its_order_history(trained, words: Gazetteer, text: str) -> None:
    assert plan(text, Memory(), words, today=TODAY, role="rep").tool == "order_history"
