"""Corrections to the routed tool that depend on what the request names (or does not name).

The classifier picks a tool from the wording; a few requests are worded like one tool but
can only be answered by another, whatever the phrasing:

* an order count or sales total with no customer ("这个月我出了多少单") is the asker's (or the
  team's) own figures: ``team_performance``, not a customer's ``order_history``;
* the same words with a customer named ("Atlas orders in May, count + total") are that customer's ``order_history``;
* a "forecast" for a period already over ("my sales last month") is an actual: ``team_performance``;
* counting alerts ("今年一共多少条回扣类的违规") is ``compliance_stats``, listing them with
  their messages (or one severity's alerts, not counted) is ``sensitive_alerts``;
* reps ranked by deals that have not moved is the pipeline's stalled deals: ``pipeline_status``;
* deals won in a period, with their amount, are the rep's actuals (``team_performance``), not the pipeline,
  and so are reps ranked by deals won ("who closed the most"); a bare count of one's won deals
  ("how many deals did I win") stays with the pipeline, which lists them;
* "谁的最多" right after violation counts asks about violations again, not sales; so does a ranking
  of an alert category ("去年私单类谁最多").

"""

from __future__ import annotations

import datetime as dt
import re

from assistant.agents.offline.alert_choice import QUEUE_SIZE, alert_tool
from assistant.agents.offline.deal_superlatives import asks_biggest_deal, asks_most_open
from assistant.agents.offline.elided_asks import counts_person
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory, has_pronoun, picks_listed
from assistant.agents.offline.group_refs import group_tool, refers_to_group
from assistant.agents.offline.script_asks import asks_draft
from assistant.agents.offline.slots_reports import metric
from assistant.agents.offline.stage_words import stages_of
from assistant.agents.offline.topics import LISTED_ORDINAL, LISTED_TOP, asks_past_order
from assistant.text import lazy_re
from assistant.text.period_phrases import find_period
from assistant.text.periods import PeriodError, parse_period

_COUNT = lazy_re.compile(  # "最近几条" / "the most recent" list the latest alerts, they do not count them
    r"多少条|(?<!最近)(?<!最新)(?<!近期)(?<!最近的)(?<!最新的)几条|多少个|多少次|多少起|一共|总共|统计|数量|排名|排行|最多|最少|"
    r"how many|number of|count\b|counts\b|tally|the most(?! recent| latest)|the fewest|rank|"
    r"\b(?:top|worst|biggest) (?:offender|violator)s?\b",
    re.I,
)
_MESSAGES = lazy_re.compile(
    r"原文|原话|原句|怎么说的|消息|内容|聊天记录|说了什么|具体|明细|messages?\b|what (?:he|she|they) (?:said|wrote)|\bwording\b|\btext\b",
    re.I,
)
_SIZE = lazy_re.compile(r"积压|压了多少|堆了多少|" + QUEUE_SIZE, re.I)
_GROUPED = lazy_re.compile(
    r"按类|按人|按月|按销售|每类|各类|每个人|各销售|各个销售|每个销售|各人|分布|趋势|走势|排名|"
    r"\bby (?:type|category|rep|person|month)|\bper (?:rep|type|category|month)|breakdown|\btrend|\bmonthly\b",
    re.I,
)
_WON = lazy_re.compile(r"赢了|赢单|拿下|签了|成交|\bw[io]ns?\b|\bclos(?:ed|es|e|ing)\b", re.I)
_AMOUNT = lazy_re.compile(r"金额|多少钱|业绩|营收|how much|\btotal\b|\bvalue\b|\brevenue\b|\$", re.I)
_RANKS_REPS = lazy_re.compile(  # "who closed the most deals": a ranking of reps, not one pipeline
    r"(?:谁|哪个销售|哪位).{0,12}(?:最多|最少)|排名|排行|"
    r"\b(?:who|which (?:rep|salesperson|person|one of (?:us|them|my (?:reps|team))))\b.{0,30}\b(?:most|fewest|least)\b|"
    r"\b(?:rank|ranking|leaderboard|top closer)",
    re.I,
)
_HOW_MANY = lazy_re.compile(r"几单|几个单|几笔|几个|多少单|多少个|\bhow many\b|\bnumber of\b|\bcount\b", re.I)
_NONE_WON = lazy_re.compile(  # "有没有人这季度一单没签" / "did anyone not close a deal": reps with zero won deals
    r"(?:谁|有没有人|哪个|哪位).{0,12}(?:一单都?没|没(?:有)?(?:赢|签|成交|开单)|零赢单|0赢单)|"
    r"\b(?:any ?one|any ?body|who|which reps?)\b.{0,30}\b(?:not|n't|never|no|zero)\b.{0,20}\b(?:clos\w*|w[io]n\w*|deals?)\b",
    re.I,
)
_PIPELINE = lazy_re.compile(
    r"管道|漏斗|阶段|在跟|卡住|停滞|赢单率|转化率|pipeline|funnel|stage|stuck|stall|open deals|win rate|conversion",
    re.I,
)
_PERFORMANCE = lazy_re.compile(
    r"业绩|营收|销售额|订单|下单|赢单|跟进|拜访|revenue|sales|orders?\b|deals?\b|activit|visits?\b|calls?\b",
    re.I,
)
_MINE = lazy_re.compile(r"我|咱|团队|组里|\b(?:I|my|me|we|our|team)\b", re.I)
_ALERT_ONLY = ("bribery", "private_deal", "abuse", "competitor_slander", "contact_leak")  # no sales figure has them
_DEALS = lazy_re.compile(r"单子|商机|\bdeals?\b|\bopportunit", re.I)
_STALLED = lazy_re.compile(
    r"卡住|卡着|卡得|卡在|卡了|停滞|没进展|没有进展|不动|推不动|\bstuck\b|\bstall|\bstagnant|\bnot moving\b|"
    r"\b(?:haven'?t|hasn'?t|not|never) (?:moved|progressed|budged)|\bno (?:movement|progress)\b",
    re.I,
)


