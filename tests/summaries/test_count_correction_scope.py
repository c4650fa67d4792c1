"""A correcting line marks a count earlier only when it counts the same thing, and a change stays in its clause."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_revisions import join_revisions
from assistant.summaries.numbers import asked_quantities
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def test_a_correcting_line_naming_two_products_keeps_both_counts() -> None:
    assert asked_quantities("不对，我们要八台空压机，还要三台干燥机") == ["8 台", "3 台"]


def test_a_correcting_line_still_drops_the_count_it_says_is_wrong() -> None:
    assert asked_quantities("不对，是六台，不是九台") == ["6 台"]


def test_a_change_in_a_later_clause_leaves_the_earlier_count() -> None:
    text = "we booked 260 desks, the freight charge was cut to 90"
    assert "260 desks" in asked_quantities(text)


def test_a_correcting_line_adding_another_product_does_not_revise_the_need() -> None:
    chat = "小宋：空压机几台？\n阿强：我们要八台空压机。\n阿强：不对不对，还有干燥机，干燥机要三台。\n"
    parsed = parse_conversation(chat, we_names=("小宋",), today=dt.date(2031, 2, 3))
    first = next(s for s in parsed.sentences if "八台空压机" in s.text)
    need = Need(
        text="数量：8 台",
        topic="quantity",
        values=["8 台"],
        quotes=[Quote(text=first.text, start=first.start, end=first.end)],
    )
    out = join_revisions([need], parsed)
    assert out[0].values == ["8 台"]
    assert len(out[0].quotes) == 1
