"""An order line said as the thing, then its count: "压缩机两台，冷凝器一台", "展示柜DC-12三台".

A chat often lists what the customer wants with no verb at all; the count follows the thing's name and
ends the entry. Such a count is ordered even when small ("一台" after a machine is no "a"), and the
line is a need however the sentence classifier read it. Not such a line: a count before its noun
("两个样品"), after a verb ("坏了两台"), a packing unit ("每箱两个", "20尺柜200台"), equipment the
customer has or bought ("现在有洗衣机三台", "去年买的压缩机四台"), or people ("司机一个").
"""

from __future__ import annotations

import re

# the end of a thing's name: a device word or a model code
THING_END = r"(?:(?<!司)[机器柜车炉床架灯泵锁桌椅屏仪秤罐锅台阀]|(?<![A-Za-z])[A-Za-z]{1,12}-?\d{1,6}[A-Za-z]?)"
LINE_END = r"(?=$|[，,、；;。.！!\s）)]|的)"
_COUNT = r"[一两二三四五六七八九十\d]+[台套个只把张条件辆]"
THING_COUNT = re.compile(THING_END + rf"(?P<n>{_COUNT})" + LINE_END)
_THING_BEFORE = re.compile(THING_END + "$")
_ENDS_LINE = re.compile(LINE_END)
_NOT_ORDERED = re.compile(  # a packing unit, or what the customer has or bought, before the thing
    r"每[^，,。；;]{0,3}$|[尺货整高]柜$|(?:(?<!还)有|坏了?)[^，,。；;]{0,8}$|(?:现(?:在)?有|去年|以前|之前|买的)[^。；;！!？?]{0,30}$"
)
_NAME_CHAR = r"(?![要需订定了有买的是这那把给还先想次后求每现再来和跟及与或在])[\u4e00-\u9fff]"
_NAMED = re.compile(rf"((?:{_NAME_CHAR}){{0,5}}{THING_END})(?:还?要|需要|得要)?{_COUNT}{LINE_END}")


def ordered_after_thing(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` follows a thing's name and ends an order line's entry."""
    before = text[max(0, start - 40) : start]
    return bool(_THING_BEFORE.search(before) and _ENDS_LINE.match(text, end)) and not _NOT_ORDERED.search(before)


def lists_things(text: str) -> bool:
    """Whether ``text`` holds an order line: a thing's name, then its count ("冷柜两个，收银台一个")."""
    return any(ordered_after_thing(text, m.start("n"), m.end()) for m in THING_COUNT.finditer(text))


def thing_name(text: str) -> str | None:
    """Return the name of the first thing a line counts: "压缩机两台" → "压缩机", "展示柜DC-12要三台" → "展示柜DC-12"."""
    for m in _NAMED.finditer(text):
        if len(m.group(1)) > 1 and not _NOT_ORDERED.search(text[max(0, m.end(1) - 40) : m.end(1)]):
            return re.sub(r"^(?:另外|其中|以及|外加)", "", m.group(1))  # not "柜" of "每柜500台"
    return None
