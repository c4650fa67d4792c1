"""Risks whose problem is negated or reported resolved: no risk (issue 14).

"试打300页无漏粉", "没有发现破损", "no leaks found", "none of the units arrived damaged" name a
problem only to say it did not happen; "上次的色差问题已经解决了", "the cracking is fixed" report it
solved. The sentence classifier reads the problem word and calls it a risk; here the scope of a
negation is read instead: a negator of existence or occurrence ("没有", "无", "未", "no", "zero",
"without", "didn't") shortly before the problem word in the same clause, or a denial after it
("破损一个都没有", "leaks: none"), with no contrast in the clause ("没有漏粉，但是有两张卡纸" still
reports a jam).

Only kinds whose risk is a bad event (quality, timeline, competitor, churn, price gap) are read
this way: for a certificate, a budget, an approval or a balance the missing thing is the risk
itself ("没有CE证书进不了商超", "without the report we cannot list it").
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

NEGATABLE_KINDS = frozenset({"quality", "timeline", "competitor", "churn_threat", "price_gap"})

_PROBLEM = {  # the bad event of each kind, in both languages
    "quality": lazy_re.compile(
        r"问题|毛病|异常|故障|瑕疵|缺陷|破损|损坏|坏|漏|裂|开胶|受潮|发霉|色差|偏色|异味|异响|缩水|掉色|褪色|起球|"
        r"变形|生锈|划痕|卡纸|卡死|松动|脱落|掉毛|断|投诉|退货|返工|不良|次品|不合格|"
        r"\b(?:issues?|problems?|defects?|defective|damage[sd]?|broken|breakage|cracks?|cracked|cracking|leak\w*|"
        r"rust\w*|scratch\w*|fad\w*|shrink\w*|complaints?|returns?|faults?|faulty|failures?|jams?|peel\w*|"
        r"loose|discolou?r\w*)\b",
        re.I,
    ),
    "timeline": lazy_re.compile(
        r"延误|延迟|延期|推迟|耽误|晚|迟|拖|赶不上|来不及|问题|\b(?:delay\w*|late|slip\w*|miss\w*|problems?|issues?)\b",
        re.I,
    ),
    "competitor": lazy_re.compile(
        r"别家|别的|其他|另一家|另外|同行|\b(?:other|another|competitors?|anyone else|someone else|elsewhere)\b",
        re.I,
    ),
    "churn_threat": lazy_re.compile(
        r"换|取消|停|找别|\b(?:switch\w*|cancel\w*|stop\w*|leav\w*|mov\w*|elsewhere|other)\b", re.I
    ),
    "price_gap": lazy_re.compile(r"贵|高|\b(?:expensive|high|pricey|steep|costly)\b", re.I),
}
# A negator of existence or occurrence, and how far before the problem word it may stand.
_NEG_BEFORE_ZH = lazy_re.compile(
    r"(?:(?:没有|没(?!法|办法)|无(?!法|论)|未(?!来|必)|不存在|不会|不算|不(?![仅但只光少断停止知])|并不|从不|从没)"
    r"[^，。；,;！!？?]{0,5}|零(?:个|次|起)?)$"  # "零投诉", "零次漏粉"; not 零件 or 零售
)
_NEG_BEFORE_EN = lazy_re.compile(
    r"\b(?:no|not|zero|none|never|without|didn'?t|did not|don'?t|do not|doesn'?t|does not|haven'?t|have not|hasn'?t|"
    r"has not|wasn'?t|was not|weren'?t|were not|isn'?t|is not|aren'?t|are not|won'?t|will not|nothing|"
    r"free of|free from)\b(?:\s+[\w'-]+){0,2}\s*$|\bnone of\b(?:\s+[\w'-]+){1,4}\s*$",
    re.I,
)
_NEG_AFTER = lazy_re.compile(
    r"^[^，。；,;！!？?]{0,6}?(?:一个都没有|一(?:个|件|张|台|箱)也没有|都没有|都没|没有(?:出现|发现|再)|没(?:出现|发现|再)|为零|是零|"
    r"\b(?:none|zero|not found|never happened|did not (?:happen|recur)|didn'?t (?:happen|recur))\b)",
    re.I,
)
_RESOLVED = lazy_re.compile(
    r"(?:已经|已|都)(?:解决|处理好|修好|改好|换好|整改|好了)|解决了|处理好了|修好了|改好了|整改好了|没再出现|没有再出现|"
    r"\b(?:(?:has|have|was|were|is|are|been|got) (?:now |since |all )?(?:been )?(?:fixed|resolved|solved|sorted(?: out)?|"
    r"corrected|cleared up)|is behind us|are behind us|no longer (?:an? )?(?:issue|problem))\b",
    re.I,
)
# A contrast, a condition, a repeat or a question keeps the risk: "没漏粉，但卡纸", "不能再晚了",
# "if it is not fixed…", "不会延期吧？", "we will not accept any more damaged cartons".
_KEEPS = lazy_re.compile(
    r"但|不过|可是|只是|就是|还是|仍然|依然|却|(?<!没)(?<!没有)再|如果|要是|假如|万一|否则|不然|除非|接受|[吗吧][？?]?\s*$|[？?]|"
    r"会不会|能不能|是不是|有没有|"
    r"\b(?:but|however|though|still|yet|except|only|if|unless|otherwise|again|any ?more|accept|tolerate)\b",
    re.I,
)
_CLAUSE = lazy_re.compile(r"[，。；,;！!？?\n]")


def clause_edges(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the words of ``text[start:end]``'s clause before and after it (clauses end at , ; . ! ? or a line)."""
    return _CLAUSE.split(text[:start])[-1], _CLAUSE.split(text[end:])[0]


def _negated_at(text: str, start: int, end: int) -> bool:
    """Whether the problem word at ``text[start:end]`` is in the scope of a negation of its clause."""
    head, tail = clause_edges(text, start, end)
    if _NEG_BEFORE_ZH.search(head) or _NEG_BEFORE_EN.search(head):
        return True
    return bool(_NEG_AFTER.search(tail))


def negated_problem(kind: str, text: str) -> bool:
    """Whether every problem of ``kind`` named in ``text`` is negated or reported resolved.

    Examples: ``quality`` "试打300页无漏粉" → True; "no leaks found in 500 units" → True;
    "上次的色差问题已经解决了" → True; "有两箱漏粉" → False; "没有漏粉，但是卡纸了" → False;
    ``certification`` "没有CE证书" → False (a missing certificate is the risk).
    """
    if kind not in NEGATABLE_KINDS or _KEEPS.search(text):
        return False
    if _RESOLVED.search(text) and kind in ("quality", "timeline"):
        return True
    hits = list(_PROBLEM[kind].finditer(text))
    return bool(hits) and all(_negated_at(text, m.start(), m.end()) for m in hits)
