"""A message's instruction and its pasted text: "instruction: text", a quoted draft, a pasted chat.

:func:`split_payload` separates them (a pasted chat may carry its instruction on the first or
the last line); :func:`asks_summary` tells a pasted conversation that asks for its summary
("总结下", "tl;dr?", "key points?") from one that asks for something else (a scan, a save, a reply).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.text import lazy_re
from assistant.text.language import is_short

_PAYLOAD = lazy_re.compile(r"^(.{2,80}?)(?<!\bre)(?<!\bsubj)[:：]\s*(.{4,})$", re.S | re.I)  # "…today re: pricing" is a topic, not a paste
_QUOTED_PAYLOAD = lazy_re.compile(r"[「“\"『](.{6,}?)[」”\"』]", re.S)
_LEADING_QUOTE = lazy_re.compile(r"^[「“\"『]([^」”\"』]{4,})[」”\"』]\s*(.*)$", re.S)
_SPEAKER_LINE = lazy_re.compile(r"^[ \t]*[^:：\n]{1,16}[:：][ \t]*\S", re.M)
_ASKS = lazy_re.compile(  # a line that asks for something about the text above it
    r"总结|概括|归纳|要点|重点|纪要|摘要|梳理|提炼|整理|帮我|请|[?？]|\bsummar|\brecap|\btl;? ?dr|\bkey points|\bgist|"
    r"\btakeaways|\bsum (?:it )?up|\bminutes|\bnotes|\bpls\b|\bplease\b",
    re.I,
)
_SUMMARY_ASK = lazy_re.compile(
    r"总结|概括|归纳|要点|重点|纪要|摘要|梳理|提炼|整理|汇总|捋一?下|理一下|说了啥|聊了啥|说了什么|聊了什么|\bsummar|\brecap|\btl;? ?dr|"
    r"\bkey points|\bwrite (?:it |this |that )?up|\bwrite-up|\bcondense|\bdigest|\bgist|\btakeaways|\bsum (?:it |this |that )?up|\bminutes|\bhighlights|\bmain points|\bboil",
    re.I,
)
_OTHER_ASK = lazy_re.compile(  # with a pasted chat, these ask for another tool (scan, save, log, a reply)
    r"能不能发|能发吗|可以发|违规|合规|敏感|检查|有没有问题|存|保存|归档|记录|记一|话术|怎么回|如何回|回复|改写|怎么办|咋办|怎么处理|"
    r"\bwhat (?:should|do|can) i\b|\bhow (?:should|do|can) i\b|"
    r"\bcheck\b|\bok to send|\bsafe\b|\bflag|\bcompliant|\bsave\b|\bstore\b|\blog\b|\bfile (?:it|this)|\breply|"
    r"\brespond|\banswer\b|\brewrite|\bscript",
    re.I,
)
_REPORTED = lazy_re.compile(  # "客户说：…" / "the buyer said: …": a customer's words reported, not a pasted draft
    r"^(?:客户|对方|买家|采购|老板|[他她]|[\u4e00-\u9fff]{1,4}(?:总|经理))(?:又|就|直接|跟我)?(?:说|讲|问|回|表示|反馈)(?:了|道)?$|"
    r"^(?:the |my )?(?:customer|client|buyer|prospect|they|he|she)\s+(?:says?|said|told me|asked|replied|wrote)$",
    re.I,
)
_REPLY_ASK = lazy_re.compile(  # the objection ends with a question about how to answer it
    r"(?:怎么|如何|咋)(?:回|答|应对|接|说|办)|该说什么|\bhow (?:do|should|can|would) i (?:reply|respond|answer|handle|counter)",
    re.I,
)
_CLOSING_QUOTES = '」”"』'
# A draft in single quotes ('…' or ‘…’): the opening quote follows a space, punctuation, a CJK character or
# the start, and the closing one precedes the same, so apostrophes inside words ("don't") are not quotes.
_SINGLE_QUOTED = lazy_re.compile(
    r"(?:(?<=^)|(?<=[\s:：,，?？!！(（\u4e00-\u9fff]))['‘](?P<body>[^\n]{6,}?)['’]"
    r"(?=$|[\s,，.。?？!！;；:：)）\u4e00-\u9fff])"
)
_LEADING_SINGLE = lazy_re.compile(  # "看看这句：'<draft>'，不行的话改一下": a closing quote that is no apostrophe
    r"^['‘]([^\n]{4,}?)['’](?=$|[\s,，.。?？!！;；:：)）\u4e00-\u9fff])\s*(.*)$", re.S
)
_WRAPPED = lazy_re.compile(r"^[「“\"『'‘](.+)[」”\"』'’]$", re.S)


def split_payload(text: str) -> tuple[str, str | None]:
    """Split "instruction: pasted text" (or instruction + newline + text) into its two parts.

    A pasted chat with no instruction (every line "王总：…") is all payload: its first line stays in it.
    """
    if len(_SPEAKER_LINE.findall(text)) >= 2 and _SPEAKER_LINE.match(text.lstrip()):
        body, _, last = text.strip().rpartition("\n")
        if body and len(last) <= 40 and not _SPEAKER_LINE.match(last) and _ASKS.search(last):
            return last.strip(), body.strip()  # "…pasted chat…\n帮我总结一下": the instruction comes last
        return "", text.strip()
    if "\n" in text:
        head, rest = text.split("\n", 1)
        if rest.strip() and len(head) <= 80:
            head = head.rstrip(":： ")
            return head, rest.strip()
    m = _PAYLOAD.match(text)
    if m:
        head, body = m.group(1), m.group(2).strip()
        if _REPORTED.match(head.strip()) and _REPLY_ASK.search(body) and "\n" not in body:
            return text.strip(), None  # "客户说：<objection>。我该怎么回": a request for a script, the objection its topic
        if _names_only(head) and _QUESTION.search(body) and "\n" not in body and len(body) <= 120:
            return f"{head} {body}", None  # "Orion Trading: what did they buy in March?": a question about Orion
        quoted = _LEADING_QUOTE.match(body) or _LEADING_SINGLE.match(body)  # 'check: "<draft>" and rewrite it'
        if quoted and len(quoted.group(2).strip(" ，,.。—–-")) >= 4:  # the tail is instruction too
            return f"{head} {quoted.group(2).strip()}", quoted.group(1).strip()
        wrapped = _WRAPPED.match(body)  # 'check this: "<draft>"': the draft without its quotes
        return head, (wrapped.group(1).strip() if wrapped else body)
    q = _QUOTED_PAYLOAD.search(text, 0, _last_closing_quote(text) + 1)
    if q and len(q.group(1)) >= 6:
        return text[: q.start()] + text[q.end() :], q.group(1).strip()
    q = _SINGLE_QUOTED.search(text)
    if q and _draft_like(q.group("body")):
        return (text[: q.start()] + text[q.end() :]).strip(), q.group("body").strip()
    return text, None


def _draft_like(span: str) -> bool:
    """Whether a single-quoted span reads as a draft (several words or a CJK phrase), not a quoted name."""
    if re.search(r"[\u4e00-\u9fff]", span):
        return len(span) >= 6
    return len(span.split()) >= 3


_HEAD_VERB = lazy_re.compile(
    r"检查|看|查|扫|总结|概括|改|写|记|存|翻译|回复|发|审|这段|这句|这条|以下|下面|"
    r"\b(?:scan|check|summar\w*|recap|rewrite|review|log|note|save|reply|translate|is this|can i|draft|text|message)\b",
    re.I,
)
_QUESTION = lazy_re.compile(
    r"[?？]$|什么|哪些|哪个|多少|几|吗$|\b(?:what|which|how|did|does|do|has|have|is|are|when|who)\b", re.I
)


def _names_only(head: str) -> bool:
    """Whether the text before a colon only names something ("Orion Trading", "康荣"), with no ask of its own."""
    short = is_short(head, 12, 4)
    return short and not _HEAD_VERB.search(head)


def _last_closing_quote(text: str) -> int:
    """Index of the last closing quote (-1: none).

    Searching only up to it keeps :data:`_QUOTED_PAYLOAD` linear: an opening quote with no
    closing one after it would otherwise scan to the end of the text, once per opening quote.
    """
    return max(text.rfind(c) for c in _CLOSING_QUOTES)


_LOG_AS = lazy_re.compile(
    r"\b(?:log|record|file) (?:it|this|that) as (?:a |an )?(call|meeting|visit|email|chat|note)\b|"
    r"记(?:成|为|作|一笔|一条)(?:一次|一个|一条)?(?:(?:和|跟|与)[^，,。:：\n]{1,15}?的)?(电话|通话|拜访|会议|邮件|备注)",
    re.I,
)
_KINDS = {"电话": "call", "通话": "call", "拜访": "visit", "会议": "meeting", "邮件": "email", "备注": "note"}
_SAVE_ASK = lazy_re.compile(
    r"存到|存进|存在|存一下|保存|归档|记到|记在|挂到|放到|关联到|\bsave|\bstore|\bfile (?:it|this|that)|\b(?:log|put|attach|add) (?:it|this|that)",
    re.I,
)


def asks_summary_then_save(instruction: str, payload: str) -> bool:
    """Return whether a pasted conversation asks for its summary and then to save it ("总结一下存到盛和下面")."""
    return (
        len(_SPEAKER_LINE.findall(payload)) >= 2
        and bool(_SUMMARY_ASK.search(instruction))
        and bool(_SAVE_ASK.search(instruction))
    )


_SCAN_ASK = lazy_re.compile(
    r"违规|不合规|合规|敏感|违禁|越界|不当|说错话|乱说|不该说|有风险的(?:话|说法|表述|承诺)|(?:话|说法|承诺)(?:有没有)?(?:风险|问题)|"
    r"\bnon-?compliant|\bcompliance|\bviolat|\bflag|\bred flags?|\binappropriate|"
    r"\b(?:said|says|say|wrote|promised)\s+anything\s+(?:risky|wrong|problematic|dodgy|out of line|off)\b|"
    r"\banything\s+(?:risky|problematic|dodgy|out of line)\b|\brisky\s+(?:wording|language|claims?|promises?|statements?|lines?)\b|"
    r"\b(?:break|breaks|breaking|broke|against|bends?|crosses|cross(?:ed)?)\s+(?:the |any |our |company )?(?:rules?|polic(?:y|ies)|line)\b|"
    r"违反(?:了)?(?:规定|规则|制度|公司规定)|犯规|踩(?:了)?(?:红)?线|不守规矩",
    re.I,
)


_REPLY_ASK = lazy_re.compile(
    r"话术|怎么回|如何回|回复|怎么答|怎么接|怎么说|\bhow (?:should|do|can|would|to) (?:i |we )?(?:answer|reply|respond)|"
    r"\bhow (?:i|we) (?:should|could|can|might) (?:answer|reply|respond)|"
    r"\bwhat (?:should|do|can) i (?:say|answer|reply)|\bsuggest (?:a |an )?(?:reply|response|answer)|\bdraft (?:a |an )?(?:reply|response)|\bscript",
    re.I,
)


def summary_then(instruction: str, payload: str, customer: str | None) -> dict[str, Any] | None:
    """Return the second step after a pasted chat's summary: saving it under ``customer`` or scanning it.

    "总结一下存到盛和下面" saves (confirmed first); "summarise this and flag anything non-compliant"
    scans the pasted chat itself; "总结下，再告诉我怎么回复" asks for wording to answer it with.
    """
    if len(_SPEAKER_LINE.findall(payload)) < 2 or not _SUMMARY_ASK.search(instruction):
        return None
    first = {"customer": customer} if customer else {}
    if customer and (typed := _LOG_AS.search(instruction)):  # "log it as a call with X": a typed activity, the chat its note
        word = (typed.group(1) or typed.group(2)).lower()
        kind = _KINDS.get(word, word)
        return {"tool": "log_activity", "args": {"customer": customer, "type": kind, "content": payload[:5000]},
                "each": False, "text": instruction, "first": first}  # fmt: skip
    if customer and _SAVE_ASK.search(instruction):
        return {"tool": "save_summary", "args": {"text": payload, "customer": customer}, "each": False,
                "text": instruction, "first": first}  # fmt: skip
    if _SCAN_ASK.search(instruction):
        return {"tool": "scan_text", "args": {"text": payload}, "each": False, "text": instruction, "first": first}
    if _REPLY_ASK.search(instruction):  # "summarise it and tell me how to reply": wording for the chat's last word
        return {"tool": "suggest_scripts", "args": {}, "each": False, "text": instruction, "first": first}
    return None


def asks_summary(instruction: str, payload: str) -> bool:
    """Return whether a pasted conversation (two speaker lines or more) asks for its summary (or, briefly, nothing else)."""
    if len(_SPEAKER_LINE.findall(payload)) < 2 or _OTHER_ASK.search(instruction) or _SCAN_ASK.search(instruction):
        return False  # "…and tell me if the rep said anything risky": a scan follows the summary
    if _LOG_AS.search(instruction):
        return False  # "总结一下，记成一次拜访": a logged activity follows the summary
    short = (
        len(instruction) <= 12
        if re.search(r"[\u4e00-\u9fff]", instruction)
        else len(instruction.split()) <= 4
    )
    return bool(_SUMMARY_ASK.search(instruction)) or short
