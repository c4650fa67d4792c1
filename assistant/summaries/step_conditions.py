"""A conditional offer is not a next step: "只要12月20号前下单…", "provided it is confirmed by Friday".

A sentence that states what would happen *if* the other side did something ("如果这周五之前收到订单",
"这周五前下单则1月28号发车", "但前提是4月中旬能签合同", "as long as the deposit arrives by the 10th")
commits no one to anything: it is a term or an offer, not an action either side took on (dev, spent
summaries_blind…blind11: 15 such sentences produced as steps, none expected). "if" after a check or
a question ("I'll ask my manager if we can go lower") asks whether, and the sentence stays a step;
a topic marked with 的话 ("交货的话", "两千套的话我去申请") is no condition unless it holds a date.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_STRONG = lazy_re.compile(
    r"只要|如果|假如|假设|(?<![主需重只])要是(?!求)|前提是|(?<![规原准细否])则(?![是])"
    r"|\bprovided\b|\bas long as\b|\bunless\b|\bon condition that\b",
    re.I,
)
_POLITE = lazy_re.compile(  # "如果方便的话，请…", "if you can, please…", "如果有问题随时找我": courtesy, not a condition
    r"(?:如果|要是)(?:可以|方便|可能|有空|需要)(?:的话)?|(?:如果|要是)?有(?:任何)?(?:问题|疑问)(?:的话)?[，,]?\s*(?:随时|请?联系|找我|告诉我|跟我说)"
    r"|\bif (?:you can|possible|you could|you need anything|that works(?: for you)?|(?:you have )?any questions)\b"
    r"|\bunless (?:you|I|we) (?:tell (?:me|us)|hear|say|let (?:me|us) know)(?: \w+)? otherwise\b",
    re.I,
)
_IF = lazy_re.compile(r"\bif\b(?! (?:possible|needed|necessary|required|any|so|not)\b)", re.I)
_WHETHER_IF = lazy_re.compile(  # "ask my manager if", "check if", "let me know if": "if" means "whether"
    r"\b(?:ask|asks|asked|check|checks|see|know|find out|confirm|wonder|wondering|whether|tell me|"
    r"verify|clarify|manager|boss)\b(?:\s+\w+){0,3}\s*$",
    re.I,
)
_DATED_TOPIC = lazy_re.compile(r"[^，。,;；！!？?]*(?:\d|[一二三四五六七八九十]+[号日月]|周[一二三四五六日])[^，。,;；！!？?]*的话")


def conditional(text: str) -> bool:
    """Whether ``text`` states a condition for an outcome rather than a commitment.

    True for "只要…", "如果…", "前提是…", "…则…", "provided …", "as long as …", "unless …", an "if"
    that is not "whether", and a dated "…的话" ("要2月20号前到的话").
    """
    text = _POLITE.sub(" ", text)
    if _STRONG.search(text) or _DATED_TOPIC.search(text):
        return True
    return any(not _WHETHER_IF.search(text[: m.start()]) for m in _IF.finditer(text))
