"""Follow-ups whose subject is left unsaid: the same report with another measure, or a count of the person in context.

:func:`remeasured` reads "赢单数呢，这季度" / "what about won deals?" right after a per-rep report as that
report again with only its measure (and whatever period it names) changed — the rep(s) and scope carry
over — even when a rule for the measure word alone ("赢单") would send it elsewhere.
:func:`counts_person` reads "这个人今年一共被标了多少次" after an alert as a count of that rep's alerts.
:func:`latest_of_ranking` reads "show me the latest one" after an alert count as the newest alert counted
("his latest one" after reps ranked: the top rep's).
:func:`ranking_followup` also reads "他主要是哪类问题" after an alert count as that rep's alerts by category.
"""

from __future__ import annotations

import re

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import FOLLOWUP_CUE, Memory
from assistant.agents.offline.slots_reports import metric
from assistant.text import lazy_re

MEASURED = frozenset({"team_performance"})  # reports that take a measure (``metric``) of the same reps
SHORT = 40  # characters: a longer message says enough to be read on its own, not as an elided follow-up
_ELIDED = (
    lazy_re.compile(  # a short "<measure>呢，<period>" or "what about <measure>": the subject is the last one's
        r"^(?:那|那么|还有)?[^，,。？?！!]{1,10}呢(?:[，,\s]|$)|^\s*(?:and|what about|how about)\b", re.I
    )
)
PERSON = lazy_re.compile(
    r"这个人|那个人|此人|这人|那人|这位|那位|这个销售|那个销售|(?<!其)[他她]|\b(?:this|that) (?:rep|person|guy|salesperson)\b|"
    r"\b(?:he|she|him|her)\b",
    re.I,
)


def remeasured(text: str, m: Mentions, memory: Memory) -> bool:
    """Whether ``text`` asks the last per-rep report again with another measure and names no new subject."""
    if memory.last_tool not in MEASURED or m.customers or m.users or len(text.strip()) > SHORT:
        return False
    if _LIST.search(text) or not (_ELIDED.search(text.strip()) or FOLLOWUP_CUE.search(text)):
        return False
    return metric(text) is not None


def counts_person(text: str, count: re.Pattern[str]) -> bool:
    """Whether ``text`` counts the person in context ("这个人一共被标了多少次", "how many has she had")."""
    return bool(count.search(text) and PERSON.search(text))


_LATEST = lazy_re.compile(  # "show me the latest one" / "最新那条发我看看": the newest record of what was just counted
    r"\b(?:the )?(?:latest|newest|most recent) (?:one|alert|flag)s?\b|最新(?:的)?(?:那|一)?(?:条|个|次)|最近(?:的)?(?:那|一)(?:条|个|次)",
    re.I,
)
_PERIOD = lazy_re.compile(r"\s*(?:[月年周]|季度|星期|\b(?:months?|quarters?|years?|weeks?)\b)", re.I)  # "最新的那个月呢"
_LIST = lazy_re.compile(r"哪些|哪几|列一?下|列出|清单|名单|\bwhich ones\b|\blist\b", re.I)  # "赢单的商机都有哪些呢": records
_CARRIED = ("period", "category", "severity", "status", "rep_login", "team")


def latest_of_ranking(text: str, memory: Memory) -> dict[str, object] | None:
    """Return the alert list call for "show me the latest one" right after an alert count, or None.

    The count listed no alerts; the latest one is the newest alert of what was counted (the same
    period, category, severity and, when the count was one rep's, that rep), not of its top rep.
    """
    latest = _LATEST.search(text) if memory.last_tool == "compliance_stats" and not memory.alerts else None
    if latest is None or len(text) > SHORT:
        return None
    if _PERIOD.match(text, latest.end()):  # "最新的那个月呢" / "and the latest quarter?": the count again for another period
        return None
    carried = {k: memory.last_args[k] for k in _CARRIED if memory.last_args.get(k)}
    ranked = memory.last_args.get("group_by") == "rep" and memory.last_rep and not carried.get("rep_login")
    if ranked and PERSON.search(text):  # "他最新那条" after reps ranked: the top rep's newest alert
        carried["rep_login"] = memory.last_rep
    return {**carried, "limit": 1}


_SPLIT_BY = lazy_re.compile(r"按(?:类别|类型|种类|类)|分类|\b(?:by|per) (?:category|categories|type|kind)\b", re.I)
_ONE_REP = lazy_re.compile(  # the rep a ranking put first, or the one just named
    r"第一(?:名|个|位)?|排第一|头一(?:个|名|位)|他|她|\b(?:the )?(?:top|first|number one|#1)(?: one| rep| person| guy)?\b|\b(?:him|her|them)\b", re.I
)
_KINDS = lazy_re.compile(  # "他主要是哪类问题" / "what kind of issues mostly": the categories of what was counted
    r"哪(?:一)?(?:类|种|方面)|什么(?:类型|类别|方面)|\b(?:what|which) (?:kinds?|types?|sorts?|categor(?:y|ies))\b",
    re.I,
)


def ranking_followup(text: str, memory: Memory) -> tuple[str, dict[str, object]] | None:
    """Return the call a short follow-up to an alert count asks for: the latest alert, or the rep's categories."""
    if latest := latest_of_ranking(text, memory):
        return "sensitive_alerts", latest
    if memory.last_tool not in ("compliance_stats", "sensitive_alerts") or not memory.last_rep or len(text) > SHORT:
        return None
    if not (_KINDS.search(text) or (_SPLIT_BY.search(text) and _ONE_REP.search(text))):
        return None  # "for the top one, break it down by type": that rep's categories
    period = {"period": memory.last_args["period"]} if memory.last_args.get("period") else {}
    return "compliance_stats", {**period, "rep_login": memory.last_rep, "group_by": "category"}