_BOUGHT = lazy_re.compile(  # what a named customer ordered: "下了多少", "上回买的啥", "进了哪些货", "what did they buy last"
    r"下了?多少|下了?几单|下了?几笔|下单|下的单|订单|订了|订过|买了|买的|买过|买啥|买什么|采购了|采购额|采购总额|进了|进的货|进货|拿了多少货|"
    r"拿货|提货|进货额|订货额|"
    r"(?<![a-z])(?:orders?|ordered|bought|buy|purchased?|purchases|spend|spent|spending)(?![a-z])",
    re.I,
)
_UNPAID = lazy_re.compile(r"没付|未付|欠|逾期|(?<![a-z])(?:unpaid|owe[sd]?|owing|overdue)(?![a-z])", re.I)
_OWES = lazy_re.compile(  # money a named customer owes: "有没有逾期", "欠款", "settled", "paid"
    r"逾期|欠款|欠钱|欠我们|欠多少|还欠|拖欠|未付|没付|付了没|付款了|回款|结清|结款|结了没|尾款|应收|"
    r"(?<![a-z])(?:overdue|owe|owes|owed|owing|outstanding|unpaid|settled?|paid|pay(?:ment)?|invoices?|late on payment|receivables?)(?![a-z])",
    re.I,
)
_PAID_Q = lazy_re.compile(  # whether an order was paid: "最近那一单付清了没", "did they settle the latest order"
    r"付清|付了没|付款了没|付了吗|结清|结了没|结了吗|钱(?:收回来|到账|到了)|货款到|"
    r"(?<![a-z])(?:settled?|paid|pay for|pay up on|cleared? the payment)(?![a-z])",
    re.I,
)
_UPDATE = lazy_re.compile(r"改一下|改下|帮我改|更新|调整|\b(?:update|change|fix|mark|set)\b", re.I)
_PROFILE_WORDS = lazy_re.compile(r"联系人|电话|地址|资料|档案|详情|\bcontacts?\b|\bprofile\b|\bdetails\b", re.I)


_NOT_ALERTS = ("pipeline_status", "team_performance", "customer_profile", "find_customers", "update_deal_stage")
_ALERT_WORD = lazy_re.compile(r"告警|违规|预警|标记|\b(?:alerts?|flags?|flagged|violations?|infractions?|breaches)\b", re.I)
_WHO_MOST = lazy_re.compile(
    r"(?:谁|哪个销售|哪位|哪个人).{0,14}(?:最多|最少|第一|垫底|最严重|最频繁|最常|次数最)|排名|排行|"
    r"\b(?:who|which (?:rep|salesperson|sales ?rep|person|team|category|one of (?:them|us)))\b.{0,40}"
    r"\b(?:most(?! recent| latest)|fewest|top|worst)\b",
    re.I,
)


