"""Whether a part of a request only names its topic ("Horizon Trading - …", "恒嘉：…").

A request written as "<customer> - <question>" or "<customer>，<question>" is one question
about that customer, not a two-step request whose first step is the customer's profile: the
part before the separator names records and nothing else.
"""

from __future__ import annotations

import re

from assistant.agents.offline.entities import Mentions

_LEGAL = re.compile(
    r"\b(?:inc|ltd|ltda|llc|plc|gmbh|sarl|b\.?v|k\.?k|pvt|s\.?a\.?(?: de c\.?v\.?)?|co\.?,? ltd|co)\b\.?|有限公司|公司|集团",
    re.I,
)
_FILLER = re.compile(
    r"[\s\-–—:：,，;；.。!！?？'\"“”‘’()（）]+|\b(?:re|about|regarding|for|on|the|customer|client|account|acct)\b|关于|客户|那家|这家",
    re.I,
)


def topic_only(text: str, mentions: Mentions) -> bool:
    """Return True when ``text`` names only customers (their legal suffixes and filler aside).

    Args:
        text: One part of a request (before a separator).
        mentions: What the gazetteer found in ``text`` (its spans are removed).
    """
    if not mentions.customers or not mentions.spans:
        return False
    rest = text
    for start, end in sorted(mentions.spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = _FILLER.sub(" ", _LEGAL.sub(" ", rest))
    return not rest.strip()
