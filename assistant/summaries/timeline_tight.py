"""A date said to be tight or out of reach: a timeline risk in plain words (issue 14).

"18号有点紧", "八月底装完，一点余量都没有", "十月一号肯定开不了业…投不了产", "That could be tight.",
"so delivery by 3 June is no longer possible", "otherwise we miss the summer window": either side says
the schedule has no slack or cannot be met. The word-list cue reads only "来不及"/"赶不上" and a date
"is tight"; these are the other ways it is said. Tight money ("现金流有点紧", "cash is tight", "预算比较紧")
is a credit matter, and a tight fit ("卡扣这次很紧") a quality one: neither is read here. "Tight" is a date's
only with a word of time in its own clause ("10号有点紧", "时间会很紧", "the 20th is very tight", "three weeks
is tight") or as a bare reply ("That could be tight.", "then it's tight"): a tight bolt, tolerance, space,
crew or supply ("螺栓要拧得很紧", "公差要求很紧", "Labour is tight") names no time and is none of it.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_TIGHT = lazy_re.compile(  # "紧"/"tight": a date's only with a word of time in its clause, or said bare
    r"(?:有点|有些|偏|很|太|比较|非常|挺|特别|会)紧(?!急|固|凑型)|时间紧|"
    r"\b(?:(?:that|it|this)(?:'s| is| could be| will be| would be| looks| seems)|is|are) (?:very |too |quite |really |pretty |"
    r"a bit |rather |extremely )?tight\b",
    re.I,
)
_MISSED = lazy_re.compile(  # no slack or out of reach: a date's in any words
    r"压线(?<!冲压线)|(?:没有|没|一点)余量|余量都没|卡着|太赶|赶不及|投不了产|开不了业|"
    r"\bno longer possible\b|\bcutting it (?:fine|close)\b|\bmiss(?:es)? the (?:\w+ ){0,2}(?:window|deadline|season|slot|launch)\b",
    re.I,
)
_CLAUSE = lazy_re.compile(r"[^，,；;。:：!！?？]+")
_TIME = lazy_re.compile(
    r"\d\s*[号日月周天年]|[号日月周天年底初旬]|时间|交期|工期|货期|排期|排产|日子|期限|节前|春节|五一|国庆|礼拜|星期|\d前|"
    r"\b(?:deadline|schedule\w*|lead ?times?|timeline|timing|weeks?|days?|months?|dates?|window|season|launch|deliver\w*|"
    r"today|tomorrow|friday|monday|tuesday|wednesday|thursday|saturday|sunday|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|"
    r"october|november|december|\d+(?:st|nd|rd|th))\b",
    re.I,
)
_BARE = lazy_re.compile(  # "That could be tight.", "then it's tight": a reply to a date just said
    r"^\s*(?:(?:then|so|but|and|yes|yeah|hmm|well|honestly|ok|okay)\s+)*(?:that|it|this)(?:'s| is| could be| will be| would be|"
    r" might be| looks| seems)\s+(?:\w+\s+)?tight(?:\s+but\s+doable)?[\s.!]*$",
    re.I,
)
_NOT_TIME = lazy_re.compile(
    r"资金|现金|钱|预算|账|回款|卡扣|扣子|螺丝|螺栓|盖子|尺寸|公差|手头|人手|货源|库存|拧|封口|"
    r"\b(?:cash|budget|money|bank|credit|funds?|finances?|fit|fits|lid|cap|seal|screw|grip|box|barely clos\w+|tolerances?|"
    r"labou?r|staff|supply|stock|warehouse|space|room|market)\b",
    re.I,
)


def tight_date(s: Sentence) -> bool:
    """Whether ``s`` says a date or schedule is tight or can no longer be met.

    Examples: "18号有点紧" → True; "That could be tight." → True; "现金流有点紧" → False;
    "the lid fit is tight" → False; "螺栓要拧得比较紧" → False.
    """
    text = s.text
    if _NOT_TIME.search(text):
        return False
    if _MISSED.search(text):
        return True
    clauses = [c.group(0) for c in _CLAUSE.finditer(text) if _TIGHT.search(c.group(0))]
    return any(_TIME.search(c) or _BARE.search(c) for c in clauses)