def followup_tool(last_tool: str, text: str) -> str:
    """Return the tool of a short follow-up: the last one, except "那上个月是谁最多" after alerts (the per-rep counts)."""
    if asks_draft(text):
        return "suggest_scripts"  # "那给他写个提醒消息" after any answer: a message for the customer in context
    if switched := group_tool(last_tool, text):  # "那他们今年一共下了多少" after money owed: their order totals
        return switched
    if last_tool == "sensitive_alerts" and _WHO_MOST.search(text) and not _MESSAGES.search(text):
        return "compliance_stats"
    if last_tool == "pipeline_status" and metric(text) in ("revenue", "orders"):
        return "team_performance"  # "and their revenue that month?" after a rep's deals: that rep's figures
    if last_tool == "sensitive_alerts" and counts_person(text, _COUNT) and not _MESSAGES.search(text):
        return "compliance_stats"  # "这个人今年一共被标了多少次" after an alert: that rep's alerts, counted
    if last_tool == "compliance_stats" and _MESSAGES.search(text) and not (_WHO_MOST.search(text) or _COUNT.search(text)):
        return "sensitive_alerts"  # "把她11月的原话调出来" after counts: that rep's alerts, listed
    return last_tool


def redirect(tool: str, text: str, m: Mentions, memory: Memory, today: dt.date, role: str | None = None) -> str:
    """Return the tool that can answer ``text`` when the routed ``tool`` cannot, else ``tool``.

    A rep's own alerts are always ``sensitive_alerts`` (scoped to them): ``compliance_stats`` is for
    QA and managers and would refuse a rep's "我上个月高风险的违规有几条".
    """
    if alerts := alert_tool(tool, text, m, role):
        return "sensitive_alerts" if role == "rep" and alerts == "compliance_stats" else alerts
    if role == "rep" and tool == "compliance_stats":
        return "sensitive_alerts"
    if tool in ("log_activity", "receivables", "customer_profile", "pipeline_status") and asks_draft(text):
        return "suggest_scripts"  # "给她写条跟进微信": a message to write, not one to record or a report
    if tool != "compliance_stats" and ranks_violators(text, m):
        return "compliance_stats"  # "哪个销售触发的告警最多" / "who leaked contact info most": alerts counted per rep
    if tool in ("compliance_stats", "sensitive_alerts") and ranks_idlers(text, m):
        return "team_performance"  # "组里谁最偷懒，跟进最少": activity counts per rep, not alerts
    if m.category and tool in _NOT_ALERTS and _ALERT_WORD.search(text):  # "how many off-book deal flags in 2024"
        return "sensitive_alerts" if _MESSAGES.search(text) and not _COUNT.search(text) else "compliance_stats"
    if tool == "next_purchase" and asks_past_order(text) and not _PAID_Q.search(text):
        return "order_history"  # "X上回是哪天下的单": the last order, not the next one
    named = bool(m.customer or m.customers) and not (m.users or m.teams)
    if tool in ("team_performance", "order_history") and not named and asks_biggest_deal(text):
        return "pipeline_status"  # "我手上最大的一单" / "her biggest deal": the largest open deal, named
    if tool == "team_performance" and asks_most_open(text):
        return "pipeline_status"  # "谁手上在跟的商机最多": open deals per rep, not sales figures
    if named and tool in ("customer_profile", "team_performance", "find_customers") and not _PROFILE_WORDS.search(text):
        if _OWES.search(text):
            return "receivables"  # "源天有没有逾期" / "has Northstar settled": that customer's money owed
        if _BOUGHT.search(text):
            return "order_history"  # "和泰上回买的啥" / "what did Northstar buy last": that customer's orders
    if named and tool in ("order_history", "next_purchase", "churn_risk") and _PAID_Q.search(text):
        return "receivables"  # "did Northstar settle the most recent order": whether it is paid, not what it was
    if m.users and tool in ("find_customers", "churn_risk", "customer_profile") and _OWES.search(text):
        return "receivables"  # "张伟名下哪些客户逾期了": that rep's overdue customers
    rest = text[top.end() :] if tool == "receivables" and memory.listed and (top := LISTED_TOP.search(text)) else ""
    if rest and _BOUGHT.search(rest) and not _UNPAID.search(rest):  # not "那家还有哪些订单没付": what is owed
        return "order_history"  # "欠得最多那家上回啥时候下的单" after a list of debtors: the top one's orders
    if tool == "pipeline_status" and _UPDATE.search(text) and stages_of(text)[0]:
        return "update_deal_stage"  # "X的单子签下来了，stage帮我改一下": news of a win or loss, then an update
    if tool == "order_history" and not (m.customer or has_pronoun(text) or m.products or refers_to_group(text, memory)):
        # "我这个月下了多少单": the rep's own orders; "上一单买的什么" in a thread about a customer: theirs
        listed_top = bool(memory.listed and (LISTED_TOP.search(text) or LISTED_ORDINAL.search(text) or picks_listed(memory, m, text)))
        if not listed_top and (not memory.last_customer or _MINE.search(text) or m.users):
            return "team_performance"
    if tool == "sales_forecast":
        found = find_period(text, today)
        if found and found.period.startswith(("last_", "same_time_last")):
            return "team_performance"
        ahead = find_period(text, today, prefer_future=True)  # "team revenue in 2024": a closed period has actuals
        if ahead and _ended(ahead.period, today) and not _FORECAST.search(text):
            return "team_performance"
    sized = _SIZE.search(text)  # "how deep is the open-alert queue": its size is a count, to date
    open_all = m.alert_status == "open" and not find_period(text, today) and not (_GROUPED.search(text) or _WHO_MOST.search(text) or sized)
    if tool == "compliance_stats" and open_all:
        return "sensitive_alerts"  # "她还有几条告警没处理": every open alert (the counts default to a quarter), counted
    if (
        tool == "sensitive_alerts"
        and (_COUNT.search(text) or _GROUPED.search(text))
        and not _MESSAGES.search(text)
        and not open_all  # "上个月高风险的有几条": a count, filtered by severity too
    ):
        return "compliance_stats"
    if (
        tool == "compliance_stats"
        and ((m.severity and not _COUNT.search(text)) or _MESSAGES.search(text))
        and not _WHO_MOST.search(text)
        and not _GROUPED.search(text)
    ):  # "high-severity alerts" / "rep04 十月的违规原话": the alerts themselves (not "who has the most")
        return "sensitive_alerts"
    if (
        tool == "pipeline_status"
        and _WON.search(text)
        and _AMOUNT.search(text)
        and not _PIPELINE.search(text)
    ):
        return "team_performance"  # "how many deals did I win this year, for how much": an actual, per rep
    if tool == "pipeline_status" and not _PIPELINE.search(text) and (
        _NONE_WON.search(text) or (_WON.search(text) and _HOW_MANY.search(text) and m.users)
    ):  # "张伟今年赢了几单" (a manager naming the rep) / "anyone with no wins this quarter": won deals per rep
        return "team_performance"  # (one's own "how many have I won" stays with the pipeline's won count)
    if tool == "pipeline_status" and _WON.search(text) and _RANKS_REPS.search(text) and not _PIPELINE.search(text):
        return "team_performance"  # "who closed the most deals this quarter": reps ranked by won deals
    if tool == "team_performance" and m.customer and not (m.users or m.teams):
        return "order_history"  # "Atlas - orders in May? count + total": one customer's orders, not a rep's figures
    if tool == "team_performance" and _STALLED.search(text) and _DEALS.search(text):
        return "pipeline_status"
    if tool == "team_performance" and m.category in _ALERT_ONLY:
        return "compliance_stats"  # "去年私单类谁最多": a ranking of alerts of that category, not of sales
    if (
        tool == "team_performance"
        and memory.last_tool == "compliance_stats"
        and not _PERFORMANCE.search(text)
    ):
        return "compliance_stats"  # "谁的最多" right after violation counts: still violations
    return tool


