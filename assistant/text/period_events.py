"""Whether a period ("3天内", "within 5 days") counts from an event rather than from a known day.

"收到合同后3天内付定金", "审批通过后两周内签合同", "within 5 days of receipt" and "签完一周内付预付款" name no
date: the period starts when something happens, which :mod:`assistant.text.dates` cannot place on the
calendar. "两周内发货" said on its own counts from the day it was said and is a date.
"""

from __future__ import annotations

import re

_EVENT_BEFORE = re.compile(  # "收到合同后3天内", "收到PO我这边三天内", "审批通过后", "签完"
    r"(?:收到|到|签|确认|付|下单|发货|批准|批复|审批|(?:审批|评审|审核|验收|测试|试用|检测)通过|通过(?:审批|评审|审核|验收)|批下来|定下来|开完会)"
    r"[^，。,；;]{0,8}(?:后|以后|之后)$|收到[^，。,；;]{1,8}$|(?:签|付)(?:完|好)$"
)
_EVENT_AFTER = re.compile(
    r"^\s*(?:after|of|from|once) (?:the |(?:we|you|they|I) (?:have )?)?"
    r"(?:receiv|receipt|signing|signature|sign|deposit|payment|pay|order|get|approv|decision|vote)",
    re.I,
)


def after_event(text: str, m: re.Match[str]) -> bool:
    """Tell whether the period ``m`` found in ``text`` is counted from an event rather than a day."""
    return bool(
        _EVENT_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        or _EVENT_AFTER.search(text[m.end() : m.end() + 40])
    )
