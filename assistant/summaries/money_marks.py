"""Whether a figure is said as money: a currency code or sign before it, or a money word after it.

"over NZD 3 million", "A$ 2 million", "4 million rand", "3万元": such a figure is an amount, never a
count of items, whatever noun follows in the sentence. The amount finder of
:mod:`assistant.summaries.numbers` knows only a few currencies; the count readers ask this module
before they take a figure as a count.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

CODES = (  # ISO codes said before an amount; risk_thresholds reads the same list
    "USD|EUR|GBP|RMB|CNY|ZAR|AUD|NZD|CAD|HKD|SGD|JPY|INR|AED|SAR|QAR|KWD|CHF|MXN|BRL|KRW|THB|MYR|IDR|"
    "VND|PHP|TRY|RUB|PLN|SEK|NOK|DKK|CZK|HUF|ILS|EGP|NGN|KES|TWD"
)
_BEFORE = lazy_re.compile(rf"(?:(?<![A-Za-z])(?-i:{CODES})|[A-Z]{{0,3}}[$€¥￥£₹]|\bRs\.?)\s?$", re.I)
_AFTER = lazy_re.compile(
    r"^\s?(?:(?:million|mn|thousand|k|bn|billion)\s+)?(?:rand|dollars?|euros?|pounds? sterling|yuan|rmb|usd|eur|"
    r"bucks|yen|rupees?|dirhams?|riyals?|pesos?|reais|won(?!['’]t)|baht|ringgit)\b|^\s?(?:万元|元|美元|欧元|块)",
    re.I,
)


def is_money(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is written as money ("ZAR 5 million", "4 million rand").

    Args:
        text: The sentence.
        start: Where the figure begins.
        end: Where the figure (with its "million", if any) ends.
    """
    return bool(_BEFORE.search(text[max(0, start - 8) : start]) or _AFTER.match(text[end : end + 24]))