_FORECAST = lazy_re.compile(r"预测|预估|预计|\b(?:forecast\w*|project\w*|outlook|expect\w*)\b", re.I)


def _ended(period: str, today: dt.date) -> bool:
    """Whether the canonical ``period`` ended before ``today`` (a closed year, quarter or month)."""
    try:
        return parse_period(period, today).end < today
    except PeriodError:
        return False


_IDLE = lazy_re.compile(
    r"偷懒|划水|摸鱼|最懒|不干活|混日子|跟进(?:记录|次数)?(?:最少|最低)|拜访(?:最少|最低)|"
    r"\b(?:slack\w*|lazy|laziest|idle|coasting)\b|\bfewest (?:follow-?ups|calls|visits|activities)\b",
    re.I,
)


def ranks_violators(text: str, m: Mentions) -> bool:
    """Whether ``text`` ranks reps by compliance alerts ("high-risk alerts in Q2, which rep had the most").

    Needs a ranking of people, an alert word or category, and no ask for the messages themselves.
    """
    alerts = bool(_ALERT_WORD.search(text) or m.category in _ALERT_ONLY or _LEAKED.search(text))
    return alerts and bool(_WHO_MOST.search(text)) and not _MESSAGES.search(text) and not m.customers


def ranks_idlers(text: str, m: Mentions) -> bool:
    """Whether ``text`` asks which rep does the least work ("谁最偷懒", "who's slacking"): activity counts."""
    return bool(_IDLE.search(text)) and not (_ALERT_WORD.search(text) or m.category or _LEAKED.search(text))


_LEAKED = lazy_re.compile(
    r"泄露|泄漏|私留|留(?:了|下)?(?:私人)?(?:联系方式|微信|电话)|\bleak\w*|\bshar\w* (?:personal |private )?(?:contact|phone|wechat)",
    re.I,
)
