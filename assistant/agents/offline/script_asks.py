"""A request to draft a message for a customer ("给他写个跟进消息", "draft a nudge"): a script, not a log entry.

Writing a message *to* a customer is ``suggest_scripts`` (the 话术库 plus the customer in context);
recording one already sent is ``log_activity``. :func:`asks_draft` tells them apart: a verb of
writing with a message noun, and no verb of recording ("记一笔", "log it") or past event.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_DRAFT = lazy_re.compile(
    r"(?:写|拟|起草|编写|编辑|来(?=个|一个|一条|条|封|段|一段|一封))(?:个|一个|一条|条|封|段|一段|一封)?.{0,10}"
    r"(?:消息|微信|短信|邮件|话术|信息|文案)|"
    r"\b(?:write|draft|compose|prepare)\b.{0,30}\b(?:nudge|reminder|follow-?up|check-?in|message|email|note|text|wechat)\b",
    re.I,
)
_RECORD = lazy_re.compile(
    r"记一笔|记录|记一下|记下|登记|备注一下|已经|刚刚?(?:发|打|聊)|今天.{0,6}了|"
    r"\b(?:log|record)\b|\bi (?:sent|called|emailed|messaged|wrote)\b|\bjust (?:sent|called|emailed)\b",
    re.I,
)


def asks_draft(text: str) -> bool:
    """Whether ``text`` asks for a message to be written for a customer (not recorded as sent)."""
    return bool(_DRAFT.search(text)) and not _RECORD.search(text)
