"""Terms agreed, not asked: a need-labelled clause that accepts a figure or a term is an agreement.

"付款就按三成定金、尾款见提单，这个没问题", "45 days is acceptable": the classifier sees payment
terms, a price or a quantity and says "need"; the accept word makes it the point where the two sides
agree (issue 14: agreed terms are progress, not needs). A refusal ("还是高", "not acceptable"), a
question, or a condition ("能接受的前提是…", "if you can do 0.35 …") keeps it what it was.
"""

from __future__ import annotations

import re

from assistant.summaries.acceptance import ACCEPT, FIGURE, REFUSE
from assistant.summaries.evidence import is_question
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_CONDITION = lazy_re.compile(
    r"前提|如果|要是|只要|的话|除非|\b(?:if|provided|as long as|unless|only when)\b", re.I
)
_TERM = lazy_re.compile(
    r"价|定金|尾款|账期|月结|付款|交期|质保|运费|包装|数量|含税|"
    r"\b(?:price|deposit|balance|terms?|days|payment|warranty|freight|delivery|packaging|quantity|FOB|DDP|CIF)\b",
    re.I,
)

# what is still required or still to decide, beside an accept word ("颜色可以，我们要的是哑光黑",
# "能接受的上限是800", "行，包装必须是…", "ok so we want …", "数量我们下周五前定"): a need, not agreed terms
_REQUIRES = lazy_re.compile(
    r"要的是|上限|下限|必须|一定要|(?:前|之前)定|\b(?:we|I) (?:want|need)\b|\bmust\b|\b(?:has|have) to\b", re.I
)


def agrees_terms(s: Sentence) -> bool:
    """Whether ``s`` accepts a figure or a named term rather than asking for it."""
    text = s.text
    if is_question(s) or REFUSE.search(text) or _CONDITION.search(text) or _REQUIRES.search(text):
        return False
    if not ACCEPT.search(text):
        return False
    return bool(FIGURE.search(text) or _TERM.search(text))
