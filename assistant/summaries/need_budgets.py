"""A budget stated with its figure is a need: "这个项目的预算是三百万", "our budget for the racks is USD 9,000".

The sentence classifier often reads the customer's budget as a plain statement (no label), because
it names no product and asks nothing in so many words; the budget was then a need only when our
price stood beside it as a gap. The customer's budget with a figure is what they can pay: a need of
its own (topic ``price``), whether or not another price is on the table. An objection that a price is
over the budget ("超预算十万", "比预算高", "above our budget") is a price gap, not a budget stated.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_FIGURE = r"[\d一二两三四五六七八九十]"
_BUDGET = lazy_re.compile(
    rf"预算(?:是|为|在|就|只有|大概|一共|总共|批到|卡在|控制在|定在|还是|最多)?(?:每[台套把个张件]|总共|一共)?\s*{_FIGURE}|"
    r"\bbudget\b[^.;!?]{0,50}?\b(?:is|of|was|at|about|around)\b[^.;!?]{0,25}?(?:[$€£¥]|USD|EUR|GBP|NZD|AUD|CAD|\d)|"
    r"\bbudgeted\s+(?:about\s+|around\s+)?[$€£¥]?\d",
    re.I,
)
_OVER = lazy_re.compile(
    r"超(?:出|过)?了?(?:我们的?)?预算|比(?:我们的?)?预算|预算.{0,4}(?:高|超|差)|"
    r"\b(?:above|over|exceeds?|beyond|more than)\b[^.;!?]{0,20}\bbudget",
    re.I,
)


def states_budget(text: str) -> bool:
    """Whether ``text`` states a budget with its figure and does not object that a price is over it.

    Args:
        text: The sentence.

    Returns:
        True for "我们这批设备预算是六十万" or "our budget is GBP 12 a unit"; False for "超预算八万" or
        "that is still over our budget".
    """
    return bool(_BUDGET.search(text)) and not _OVER.search(text)
