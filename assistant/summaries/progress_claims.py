"""Statements that describe, not move: a product's capability and a budget figure are no progress.

Progress is movement — an agreement, a concession, samples received, an approval, an order, with its
values. "DP-3 supports Turkish, no problem", "我们的设备支持远程监控" answer a question about the product,
and "The approved budget for this package is EUR 540,000" / "我们预算是八万" state a constraint (a need);
an accept word in them ("no problem", "approved") agrees to nothing. A clause that also accepts terms
("within budget, fine", "支持，价格就按五十二") still moves.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_CAPABILITY = lazy_re.compile(
    r"\b(?:supports?|is compatible with|are compatible with|comes? with|is equipped with|are equipped with"
    r"|has a built-in|have a built-in|can be set to|is available in|are available in)\b"
    r"|(?<!感谢)(?<!的)(?<!一直)(?<!技术)(?<!促销)支持(?!一下|下|您|你|我们|的)|兼容|自带|标配|可以?选配",
    re.I,
)
_BUDGET = lazy_re.compile(
    r"\bbudget\b[^.;!?]{0,40}?\b(?:is|of|at|was|stands at)\s*(?:[A-Z]{3}\s*|[$€£¥]\s*)?\d"
    r"|预算(?:是|为|有|在|大概|大约|只有|就|才|一共|总共|总计)*\s*(?:[\d一二两三四五六七八九十百千万]|人民币)",
    re.I,
)
_OUR_SPEC = lazy_re.compile(  # our word that the product meets a spec: "the HB-5 meets all of these", "符合国标"
    r"\bmeets\b(?! (?:on|next|then|in|at|every)\b)|\b(?:complies with|conforms to|(?:is|are) compliant with)\b|符合|满足",
    re.I,
)
_MOVES = lazy_re.compile(  # terms accepted, granted or closed in the same breath
    r"\bwithin (?:our |the )?budget\b|\b(?:in|under) budget\b|预算(?:之?内|范围内)|不超预算|没超预算|"
    r"\b(?:accept(?:ed|s)?|agreed?|deal|order(?:ed)?|sign(?:ed)?|free of charge|for free|discount)\b|"
    r"成交|同意|接受|定了|就定|下单|签(?:了|约)|免费|送|优惠|降到|让到|给到",
    re.I,
)


def claims_only(text: str, by: str = "unknown") -> bool:
    """Whether ``text`` only states a capability of the product or a budget figure, moving nothing.

    Args:
        text: The sentence of a progress item (its only quote).
        by: Who said it: our own word that the product meets a spec is a claim too; the customer's
            test result ("符合国标，这块没问题了") is an approval.

    Returns:
        True for "DP-3 supports Turkish, no problem" or "The budget is EUR 540,000"; False once the
        sentence also accepts, grants or orders something ("42 is within our budget, fine").
    """
    if _MOVES.search(text):
        return False
    ours = by == "we" and _OUR_SPEC.search(text)
    return bool(_CAPABILITY.search(text) or _BUDGET.search(text) or ours)
