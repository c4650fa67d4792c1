"""Needs said inside a risk: the customer's own term, budget, date or document, stated as a requirement.

"我们集团统一是票到九十天" is a credit risk and the payment terms the customer needs; "没有{cert}的
货进不了商超" is a certification risk and the certificate they need; "our ceiling is 7.50, you are at
8.10" is a price gap and the target price. The classifier gives such a clause one label (the risk),
so the need was lost (dev, spent summaries_blind…blind10: such clauses were most of the missed needs
on payment terms, target prices, dates and certificates). A customer's clause labelled as one of
these risks also states a need when it names what they require: a figure (price, days, date) or a
requirement word. Payment terms are the exception since summaries_blind16: the customer's term is filed
as the credit risk only, so :mod:`assistant.summaries.payment_terms` drops those needs again.
"""

from __future__ import annotations

import re

from assistant.summaries.lexicon import NEED_CUE
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

NEED_RISKS = ("certification", "credit", "timeline", "price_gap")
_REQUIRE = lazy_re.compile(
    r"预算|最多|顶多|目标|心里价|要求|必须|务须|须(?:在|要|先|有|提供|满足|符合)|得(?:在|要|先|有)|一定要|要有|要到|前要|"
    r"统一是|只能|不能(?:超过|晚于|迟于|低于|高于|少于|多于|没有|缺)|没有.{0,12}(?:不能|进不了|上不了)|"
    r"\b(?:target|budget|ceiling|need|needs|want|wants|must|require[sd]?|insist[s]?|asked for|could we|can (?:u|you)|"
    r"have to|has to|expects?|at most|no more than|instead of)\b",
    re.I,
)
FIGURE = lazy_re.compile(r"\d|[一二两三四五六七八九十百千万]{2,}")  # a figure in digits or Chinese numerals


def risk_states_need(s: Sentence, kind: str, party: str) -> bool:
    """Whether the customer's clause ``s``, labelled as risk ``kind``, also states what they require."""
    if party == "we" or kind not in NEED_RISKS:
        return False
    if kind == "price_gap" and not FIGURE.search(s.text):
        return False  # "还是太贵了" names no target
    return bool(_REQUIRE.search(s.text) or NEED_CUE.search(s.text))


_OBJECTION = lazy_re.compile(
    r"还是(?:高|贵)|偏高|太贵|贵了|太高|(?<![提升])高了|超(?:出|了|过)?预算|高于预算|比(?:我们|我)?(?:想的|预期的?|预想的)(?:还)?(?:高|贵)|"
    r"差(?:得)?太多|差太远|\b(?:still|too) (?:high|expensive|steep)\b|\b(?:over|above) (?:(?:our|my|the) )?budget\b",
    re.I,
)


def price_objection(s: Sentence) -> bool:
    """Whether ``s`` objects to a price without naming what the customer would pay ("52还是高").

    A price gap, not a need (dev, spent summaries_blind…blind10: 8 such needs, none expected); a
    clause that also names a target ("太贵了，我们预算三十二") keeps its need.
    """
    if not _OBJECTION.search(s.text) or not _PRICE_WORD.search(s.text):  # "不良率太高了" is no price objection
        return False
    rest = _OVER_BUDGET.sub("", s.text)  # "6.7超预算了" objects; "预算三十二" names the target
    return not re.search(r"预算|最多|顶多|目标|只能|\b(?:target|budget of|at most|can pay|need)\b", rest, re.I)


_PRICE_WORD = lazy_re.compile(
    r"价|贵|预算|钱|费|成本|\d|[一二两三四五六七八九十]+(?:块|元|毛|万)|\b(?:price\w*|cost\w*|quote\w*|expensive|budget|"
    r"rate|fee|\$|usd|eur|gbp)\b|[$€£¥]",
    re.I,
)
_OVER_BUDGET = lazy_re.compile(r"超(?:出|了|过)?预算|高于预算|\b(?:over|above) (?:(?:our|my|the) )?budget\b", re.I)
