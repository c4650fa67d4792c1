"""The customer reports defects in the goods they received: the quality risk of a complaint (issue 14).

"开箱一看有十几个盘子边上崩了口", "上次那批剪刀有几把刃口生锈", "37 jars have cracked lids" state how
many (or that several) of the goods are damaged. The classifier often reads such a report as a delivery
(done) or a requirement (need) because it names goods and numbers; it is the complaint's point. A
specification ("边缘不能有毛刺"), a request ("make sure none are bent"), a negated defect ("no cracks at
all") and a note that photos are attached are none of it, and our own words are an explanation.
"""

from __future__ import annotations

import re

from assistant.summaries.noise import attachment_note
from assistant.summaries.owners import party_of
from assistant.summaries.risk_negation import clause_edges
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_DEFECT = lazy_re.compile(
    r"破损|破了|碎了|裂了|开裂|裂纹|崩口|崩了|缺口|磕坏|磕碰|划痕|刮花|刮手|毛刺|变形|生锈|锈了|掉漆|起泡|漏水|漏气|渗水|"
    r"发霉|受潮|色差|掉色|褪色|异味|开胶|松动|断了|坏了|不亮|卡死|次品|瑕疵|频闪|闪烁|"
    r"\b(?:chipped|cracked|broken|damaged|dented|scratched|bent|warped|rust(?:y|ed)|leak(?:s|ing|ed)|mou?ldy|faded|"
    r"peeling|burrs?|sharp edges|defective|faulty|stained|torn|crushed|dead on arrival|won'?t (?:switch|turn) on|"
    r"flicker(?:s|ing|ed)?|cutting out|stuck|sticking|stopped working|cracks|crazing|scratches|dents)\b",
    re.I,
)
_HOW_MANY = lazy_re.compile(
    r"\d|[一二两三四五六七八九十百]+[个件只台套把箱块张条盏片支双]|几[个件只台套把箱块张条盏片支双]|好几|十几|二十几|不少|一部分|一些|"
    r"\b(?:several|some|a few|a number|many|most|half|a third|dozens?|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)
_NOT_A_REPORT = lazy_re.compile(  # a specification or a request, not what arrived
    r"不能|不许|不要有|不得|要求|确保|保证|写清楚|写明|写进|能不能|能否|可以.{0,6}吗|麻烦|\b(?:must not|mustn'?t|make sure|ensure|"
    r"please|can you|could you|would you|should(?:n'?t)? be|if any|in case|stops?|prevents?|resists?|resistant|proof|"
    r"against)\b|防",
    re.I,
)
_NEGATOR = lazy_re.compile(r"没|无|不|未|\b(?:no|not|none|nothing|never|without|free of|zero)\b", re.I)
_ELSEWHERE = lazy_re.compile(  # another supplier's goods, or a defect that might happen
    r"上一家|另一家|别家|其他供应商|之前的供应商|便宜货|万一|如果|要是|坏了(?:能|可以|就)|"
    r"\b(?:(?:another|other|previous|former|old|last|local) (?:vendor|supplier|factory|company|maker)|if|in case|when)\b",
    re.I,
)


def _unnegated(text: str) -> bool:
    """Whether some defect word of ``text`` has no negator before it in its clause ("一个都没有崩口": none)."""
    return any(
        not any(_NEGATOR.search(edge) for edge in clause_edges(text, m.start(), m.end()))
        for m in _DEFECT.finditer(text)
    )


def defect_report(s: Sentence) -> bool:
    """Whether ``s`` is the customer's report that some of the goods are defective.

    Examples: "We unpacked the pallets and 37 jars have cracked lids" → True; "a few of the frames
    arrived bent" → True; "边缘不能有毛刺" → False; "the lids look fine, no cracks at all" → False.
    """
    text = s.text
    if party_of(s) == "we" or attachment_note(text) or not _DEFECT.search(text):
        return False
    if not _HOW_MANY.search(text) or _NOT_A_REPORT.search(text) or _ELSEWHERE.search(text):
        return False
    return _unnegated(text)
