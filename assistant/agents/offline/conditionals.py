"""Two-step requests whose second step depends on the first: "有逾期的话就写个催款话术", "if it's fine, log it".

* :func:`joined` rewrites a conditional connective ("if so", "如果有的话就") into a plain "then", so the
  chain detector sees two asks; the second step's own guard (e.g. nothing overdue → the reminder
  names no one) decides whether it runs.
* :func:`log_if_clean` spots "check this draft and, if it's fine, log it": the scan goes first and
  the log (a write, confirmed by the user) is proposed only when the scan found nothing
  (:func:`then_log` builds that second step; ``chain_args`` drops it when the scan flagged words).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agents.offline.followups import Memory
from assistant.text import lazy_re

_IF_SO = lazy_re.compile(
    r"(?:\s*[,，;；.?？!！]\s*|\s+and\s+)(?:if (?:so|yes|they do|it does|that's the case)\b"
    r"|if (?:any|there (?:are|is) (?:any|some))(?=\s*[,，]))\s*[,，]?\s*"
    r"|\s*[,，;；。?？!！]\s*(?:(?:如果|要是|假如)?有的话就?|(?:如果|要是|假如)?有就)\s*[,，]?\s*",
    re.I,
)
_IF_CLEAN = lazy_re.compile(
    r"\bif (?:it(?:'s| is)|that(?:'s| is)|everything(?:'s| is)|all(?:'s| is))? ?(?:fine|ok|okay|clean|good|compliant|alright)\b|"
    r"\bif (?:nothing(?:'s| is) wrong|there(?:'s| is| are) no (?:issues?|problems?))\b|\bif it passes\b|"
    r"没(?:有)?问题的话|没问题就|(?:如果|要是)(?:没问题|合规|能发)|合规的话|通过的话|没毛病就",
    re.I,
)
_LOG = lazy_re.compile(
    r"记(?:成|为|一笔|录|下|一下|到|进|在)|登记|\blog\b|\brecord\b|\badd (?:it|this|that) (?:to|as) (?:my |a |the )?(?:follow-?ups?|activit\w*|notes?)\b",
    re.I,
)


_CHECKS = lazy_re.compile(  # the first part asks for a check of the draft (not a summary of a chat)
    r"\b(?:check|look (?:over|at)|review|scan|proof-?read|vet)\b|检查|(?:看看|看一下|看下|过一下|审一下|审核)(?!.{0,12}(?:总结|要点))|有没有问题|合规|能不能发",
    re.I,
)
_SUMMARY = lazy_re.compile(r"总结|整理|要点|摘要|概括|\bsummar|\bsum (?:it )?up\b|\btl;?dr\b|\brecap\b", re.I)
_THEN = lazy_re.compile(r"(?:\bthen\b|\bafter(?:wards| that)?\b|然后|之后|接着|再)", re.I)


def joined(text: str) -> str:
    """Return ``text`` with "…? if so, …" / "…？有的话就…" joined by a plain "then" ("，然后" in Chinese)."""
    found = _IF_SO.search(text)
    if not found or found.start() < 2 or found.end() >= len(text) - 1:
        return text
    zh = bool(re.search(r"[\u4e00-\u9fff]", text[: found.start()]))
    head = text[: found.start()].rstrip(" ,，;；")
    return head + ("，然后" if zh else ", then ") + text[found.end() :]


def log_if_clean(instruction: str) -> bool:
    """Whether the request asks to log the pasted draft only once a check finds it clean."""
    if _IF_CLEAN.search(instruction) and _LOG.search(instruction):
        return True
    then = _THEN.search(instruction)  # "check this draft and then log it": the log follows the check
    if not then or _SUMMARY.search(instruction) or not _CHECKS.search(instruction[: then.start()]):
        return False
    return bool(_LOG.search(instruction, then.end()) and not _LOG.search(instruction[: then.start()]))


def ask_log_customer(memory: Memory, lang: str) -> str:
    """Return "which customer should I log this under?", offering the customers the conversation named."""
    options = [row.get("name") for row in memory.listed] or [memory.last_customer]
    shown = [str(o) for o in options if o and not str(o).isdigit()][:5]  # names, not bare record ids
    if lang == "zh":
        return "这段内容要记录在哪位客户名下？" + (f"可选：{' / '.join(shown)}，或告诉我其他客户名。" if shown else "请告诉我客户名。")
    return "Which customer should I log this under? " + (f"For example {', '.join(shown)}, or name another one." if shown
                                                        else "Tell me the customer's name.")  # fmt: skip


def then_log(base: dict[str, Any], payload: str, instruction: str) -> dict[str, Any]:
    """Return the conditional second step: log the pasted draft as sent (confirmed), if the scan is clean."""
    args = {**base, "content": (base.get("content") or payload)[:5000]}
    return {"tool": "log_activity", "args": args, "each": False, "text": instruction, "own": True}
