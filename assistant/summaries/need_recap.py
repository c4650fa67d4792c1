"""A meeting's closing recap restates; it adds no need of its own.

Long meetings and calls often end with a recap: "会议小结（…整理）：", "总结一下：", "七、确认事项与下一步",
"Action items", "Summary:", "To sum up:". Its lines repeat what was said (our layout "两排…共192个车位",
the customer's "运行噪音不超过五十五分贝", the terms "客户要求10/60/30") or list who does what next.
A need read from such a line is a second copy of a need stated in the talk, or our own plan filed as
theirs; when the recap sits inside the last speaker's turn, it is even filed under that speaker. The
needs are where the customer said them. A recap starts at a heading line (or a speaker's line ending
in such a heading) in the second half of the conversation and runs to the next blank line or the end.
"""

from __future__ import annotations

import re

from assistant.summaries.schema import Need
from assistant.text import lazy_re

_HEADING = lazy_re.compile(
    r"(?:^|[：:。！!，,][ \t]*)(?:(?:第?[一二三四五六七八九十]{1,3}|\d{1,2})[、.．)][ \t]*)?"
    r"(?:会议|会后|今天)?(?:小结|总结(?:一下)?|纪要|确认事项(?:与下一步|和下一步)?|行动项|待办(?:事项)?|"
    r"(?:summary|recap|to sum up|to summari[sz]e|action items|agreed actions|actions(?: agreed)?)"
    r"(?:\s+(?:and|&)\s+next steps)?)"
    r"[ \t]*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*[：:]?[ \t]*$",
    re.I | re.M,
)
# the recap is in the closing part of the conversation: its heading starts after this share of the text
RECAP_FROM = 0.5


def recap_spans(source: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the closing recaps of ``source`` (heading to blank line or end)."""
    spans = []
    for m in _HEADING.finditer(source):
        line_start = source.rfind("\n", 0, m.start()) + 1
        if line_start < RECAP_FROM * len(source):
            continue
        blank = re.search(r"\n\s*\n", source[m.end() :])
        spans.append((line_start, m.end() + blank.start() if blank else len(source)))
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
