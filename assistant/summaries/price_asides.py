"""Figures in a customer's price line that are no price they ask for: a rival's, a difference, a threshold.

A customer's line naming a price is a need (their target, a ceiling, a price they would order at) unless
the figure is plainly someone else's or no price at all:

- a rival's quote: "a workshop in Porto quoted us EUR 9", "隔壁那家报2块9"; any quote said as such ("晨屹报价每瓦时0.95元",
  "Chenyi quoted SAR 11,500" in minutes): a quote is the seller's figure, the customer's target is asked of it;
- a difference or comparison: "still 6 dollars above the other quote", "well short of what we paid";
- an approval threshold: "anything over USD 50,000 goes to the board", "超过十万要走审批";
- our own figure read back or totalled: "your quote had the KT-2 at …", "价格还是三百一箱？", "Total USD …";
- an agreement to our figure: "that works for us, we accept …", "价格先按二十九块五".
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

ASIDE = lazy_re.compile(
    # a rival's quote
    r"\b(?:factory|supplier|maker|fabricator|competitor|vendor|manufacturer|workshop|mill|another company)\b"
    r"[^.;!?]{0,60}\b(?:quot\w*|offer\w*|can (?:build|make|do|supply)|sells?|charg\w*)\b|"
    r"\b(?:quoted|offered) (?:us|me)\b|(?:隔壁|别家|别的厂|其他厂家?|其他家|同行|人家|对面)[^，。；]{0,8}(?:报|卖|给|开)|"
    # a quote said in the third person, as minutes say ours: "晨屹报价每瓦时0.95元", "Chenyi quoted SAR 11,500"
    r"(?<=[\u4e00-\u9fff])(?<![们你您])报价(?:是|为)?\s*(?:每|\d)|原报|(?-i:[A-Z][a-z]+) (?:quoted|offered|reduced (?:it|the price) to)\b"
    r"(?![^;!?]{0,60}\b(?:we|I) (?:would|will|could|can)\b)|"
    # a difference or comparison
    r"\b(?:above|over|below|under|more than|less than|cheaper than|short of)\b[^.;!?]{0,25}"
    r"\b(?:quote|quotation|offer|we (?:actually )?paid|last (?:year|order))\b|"
    r"\bmore per (?:unit|piece|set)\b|"
    # an approval threshold
    r"\bgoes to (?:him|her|them|our|the)\b|\bneeds? (?:\w+ )?approval\b|审批|批复|"
    # our figure read back, a total, an agreement
    r"\byour (?:quote|quotation|offer|price)\b|你们[^，。]{0,4}报的|(?:还是|对吧|是吧|没错吧)[^。！]{0,12}[？?]\s*$|"
    r"^\W*(?:total|subtotal)\b|\b(?:that|this|it) works for us\b|\bincluded in\b|\b\w+'s (?:quote|offer|price)\b|"
    r"\bagreed to (?:supply|give|offer)\b|\bprices? for these\b|\ba credit of\b|^\s*>+[^，。]*报价|"
    # a figure agreed to go by: "价格先按二十九块五", "单价按12元执行"
    r"(?:先|就|单价|价格)按[^，。？?]{0,10}(?:执行|来|算|定)?",
    re.I,
)


def price_aside(text: str) -> bool:
    """Whether the figures of a customer's price line are someone else's, a difference or a threshold.

    Args:
        text: The line.

    Returns:
        True when the line names a rival's quote, a difference, an approval threshold, our figure read
        back or totalled, or agrees to our figure.
    """
    return bool(ASIDE.search(text))


__all__ = ["price_aside"]
