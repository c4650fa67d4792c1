"""An order line said as the thing, then its count: "烘干机四台，烫平机一台", "切菜机VC-300两台".

A chat often lists what the customer wants with no verb at all; the count follows the thing's name and
ends the entry. Such a count is ordered even when small ("一台" after a machine is no "a"), and the
line is a need however the sentence classifier read it. A count before its noun ("两个样品") or after a
verb ("坏了两台") is no such line.
"""

from __future__ import annotations

import re

# the end of a thing's name: a device word or a model code
THING_END = r"(?:[机器柜车炉床架灯泵锁桌椅箱屏仪秤罐锅台盘阀]|[A-Za-z]+-?\d+[A-Za-z]?)"
LINE_END = r"(?=$|[，,、；;。.！!\s）)]|的)"
THING_COUNT = re.compile(THING_END + r"[一两二三四五六七八九十\d]+[台套个只把张条件辆]" + LINE_END)


def lists_things(text: str) -> bool:
    """Whether ``text`` holds an order line: a thing's name, then its count ("冷柜两个，收银台一个")."""
    return bool(THING_COUNT.search(text))


_NAMED = re.compile(r"([\u4e00-\u9fff]{0,5}" + THING_END + r")(?:还?要|需要|得要)?[一两二三四五六七八九十\d]+[台套个只把张条件辆]" + LINE_END)
_LEAD = re.compile(r"^(?:还要|还有|另外|再要|再来|我们要|要|和|跟|以及|加上?|其中)")


def thing_name(text: str) -> str | None:
    """Return the name of the first thing a line counts: "烘干机四台" → "烘干机", "切菜机VC-300要两台" → "切菜机VC-300"."""
    m = _NAMED.search(text)
    return _LEAD.sub("", m.group(1)) or None if m else None
