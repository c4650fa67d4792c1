"""Arguments a request takes from the conversation: a follow-up's changed slots, the customer or rep referred back to.

:func:`followup_args` repeats the last call with whatever an elliptical follow-up names
("那上个月呢？"); :func:`fill_from_memory` supplies the customer ("他们上次买了什么"), the rep
("把他的违规消息给我看看" after a ranking) or the pasted text a request refers back to.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.agents.offline.corrections import followup_tool
from assistant.agents.offline.elided_asks import PERSON
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import (
    ALERT_TOOLS,
    Memory,
    has_pronoun,
    pick_ordinal,
    picks_listed,
    record_ref,
)
from assistant.agents.offline.group_refs import GROUP_TOOLS, refers_to_group, to_group
from assistant.agents.offline.period_shift import shifted_period, without_shift
from assistant.agents.offline.slots import CUSTOMER_OPTIONAL, CUSTOMER_REQUIRED, build_args
from assistant.agents.offline.slots_reports import metric
from assistant.agents.offline.topics import LISTED_TOP
from assistant.text import lazy_re
from assistant.text.language import is_short
from assistant.text.period_phrases import find_period

_REP_TOOLS = ("sensitive_alerts", "compliance_stats", "team_performance", "pipeline_status")
_RANKS = ("compliance_stats", "team_performance")  # after a ranking of reps "他逾期的应收" is that rep's
_FOLLOWUP_SLOTS = ("period", "scope", "country", "city", "industry", "segment", "tier", "level", "grade",
                   "severity", "category", "status", "within_days", "stalled_only", "owner_login", "rep_login",
                   "date", "limit", "customer", "query", "group_by", "metric", "sort", "stage", "product",
                   "contact_details")  # fmt: skip
_ONE_CUSTOMER = ("log_activity", "customer_profile", "recommend_products", "order_history", "churn_risk",
                 "next_purchase", "receivables", "suggest_scripts")  # fmt: skip
_ORDINAL_REF = lazy_re.compile(
    r"第\s*(?:[一二两三四五六七八九十]|\d+)\s*(?:个|家|位|条|单)|"
    r"\bthe (?:first|second|third|fourth|fifth|last) (?:one|customer|client|account|deal|opp\w*)\b",
    re.I,
)
_THAT_ONE = lazy_re.compile(  # "add a note on that one" after a list: its first (top) record
    r"\b(?:that|this) one\b|\bthat (?:deal|account|client|customer|opportunity|opp)\b|那个单子|这个单子|那一单|那单|"
    r"那笔单子|那个商机",
    re.I,
)
_OLDEST = lazy_re.compile(  # stuck longest: the first of a stuck-deal list (sorted by days stalled), nothing else
    r"\bthe (?:oldest|stalest|longest[- ]stuck|longest[- ]stalled)(?: one| deal| opp\w*)?\b|(?:卡|停|拖)得?最久的?那?|最老的那",
    re.I,
)
_TOP_REF = lazy_re.compile(
    r"第一名|排第一|排名第一|榜首|排在最前|头名|\b(?:the )?(?:top one|number one|no\.? ?1)\b|\branked first\b|\bat the top\b", re.I
)
_TOP_CATEGORY = lazy_re.compile(
    r"(?:最多|最大|最严重|最常见|排第一|第一)的?(?:那|这)?一?(?:个)?(?:类|种|类别|类型)|(?:那|这)一?(?:类|个类别)里|"
    r"\b(?:the )?(?:top|biggest|largest|most common|leading) (?:category|type|kind)\b|\b(?:that|this) (?:category|type|kind)\b",
    re.I,
)
_CARRIED = ("period", "metric", "scope", "category")  # a short same-tool follow-up ("按人排一下") keeps these


def followup_args(
    text: str, payload: str | None, m: Mentions, memory: Memory, today: dt.date, role: str | None
) -> dict[str, Any]:
    """Return the last call's arguments with whatever the follow-up names replaced."""
    tool = memory.last_tool or ""
    earlier = shifted_period(text, memory.last_args.get("period"), today)
    if earlier:  # "再往前一个季度呢": the period moves; the rest of the words name no slot ("一个" is no count)
        text = without_shift(text)
    if tool and (switched := followup_tool(tool, text)) != tool:  # "那上个月是谁最多" after alerts: a new ranking
        fresh = build_args(switched, text, payload, m, today, None)
        fresh |= {"period": memory.last_args["period"]} if "period" not in fresh and memory.last_args.get("period") else {}
        _the_rep(switched, fresh, text, memory)  # "pull up her messages" after counts: that rep's alerts
        if not to_group(switched, fresh, text, memory) and switched in _ONE_CUSTOMER and not fresh.get("customer"):
            fresh |= {"customer": memory.last_customer} if memory.last_customer else {}  # "那他们今年一共下了多少"
        if earlier:
            fresh["period"] = earlier
        return fresh
    fresh = build_args(tool, text, payload, m, today, None)
    args = dict(memory.last_args)
    if tool == "team_performance":  # "and the fewest?" after orders last quarter: that measure and period, turned
        _ranked_again(text, fresh, args, today)
    for key in _FOLLOWUP_SLOTS:
        if key in fresh:
            args[key] = fresh[key]
    if tool == "team_performance" and fresh.get("compare_previous"):
        _compared(text, fresh, args, memory, today)
    if tool in ("pipeline_status", "sales_forecast") and "scope" not in fresh:
        explicit = re.search(r"我的|我自己|\bmy\b|\bmine\b|\bme\b", text, re.I)
        if explicit:
            args["scope"] = "me"
    if tool == "find_customers" and (m.countries or m.cities) and not m.customers:
        args.pop("query", None)
    if earlier:
        args["period"] = fresh["period"] = earlier  # "and the quarter before that?": one step further back
    if tool == "order_history" and "period" in fresh and "last" not in fresh:
        args.pop("last", None)  # "那去年同期呢" after "上次买了什么": that period's orders, not only the last
    if not fresh.get("customer") and refers_to_group(text, memory, tool) and tool in GROUP_TOOLS:
        args.pop("customer", None)  # "那这几家呢" after a list: the same question for the whole list
        args.pop("customers", None)
        to_group(tool, args, text, memory)
    return args


