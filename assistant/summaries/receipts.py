"""Whether a sentence reports that samples, documents or reports were received: movement, so progress.

"打样的色卡周二已经收到了", "The swatch cards came in yesterday; colours match" and "the audit report
was sent and received" say a deliverable reached the other side; a sales manager reads that as the deal
moving, whatever the sentence classifier labelled it. A receipt still awaited ("收到后开始备料",
"once we receive it", "还没收到") or asked about ("样品收到了吗？") is none.
"""

from __future__ import annotations

import re

from assistant.summaries.done_reports import NOT_YET
from assistant.text import lazy_re

_THING = lazy_re.compile(
    r"样品|样机|样板|样衣|样件|色卡|报告|证书|合同|资料|图纸|文件|意向书|订单|发票|"
    r"\b(?:samples?|swatch(?:es| cards?)?|reports?|certificates?|contracts?|drawings?|documents?|"
    r"(?:sample )?boxes|prototypes?|PO|invoices?|specs?|artwork|proofs?)\b",
    re.I,
)
_RECEIVED = lazy_re.compile(
    r"已经?(?:收到|签收|拿到)|(?:收到|签收|拿到)了|\b(?:(?:was|were|been|got|are|is) )?(?:received|arrived|came in|delivered)\b",
    re.I,
)
_AWAITED = lazy_re.compile(r"(?:收到|到货|拿到)(?:后|之后|以后)|[吗？?]|\b(?:after|until|before)\b", re.I)


_ASKED = lazy_re.compile(r"(?:收到|到)了?[吗吧][？?]?\s*$|\b(?:receive|get|arrive|reach)\b[^?]*\?\s*$", re.I)
_ANSWER = lazy_re.compile(r"^\s*(?:(?:yes|yep|yeah)\b[,!.]?\s*(?:we |they |it )?|是的?[，,]?\s*|都|已经?)?(?:收到了|到了|received|got (?:them|it)|(?:they |it )?(?:arrived|came))", re.I)


def reports_receipt(text: str, asked: str = "") -> bool:
    """Whether ``text`` says a sample, document or report was received ("样机上周五已经收到了").

    ``asked``: the other side's sentence before it; "收到了，上周五到的" answers "样机收到了吧？", so the
    thing received is named in the question.
    """
    if _ANSWER.match(text) and _THING.search(asked) and _ASKED.search(asked):
        return not NOT_YET.search(text)
    found = _RECEIVED.search(text)
    if not found or not _THING.search(text) or _AWAITED.search(text):
        return False
    return not NOT_YET.search(text)
