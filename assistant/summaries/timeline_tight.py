"""A date said to be tight or out of reach: a timeline risk in plain words (issue 14).

"18号有点紧", "八月底装完，一点余量都没有", "十月一号肯定开不了业…投不了产", "That could be tight.",
"so delivery by 3 June is no longer possible", "otherwise we miss the summer window": either side says
the schedule has no slack or cannot be met. The word-list cue reads only "来不及"/"赶不上" and a date
"is tight"; these are the other ways it is said. Tight money ("现金流有点紧", "cash is tight", "预算比较紧")
is a credit matter, and a tight fit ("卡扣这次很紧") a quality one: neither is read here.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_TIGHT = lazy_re.compile(
    r"(?:有点|有些|偏|很|太|比较|非常|挺|特别|会)紧(?!急|固|凑型)|时间紧|压线(?<!冲压线)|(?:没有|没|一点)余量|余量都没|"
    r"卡着|太赶|赶不及|投不了产|开不了业|"
    r"\b(?:(?:that|it|this)(?:'s| is| could be| will be| would be| looks| seems)|is|are) (?:very |too |quite |really |pretty |"
    r"a bit |rather |extremely )?tight\b|\bno longer possible\b|\bcutting it (?:fine|close)\b|"
    r"\bmiss(?:es)? the (?:\w+ ){0,2}(?:window|deadline|season|slot|launch)\b",
    re.I,
)
_NOT_TIME = lazy_re.compile(
    r"资金|现金|钱|预算|账|回款|卡扣|扣子|螺丝|盖子|尺寸|"
    r"\b(?:cash|budget|money|bank|credit|funds?|finances?|fit|fits|lid|cap|seal|screw|grip)\b",
    re.I,
)


def tight_date(s: Sentence) -> bool:
    """Whether ``s`` says a date or schedule is tight or can no longer be met.

    Examples: "18号有点紧" → True; "That could be tight." → True; "现金流有点紧" → False;
    "the lid fit is tight" → False.
    """
    text = s.text
    return bool(_TIGHT.search(text)) and not _NOT_TIME.search(text)
