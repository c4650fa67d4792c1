"""Counting or listing compliance alerts: the one rule that picks ``compliance_stats`` or ``sensitive_alerts``.

Both tools can state how many alerts match; they differ in what the count is *over*:

* ``compliance_stats`` counts alerts **in a period** (default this quarter), broken down per rep,
  category or month, with the trend: "上个月低风险的一共几条", "how many guarantee flags this year",
  and a manager's "咱组这周有人被标记吗" (the team's counts per rep). A rep named or pointed at with a
  yes/no question ("他这个月有没有违规") is that rep's count too.
* ``sensitive_alerts`` lists the alerts themselves (newest first, with a total of every match):
  the review queue and every alert to date when they are listed, "anything new in the last few
  days?" (the newest alerts), and one alert by number. Since round 31 (the tool descriptions) a
  count of the review queue or of all alerts to date ("还有多少条待审核", "how many are still
  awaiting review in total") is ``compliance_stats`` too.

:func:`alert_tool` applies the rule to the routed tool; the planner's other corrections follow.
"""

from __future__ import annotations

import re

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import ALERT_TOOLS
from assistant.text import lazy_re

_ALERTS = lazy_re.compile(
    r"告警|违规|预警|被标记|标记了|\b(?:alerts?|flags?|flagged|violations?|infractions?)\b", re.I
)
ALL_TIME = lazy_re.compile(
    r"所有时间|有史以来|历来|迄今|至今|从开始到现在|全部历史|\ball[- ]time\b|\bever\b|\bsince (?:the )?(?:start|beginning)\b",
    re.I,
)
_NEW = lazy_re.compile(r"新的|新增|新出|新来|\bany new\b|\bnew (?:alerts?|flags?|violations?)\b|\banything new\b", re.I)
_ANYONE = lazy_re.compile(
    r"有人|有没有人|谁有|哪个.{0,4}有|咱组|咱们组|我们组|组里|团队|\b(?:my|our) team\b|\banyone\b|\banybody\b|\bany (?:of )?(?:my|our|the) (?:reps|team|people)\b",
    re.I,
)
_YES_NO = lazy_re.compile(
    r"有.{0,6}(?:违规|告警|标记).{0,4}吗|有没有.{0,8}(?:违规|告警|被标记)|(?:违规|被标记)了?(?:吗|没)|"
    r"\b(?:any|anyone|anybody|got|get|been)\b.{0,30}\b(?:alerts?|flags?|flagged|violations?)\b",
    re.I,
)
_PERIOD = lazy_re.compile(r"[月季年周天]|最多|最少|\b(?:month|quarter|year|week|days?|q[1-4]|most|fewest)\b", re.I)
_PRONOUN = lazy_re.compile(r"[他她]|\b(?:he|she|him|her)\b", re.I)
_MESSAGES = lazy_re.compile(r"原文|原话|原句|内容|说了什么|消息|\b(?:messages?|wording|quotes?|texts?|said)\b", re.I)


def alert_tool(tool: str | None, text: str, m: Mentions, role: str | None = None) -> str | None:
    """Return the alert tool the rule picks for ``text``, or None when no part of the rule applies.

    Args:
        tool: The routed tool (``None`` when routing was unsure).
        text: The normalised request.
        m: What the request names (reps, severity, category, alert status).
        role: The asker's role; a manager's yes/no "anyone?" is the team's counts per rep.
    """
    if tool not in (*ALERT_TOOLS, None) or not (_ALERTS.search(text) or m.severity or m.category):
        return None
    if _MESSAGES.search(text):
        return None
    if m.alert_status == "open" and (tool is not None or _counts(text)) and not (_grouped(text) or _PERIOD.search(text)):
        return "compliance_stats" if _counts(text) else "sensitive_alerts"  # the review queue: counted, or listed
    if ALL_TIME.search(text):
        return "compliance_stats" if _counts(text) else "sensitive_alerts"  # every alert to date: counted, or listed
    if _NEW.search(text) and _YES_NO.search(text):
        return "sensitive_alerts"  # "最近几天有新的违规吗": the newest alerts, listed with their count
    if _YES_NO.search(text) and (_ANYONE.search(text) or m.users or _PRONOUN.search(text) or role == "manager"):
        return "compliance_stats"  # "组里有人违规吗" / "她这个月有违规记录吗": counts per rep
    if (m.severity or m.category) and _counts(text) and not _grouped(text):
        return "compliance_stats"  # "这个月中风险的有几条": a severity's count in a period
    return None


# "how deep is the open-alert queue", "the size of the review backlog": the queue's size is a count
QUEUE_SIZE = r"\b(?:size|volume)\b|\bhow (?:big|large|deep|long) is\b"
_COUNT = lazy_re.compile(
    r"(?<!最近)(?<!最新)几条|多少条?|几个|几次|一共|总共|\bhow many\b|\bcount\b|\btotal\b|\bnumber of\b|#\s*of\b|\bno\. of\b|"
    + QUEUE_SIZE,
    re.I,
)
_GROUP = lazy_re.compile(r"按|各|每个|分别|\bper\b|\bby (?:rep|category|month|type)\b|\beach\b", re.I)


def _counts(text: str) -> bool:
    return bool(_COUNT.search(text))


def _grouped(text: str) -> bool:
    return bool(_GROUP.search(text))