def _compared(text: str, fresh: dict[str, Any], args: dict[str, Any], memory: Memory, today: dt.date) -> None:
    """"跟上季度比呢" after a figure: the same period as before, against the one before it."""
    args["compare_previous"] = True
    named = find_period(text, today)
    base_only = named is None or named.period != fresh.get("period")  # "上季度" named only as what to compare with
    if memory.last_args.get("period") and base_only:
        args["period"] = memory.last_args["period"]


_MOST = lazy_re.compile(r"最多|最高|最好|第一名|\b(?:most|highest|best|top)\b", re.I)


def _ranked_again(text: str, fresh: dict[str, Any], args: dict[str, Any], today: dt.date) -> None:
    """Keep the last ranking's measure and period unless the follow-up names them; "the most" turns it back."""
    if metric(text) is None and args.get("metric"):
        fresh.pop("metric", None)  # "fewest" alone implies activities only in a question of its own
    if find_period(text, today) is None and args.get("period"):
        fresh.pop("period", None)
    if "sort" not in fresh and _MOST.search(text):
        args.pop("sort", None)


_AMONG = lazy_re.compile(r"其中|这里面|这里头|这些里|那些里|里面的|\bamong (?:them|those|these)\b|\bof (?:those|these|them)\b", re.I)


def fill_from_memory(
    tool: str, args: dict[str, Any], text: str, m: Mentions, memory: Memory, source: str
) -> None:
    """Supply what a request refers back to: the customer ("他", "this account") or the pasted text."""
    if tool == memory.last_tool and tool in _REP_TOOLS and _short(text):
        for key in _CARRIED:
            if key not in args and key in memory.last_args and not (key == "scope" and args.get("rep_login")):
                args[key] = memory.last_args[key]
        if memory.last_args.get("rep_login") and not (args.get("rep_login") or args.get("rep_logins") or m.users):
            args.pop("scope", None)  # "only the high ones" after one rep's alerts: still that rep
            args["rep_login"] = memory.last_args["rep_login"]
    if tool in ALERT_TOOLS and memory.last_tool in ALERT_TOOLS and _AMONG.search(text):  # "其中承诺类的是谁发的"
        for key in ("period", "severity", "rep_login", "category"):  # within what was just counted or listed
            if key not in args and memory.last_args.get(key) and not (key == "rep_login" and m.users):
                args[key] = memory.last_args[key]
    if tool in ALERT_TOOLS and not args.get("category") and memory.top_category and _TOP_CATEGORY.search(text):
        args["category"] = memory.top_category  # "最多的那类是谁犯得最多" after counts by category
        if tool == "compliance_stats" and re.search(r"谁|哪个销售|哪位|\bwho\b|\bwhich reps?\b", text, re.I):
            args["group_by"] = "rep"  # within that one category, by rep
        if memory.last_args.get("period") and not args.get("period"):
            args["period"] = memory.last_args["period"]
    if tool == "save_summary" and not args.get("text") and memory.pasted:
        args["text"] = memory.pasted
    if tool == "update_deal_stage" and not args.get("deal") and (deal := _listed_deal(text, memory)):
        args["deal"] = deal  # "第一个推进到谈判阶段" / "move the second one to proposal" after a list of deals
        return
    picked = _ORDINAL_REF.search(text) if memory.listed and not args.get("customer") else None
    if picked and tool in _ONE_CUSTOMER and (chosen := pick_ordinal(picked.group(0), memory.listed)):
        args["customer"] = record_ref(chosen)  # "log a note on the first one: …"
        return
    if not args.get("customer") and tool in _ONE_CUSTOMER and (chosen := picks_listed(memory, m, text)):
        args["customer"] = record_ref(chosen)  # "what did the Marseille one buy last time?" after a list
        return
    if memory.listed and not args.get("customer") and tool in _ONE_CUSTOMER and LISTED_TOP.search(text):
        args["customer"] = record_ref(memory.listed[0])  # "what did the biggest one order last?" after a ranking
        if tool == "order_history" and memory.last_tool == tool and memory.last_args.get("period") and not args.get("last"):
            args.setdefault("period", memory.last_args["period"])  # the biggest of the quarter's buyers: that quarter's
        return
    if memory.listed and not args.get("customer") and tool == "log_activity" and _THAT_ONE.search(text):
        args["customer"] = record_ref(memory.listed[0])  # "add a note on that one: …" after deals
        return
    top = _TOP_REF.search(text)  # "第一名的原文给我看看" after a ranking of reps: its first rep
    rep_tool = tool in _REP_TOOLS or (tool == "receivables" and not m.customers and memory.last_tool in _RANKS)
    if rep_tool and memory.last_tool in _REP_TOOLS and (has_pronoun(text) or top) and memory.last_rep:
        if not (args.get("rep_login") or args.get("rep_logins")):
            args.pop("scope", None)
            args["rep_login"] = memory.last_rep  # "把他的违规消息给我看看" after a ranking of reps
            listing = tool == "sensitive_alerts" and memory.last_tool == "compliance_stats"  # "他的具体消息" after counts
            if (top or listing) and memory.last_args.get("period") and not args.get("period"):
                args["period"] = memory.last_args["period"]  # the ranking's period ("上季度…" then "第一名的原文")
            if listing and memory.last_args.get("category") and not args.get("category"):
                args["category"] = memory.last_args["category"]  # a rep ranked within a category: that category's
        return
    if to_group(tool, args, text, memory):  # "which of them still owe us?" after a list: only that list
        return
    if tool == "receivables" and len(memory.listed) > 1 and not args.get("customer"):
        return
    if args.get("customer") or not memory.last_customer:
        return
    refers_back = has_pronoun(text) or source == "mention" or tool == "order_history"  # "最后一单买的啥"
    refers_back = refers_back or _same_subject(text, memory)  # "现在还有多少没收回来" right after X's orders
    if tool in CUSTOMER_REQUIRED or (tool in CUSTOMER_OPTIONAL and refers_back):
        args["customer"] = memory.last_customer


