"""What a chat summary's reply must not drop: its key figures and the points the chat left open.

:func:`key_facts_view` lists a summary's quantities, amounts and dates, each with the sentence it
came from (the words "月底", "Jan 15", "下周三前" a resolved date hides). :func:`open_points`
finds the utterances of the pasted text that leave something unsettled ("价格还要再谈",
"payment terms are still open", "let me check with my boss"), so the reply can list them even
when no summary item quotes them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from assistant.text import lazy_re

if TYPE_CHECKING:
    from assistant.summaries import SalesSummary

MAX_OPEN = 4
_SHOWN_KINDS = ("quantity", "amount", "percentage", "date")
OPEN = lazy_re.compile(
    r"再谈|再聊|再商量|再议|再定|(?:回头|以后|之后|后面|到时候?|改天|下次|下周|明天|过两天|过几天)再(?:说|看)|"
    r"(?:价格|价钱|单价|交期|货期|付款|账期|数量|颜色|包装|细节|合同|条款|这个|这事|这件事)[^，。,]{0,3}再(?:说|看)|"
    r"再说吧|再看吧|看情况再|待定|还没定|没定下|未定|待确认|再确认|还要确认|还得确认|有待|还不确定|还没确定|"
    r"考虑一下|考虑考虑|请示|商量一下|问问(?:老板|领导|上面)|还没(?:谈|定|确认|决定)|"
    r"\bstill (?:open|pending|unclear|to be \w+|need(?:s)? to (?:agree|confirm|decide|discuss|settle))\b|"
    r"\bto be (?:confirmed|agreed|decided|discussed|settled)\b|\b(?:TBD|TBC)\b|"
    r"\bnot (?:yet )?(?:decided|agreed|settled|confirmed|final)\b|\bundecided\b|\bopen (?:question|point|issue)s?\b|"
    r"\b(?:check|talk|speak) (?:with|to) (?:my|our) (?:boss|manager|team|director|finance)\b|\blet me (?:check|think)\b|"
    r"\bneed(?:s)? to (?:discuss|think|negotiate)\b",
    re.I,
)
_TIME = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*)?[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*"  # "10:30", "[2026-11-30 10:30:05]"
_SPEAKER = lazy_re.compile(rf"^\s*(?:\[?(?:{_TIME}))?(?!\d{{1,2}}:\d)[^:：\n]{{1,24}}[:：]\s*")  # "客户(成诚 刘经理)：", "Buyer:"
_SENTENCE_END = lazy_re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+")


def key_facts_view(summary: SalesSummary) -> list[dict[str, Any]]:
    """Return the summary's quantities, amounts, percentages and dates with the sentence each came from."""
    out: list[dict[str, Any]] = []
    for f in summary.key_facts:
        if f.kind not in _SHOWN_KINDS:
            continue
        quote = f.quotes[0].text.strip() if f.quotes else ""
        out.append(
            {"kind": f.kind, "value": f.value, "date": f.date.isoformat() if f.date else None, "quote": quote}
        )
    return out


def open_points(text: str) -> list[str]:
    """Return the utterances of ``text`` that leave something unsettled, in order (at most :data:`MAX_OPEN`)."""
    found: list[str] = []
    for line in text.splitlines():
        said = _SPEAKER.sub("", line, count=1).strip()
        for piece in _SENTENCE_END.split(said):
            part = piece.strip(" \t。.!！?？；;")
            if part and OPEN.search(part) and part not in found:
                found.append(part)
    return found[:MAX_OPEN]
