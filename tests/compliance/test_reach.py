"""The context rules look a bounded distance from a hit, so a long paste full of hits stays linear."""

from __future__ import annotations

import re

from assistant.compliance import scan_text
from assistant.compliance.reach import REACH, bounds, left_break, right_break

BREAK = re.compile(r"[，。]")


def test_breaks_are_found_near_the_hit() -> None:
    text = "前面一句。客户说加我私人微信，后面"
    start = text.index("加我")
    assert text[left_break(BREAK, text, start) : start] == "客户说"
    assert right_break(BREAK, text, start + 2) == text.index("，后面")


def test_a_walk_never_goes_further_than_the_reach() -> None:
    text = "a" * 5_000 + "HIT" + "b" * 5_000
    start = text.index("HIT")
    assert left_break(BREAK, text, start) == start - REACH
    assert right_break(BREAK, text, start + 3) == start + 3 + REACH
    assert bounds(text, start, start + 3) == (start - REACH, start + 3 + REACH)
    assert bounds("short", 1, 2) == (0, 5)


def test_a_notice_far_above_a_violation_does_not_excuse_it() -> None:
    notice = "质检提醒：禁止使用“保本”等说法。"
    chat = notice + "客户：好的。" * 200 + "销售：这款产品保本保息，您放心投。"
    hits = scan_text(chat).hits
    assert any(h.start > len(notice) and h.category == "guarantee" for h in hits)
    assert not scan_text(notice).hits  # the notice alone is a mention, not a use
