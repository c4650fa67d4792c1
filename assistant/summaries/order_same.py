"""Whether two counts of an order name one product (:mod:`~assistant.summaries.order_items`).

"480 AC-45 chairs" and "480 chairs" are one product; "10 office desks" and "200 office chairs" are two. A
thing fitted to another, in its own measure word, is another product ("增氧机72台", "…要配智能控制箱…12个").
"""

from __future__ import annotations

import re

from assistant.summaries.order_items import Line
from assistant.text import lazy_re

_FITTED = lazy_re.compile(r"配|附带|加装|带的")  # "增氧机要配智能控制箱": a second thing named with the first


def same_count(a: Line, b: Line) -> bool:
    """Whether two counts are of one product: a shared code, or one head noun and no modifier against it.

    "480 AC-45 chairs" and "480 chairs" are one product; "10 office desks" and "200 office chairs" are two,
    and so are "30 adult wetsuits" and "20 kids wetsuits". Chinese counts share a character pair, or say
    only the same measure word. Two counts of one sentence are never one product.
    """
    if a.at is b.at:
        return False
    if a.codes & b.codes:
        return True
    if a.codes and b.codes:
        return False
    if a.unit != b.unit and a.unit and b.unit and (_FITTED.search(a.name, 2) or _FITTED.search(b.name, 2)) and _zh_head(a.name) != _zh_head(b.name):
        return False  # "增氧机72台" and "增氧机要配智能控制箱…12个": another thing fitted to it, in its own measure word
    if a.head and b.head:
        mods_a, mods_b = a.words - {a.head}, b.words - {b.head}
        return a.head == b.head and (not mods_a or not mods_b or bool(mods_a & mods_b))
    if a.words & b.words:
        return True
    return bool(a.unit) and a.unit == b.unit and not a.words and not b.words


def _zh_head(name: str) -> str:
    """Return the last two Chinese characters of a product's name ("控制箱" → "制箱"; "冷藏柜" and "冷柜" differ)."""
    return "".join(re.findall(r"[\u4e00-\u9fff]", name))[-2:]
