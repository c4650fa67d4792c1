"""A changed count names two figures; the need carries the new one only."""

from __future__ import annotations

from assistant.summaries.count_changes import figure_changed
from assistant.summaries.label_rules import quantity_change
from assistant.summaries.numbers import asked_quantities
from assistant.text.conversation import Sentence


def test_instead_of_keeps_the_new_count() -> None:
    assert asked_quantities("Please plan 640 crates instead of 500.") == ["640 crates"]
    assert asked_quantities("Hoses: 1,300 instead of 1,600.") == ["1300 pcs"]


def test_from_to_keeps_the_new_count() -> None:
    assert asked_quantities("We cut the dryers from 14 to 11 units after the audit.") == ["11 units"]


def test_was_in_brackets_is_the_old_count() -> None:
    assert asked_quantities("Order lowered to 2,600 stools (was 3,100)") == ["2600 stools"]


def test_chinese_change_words_keep_the_new_count() -> None:
    assert asked_quantities("冷柜由十二台改为九台") == ["9 台"]
    assert asked_quantities("纸箱3000个改成3600个") == ["3600 个"]
    assert asked_quantities("原来要六台，五台就够了") == ["5 台"]


def test_a_count_said_once_is_kept_even_after_a_change_word() -> None:
    assert asked_quantities("原来说要八台烘干机") == ["8 台"]
    assert asked_quantities("桌子先要300张，椅子900张") == ["300 张", "900 张"]


def test_enough_marks_a_small_chinese_count_as_wanted() -> None:
    assert asked_quantities("两台就够了，先上两台。") == ["2 台"]


def test_figure_changed() -> None:
    assert figure_changed("改成五台")
    assert figure_changed("make it 1,500,000")
    assert not figure_changed("我们要五台")


def test_a_size_changed_into_a_count_is_no_earlier_count() -> None:
    assert asked_quantities("数量有变化：2米改成300张") == ["2 米", "300 张"]


def test_make_it_and_instead_of_restate_a_quantity_not_progress() -> None:
    def s(text: str) -> Sentence:
        return Sentence(text=text, start=0, end=len(text), speaker="Ana", role="customer")

    assert quantity_change(s("Jars: make it 900,000, the spring line sold out."))
    assert quantity_change(s("We will take 1,300 stools instead of 1,100."))
    assert not quantity_change(s("Make it 0.87 and we have a deal."))
