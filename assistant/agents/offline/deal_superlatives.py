"""Questions about the largest open deal ("我手上最大的一单", "her biggest deal"): the pipeline answers them.

Without a customer named, "最大的那一单" / "biggest deal" is about the asker's (or a named rep's)
open deals, not their sales figures or a customer's orders; ``pipeline_status`` names the largest
open deal in scope (its id, customer and amount), so :func:`asks_biggest_deal` redirects there. Likewise "谁手上在跟的商机最多" (:func:`asks_most_open`):
the pipeline of a team carries each rep's open count.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_BIGGEST = lazy_re.compile(
    r"(?:最大|金额最高|金额最大|最值钱|最肥|体量最大)的?(?:那|一|个)*(?:笔|个)?(?:单子?|商机|机会)(?![货品])|"
    r"(?:单子?|商机)(?:里|中|当中)?(?:金额)?最大的?(?:是|那)|"
    r"\b(?:biggest|largest|top|most valuable|highest[- ]value)\s+(?:open\s+)?(?:deals?|opportunit(?:y|ies)|opps?)\b",
    re.I,
)
_MOST_OPEN = lazy_re.compile(  # "谁手上在跟的商机最多" / "which rep sits on the most open deals"
    r"(?:在跟|在手|手上|手里|手头|未成交|没关|没成交|进行中)的?(?:单子?|商机|机会).{0,4}(?:最多|最少)|"
    r"\b(?:most|fewest) (?:open|active|live) (?:deals|opportunities|opps)\b|"
    r"\b(?:most|fewest) (?:deals|opportunities|opps) (?:open|in (?:the |their |his |her )?pipeline)\b",
    re.I,
)
_ORDERS = lazy_re.compile(r"订单|采购|进货|下的单|买|\b(?:orders?|purchases?|bought)\b", re.I)


def asks_biggest_deal(text: str) -> bool:
    """Whether ``text`` asks which open deal is the largest (not which order or which rep sold most)."""
    return bool(_BIGGEST.search(text)) and not _ORDERS.search(text)


def asks_most_open(text: str) -> bool:
    """Whether ``text`` asks which rep has the most (or fewest) open deals: the pipeline's per-rep counts."""
    return bool(_MOST_OPEN.search(text))