_NEW_SUBJECT = lazy_re.compile(
    r"哪些|哪几|哪家|所有|全部|我的|我们|咱们|团队|组里|客户们|名下|总(?:共|计|额|数|欠|的)|^总|一共|合计|"
    r"\b(?:which|all|my|our|team|customers|clients|accounts|everyone|in total|total|overall|altogether)\b",
    re.I,
)


def _same_subject(text: str, memory: Memory) -> bool:
    """Whether a short request naming no subject follows a call about one customer (and so is about it too)."""
    return (
        memory.last_tool in _ONE_CUSTOMER
        and bool(memory.last_args.get("customer"))
        and is_short(text, 14, 8)
        and not _NEW_SUBJECT.search(text)
    )


def _listed_deal(text: str, memory: Memory) -> str | None:
    """Return the deal an ordinal or "that one" picks from the deals the last answer listed, if any."""
    if not memory.deals:
        return None
    picked = _ORDINAL_REF.search(text)
    if picked:
        chosen = pick_ordinal(picked.group(0), [{"id": d} for d in memory.deals])
        return str(chosen["id"]) if chosen else None
    stuck = memory.last_tool == "pipeline_status" and bool(memory.last_args.get("stalled_only"))
    if _OLDEST.search(text):  # "卡得最久的那单" right after a stuck-deal list: its first; otherwise ask which one
        return memory.deals[0] if stuck else None
    if _THAT_ONE.search(text):  # "mark that one lost": the first deal shown
        return memory.deals[0]
    return None


def _short(text: str) -> bool:
    """Return whether ``text`` is a short follow-up ("按人排一下", "by category?") rather than a new request."""
    return is_short(text, 12, 5)


def _the_rep(tool: str, args: dict[str, Any], text: str, memory: Memory) -> None:
    """Name the rep of the last report ("her", "第一名") in a follow-up that switched to a rep tool."""
    if tool in _REP_TOOLS and memory.last_rep and not (args.get("rep_login") or args.get("rep_logins")):
        if has_pronoun(text) or PERSON.search(text) or _TOP_REF.search(text) or re.search(r"\b(?:her|his)\b|她的|他的", text, re.I):
            args.pop("scope", None)
            args["rep_login"] = memory.last_rep
