"""A meeting's closing recap restates; it adds no need of its own.

Long meetings and calls often end with a recap: "会议小结（…整理）：", "总结一下：", "七、确认事项与下一步",
"Action items", "Summary:", "To sum up:". Its lines repeat what was said (our layout "两排…共192个车位",
the customer's "运行噪音不超过五十五分贝", the terms "客户要求10/60/30") or list who does what next.
A need read from such a line is a second copy of a need stated in the talk, or our own plan filed as
theirs; when the recap sits inside the last speaker's turn, it is even filed under that speaker. The
needs are where the customer said them. A recap starts at a heading line (or a speaker's line ending
in such a heading) in the second half of the conversation and runs to the next blank line, the next
turn (a line under a speaker label used at least twice before the recap, or a chat header ending in a
time: "孟莉 2031-04-02 09:30") or the end: a chat with no blank lines goes on after its recap. A speaker's
line that is an action item ("Ben: send the revised quote by Friday", "张伟：周五前确认五百把椅子")
continues the recap: minutes list their actions under the names of those who spoke.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.summaries.schema import Need
from assistant.text import lazy_re

_HEADING = lazy_re.compile(
    r"(?:^|[：:。！!，,][ \t]*)(?:(?:第?[一二三四五六七八九十]{1,3}|\d{1,2})[、.．)][ \t]*)?"
    r"(?:会议|会后|今天)?(?:小结|总结(?:一下)?|纪要|确认事项(?:与下一步|和下一步)?|行动项|待办(?:事项)?|"
    r"(?:summary|recap|to sum up|to summari[sz]e|action (?:items|points|list)|agreed actions|actions(?: agreed)?|"
    r"next steps)"
    r"(?:\s+(?:and|&)\s+next steps)?)"
    r"[ \t]*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*[：:]?[ \t]*$",
    re.I | re.M,
)
# the recap is in the closing part of the conversation: its heading starts after this share of the text
RECAP_FROM = 0.5
_LABEL = lazy_re.compile(
    r"^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*)?(?P<who>[^\s:：\d\-•*·、.][^:：\n]{0,23}?)[ \t]*[：:]",
    re.M,
)
_STAMP = lazy_re.compile(  # a chat header: a name, a date and a time ("孟莉 2031-04-02 09:30"), not "二、下次会议：3月5日 10:00"
    r"^[^\n:：,，。;；]{0,40}?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[ \t]+(?:上午|下午|晚上)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$",
    re.M,
)
_ACTION_EN = lazy_re.compile(  # "confirm the 500 oak chairs by Friday", "to send the drawings"
    r"^(?:[-•*·]\s*)?(?:to\s+)?(?:confirm|send|share|provide|prepare|check|arrange|book|update|follow up|call|email|"
    r"draft|review|deliver|ship|sign|schedule|organi[sz]e|visit|get|finali[sz]e|submit|order|place|issue|quote|"
    r"circulate|revise|agree|approve|contact|complete|return|test|install|set up|forward|raise|chase)\b",
    re.I,
)
_ACTION_ZH = lazy_re.compile(
    r"^(?:[-•*·]\s*)?[^，,。；;！!？?]{0,14}?(?:确认|发给?|提供|安排|准备|跟进|寄|报给?|出具|签|联系|负责|落实|核|对接|"
    r"完成|提交|更新|整理|回复)"
)
_CHAT = lazy_re.compile(r"我|？|\?|吗|吧|啊|呢")  # a remark in the talk, not an action item
SPEAKS = 2  # a label used this many times before the recap is a speaker's ("价格：" in a recap line is none)


def _action(body: str) -> bool:
    """Whether a labelled line's text is an action item ("send the revised quote by Friday")."""
    body = body.strip()
    if not body or len(body) > 120:
        return False
    if _ACTION_EN.match(body):
        return True
    return bool(_ACTION_ZH.match(body)) and len(body) <= 60 and not _CHAT.search(body)


def _turn_after(source: str, start: int, before: int) -> int | None:
    """Return where the first new turn after ``start`` begins: a known speaker's remark or a chat header."""
    said = Counter(m.group("who").strip() for m in _LABEL.finditer(source, 0, before))
    speakers = {w for w, n in said.items() if n >= SPEAKS}
    at = source.find("\n", start)
    while at != -1:
        nxt = source.find("\n", at + 1)
        line = source[at + 1 : nxt if nxt != -1 else len(source)]
        label = _LABEL.match(line)
        if _STAMP.match(line):
            return at + 1
        if label and label.group("who").strip() in speakers and not _action(line[label.end() :]):
            return at + 1
        at = nxt
    return None


def recap_spans(source: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the closing recaps of ``source`` (heading to blank line, new turn or end)."""
    spans = []
    for m in _HEADING.finditer(source):
        line_start = source.rfind("\n", 0, m.start()) + 1
        if line_start < RECAP_FROM * len(source):
            continue
        blank = re.search(r"\n\s*\n", source[m.end() :])
        end = m.end() + blank.start() if blank else len(source)
        turn = _turn_after(source, m.end(), line_start)
        spans.append((line_start, min(end, turn) if turn is not None else end))
    return spans


def drop_recap_needs(needs: list[Need], source: str) -> list[Need]:
    """Drop the needs every quote of which lies in a closing recap of ``source``.

    Args:
        needs: The summary's needs.
        source: The conversation text the quotes index into.

    Returns:
        The needs left, in order.
    """
    spans = recap_spans(source)
    if not spans:
        return needs

    def in_recap(start: int) -> bool:
        return any(a <= start < b for a, b in spans)

    return [n for n in needs if not n.quotes or not all(in_recap(q.start) for q in n.quotes)]
