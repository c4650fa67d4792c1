"""The days the goods are needed by, as one sentence of the talk says them (issue 14).

A deadline is an event the goods are needed for ("before we open on 1 April", "4月18号开业"), a goal said to be
missed ("1 May is not possible"), "by then" after a date, or a need naming the goods, a site or the stages
("the pumps must be installed before 30 June"). A day to pay, invoice or send a price list by is none; a day
to sign or pay by comes marked as paper, so :mod:`~assistant.summaries.timeline_sums` sets it against the
board's or the gate's day, not against the stages' end.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.date_clash import needed_mentions
from assistant.summaries.said_on import said_dates
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_SIGNED_BY = lazy_re.compile(  # "if the contract is signed by", "pay the deposit by": a day for paper or money
    r"\b(?:signed|sign|paid|pay|placed|wire|transfer)\b(?:\s+[\w'-]+){0,3}\s+(?:by|before|until)\s+(?:the\s+)?$", re.I
)
_PAY_AFTER = lazy_re.compile(  # "这周六前付定金", "5月20号前签合同", "by 12 May for the deposit" (not 签收)
    r"\s*(?:之?前|以前)?\s*(?:付|打款|交定金|定金|订金|尾款|余款|签(?!收|字验收))|\s+(?:for|with) (?:the )?(?:deposit|payment|balance)\b",
    re.I,
)
_EVENT_ZH = "开业|开张|营业|开园|开学|投产|试产|通水|并网|上线|开幕|启用|投用|投入使用"  # the events goods are needed for, in Chinese
_EVENT_NEXT = lazy_re.compile(  # the event right after its date, or a "before" after it: "4月18号开业", "9月1日酿酒季开始前"
    rf"^\s*(?:正式)?(?:要|就要|必须)?(?:{_EVENT_ZH})|^[^，。,;；]{{0,8}}?开始(?:之)?前|"
    r"^[^，。,;；]{0,20}?(?:检查|评定|评审|审厂|验厂|考察)[^。；;]{0,6}?(?:之前|以前|前)[^。；;]{0,16}?(?:必须|一定要|要|得)"  # "…来做星级评定现场检查，之前所有床必须正常使用"
)
_PAST_EVENT = lazy_re.compile(rf"去年|前年|已经|上个?月|(?:{_EVENT_ZH})(?:的|了)")  # "去年9月1号开业的"
_THERE = (
    r"\b(?:have|has|needs?) to be (?:in|at|here|there|on site|delivered|running|installed|working|operational)\b|"
    r"\bmust be (?:in|at|here|there|on site|delivered|running|installed|working|operational)\b"
)
MUST_BE = lazy_re.compile(_THERE + r"|必须|一定要", re.I)  # the goods must be somewhere by a date, whatever "so we can …" follows
BY_THEN = lazy_re.compile(  # "…by then"; "…检查，" + "之前所有床必须正常使用"
    r"\b(?:by|before) then\b|到时候之前|在那之前|之前(?:一定|必须)?要到|^\s*(?:在)?(?:这|那)?之前[^，。；;]{0,16}?(?:必须|一定要|得)", re.I
)
_BEFORE_EVENT = lazy_re.compile(r"\bbefore (?:the|our|your|we|they|you)\b[^.;,]{0,40}\bon\s+$", re.I)  # "before the gala we cater on"
_EVENT = lazy_re.compile(  # an event the goods are needed for, just before its date
    rf"(?:{_EVENT_ZH}|(?:别|不能|不要|不可以)拖(?:过|到)|\b(?:opening|opens|launch|go-live|festival|season starts|retreat|"
    r"(?:must|needs? to|ha(?:ve|s) to|should) be (?:up and )?(?:producing|running|operational)|"
    r"(?:line|plant|mill|factory|machines?|equipment|system|units?|it|them) (?:up and )?(?:running|operational|producing)|tournament|conference|wedding|expo|exhibition|ceremony|gala)\b)"
    r"[^，。,;；]{0,8}$",
    re.I,
)
_MISSED = lazy_re.compile(  # the goal a date names is missed: "十月一号肯定开不了业", "1 May is not possible"
    r"^\s*(?:就|肯定|也|都|绝对)*(?:投不了产|开不了业?|赶不上|来不及|到不了|装不完|交不了|用不上)|"
    r"^\s*(?:is|are|will be)\s+(?:not possible|too late|missed|out of reach)\b",
    re.I,
)
WE_NEED = lazy_re.compile(r"^\s*(?:that\s+)?(?:we|you|they|the \w+)\s+(?:need|needs|must have)\b|^[^，。]{0,4}(?:前)?要(?:到|用|开业|交)", re.I)
_MONEY_OR_PAPER = lazy_re.compile(  # a date to pay, order or send paperwork by, not to have the goods by
    r"付款|付清|打款|定金|订金|尾款|余款|发票|报价|价格表|价目表|下单|"
    r"\b(?:pay\w*|invoice\w*|deposit|balance|settled?|price ?list|tariff|quot\w+|transfer)\b|\b(?:order|PO)\b[^.;]{0,20}\bplaced?\b|\bplace (?:the|an|your|our) (?:order|PO)\b",
    re.I,
)
_GOODS = lazy_re.compile(  # the goods, a site or an event the deadline is about
    r"货|设备|工地|现场|开业|开张|营业|投产|安装|调试|调好|到位|就位|备齐|通水|并网|上线|完工|竣工|施工|工期|交付|到|用|装|开不了|"
    r"\b(?:it|them|goods|everything|units?|items?|order|equipment|machines?|pumps?|parts|materials?|stands?|panels?|stock|replac\w+|"
    r"deliver\w*|ship\w*|arriv\w*|site|venue|install\w*|open\w*|launch\w*|event|show|fair|handover|in place|ready|here|"
    r"complete|commission\w*)\b|" + _THERE,
    re.I,
)


def needed_by(s: Sentence, today: dt.date, staged: bool = False) -> list[tuple[dt.date, bool]]:
    """Return the dates ``s`` needs the goods by: an event, a missed goal, or a need naming the goods, a site or the stages.

    A date to pay, invoice or send a price list by is none ("By 3 June we need your price list"). With
    ``staged``, ``s`` names stages or is a clause of the turn that adds them up: its need is about them. Each date comes
    with whether it is a day to sign or pay by ("须9月20日前签合同"): a deadline for the gate, not for the stages.
    """
    if _MONEY_OR_PAPER.search(s.text) and not staged:
        return []
    goods = bool(staged or _GOODS.search(s.text))
    mentions = said_dates(s, today)  # read once, counted from the day it was said: the events, "by then" and the days to pay or sign by
    out = [d.date for d in needed_mentions(s, today)] if goods else []
    for d in mentions:
        at = d.start + len(d.text) - len(d.text.lstrip())
        after = s.text[d.end :]
        nxt = _EVENT_NEXT.search(after) and not _PAST_EVENT.search(s.text[max(0, at - 8) : d.end + 12])
        if _EVENT.search(s.text[max(0, at - 24) : at]) or nxt or _MISSED.search(after):
            out.append(d.date)
        elif goods and (WE_NEED.search(after) or _BEFORE_EVENT.search(s.text[max(0, at - 60) : at])):
            out.append(d.date)
    if goods and BY_THEN.search(s.text) and (said := mentions):
        out.append(max(d.date for d in said))  # "the first camp is Mon 21st, everything needs to be here by then"
    paid = {  # "这周六前付定金", "3月31日前签合同", "if the contract is signed by 31 March": no day the goods are needed
        d.date for d in mentions
        if _PAY_AFTER.match(s.text, d.end) or _SIGNED_BY.search(s.text[max(0, d.start - 40) : d.start].rstrip() + " ")
    }  # fmt: skip
    return [(d, d in paid) for d in out if d >= today]
