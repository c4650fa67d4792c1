"""Argument filling for the report tools: team_performance, receivables, order_history, compliance_stats.

Slots only (which tool to call is the router's job): the period ("本季度", "最近3个月",
"去年这个时候"), reps named by login or display name (张伟 → rep01, from the mentions),
metric words (业绩/营收 → revenue, 下单 → orders, 赢单 → won_deals, 划水/跟进 → activities),
the ranking direction ("最少", "划水" → asc), the grouping of violations (按类别/按月),
overdue words (逾期/欠/没付 → overdue_only), and "last time"/"上次" for the last order.
:func:`build` is called by :func:`assistant.agents.offline.slots.build_args`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.product_kinds import product_category
from assistant.text import lazy_re
from assistant.text.period_phrases import find_period

REPORT_TOOLS = ("team_performance", "receivables", "order_history", "compliance_stats")

_TEAM = lazy_re.compile(
    r"团队|我们组|组里|本组|全组|小组|组员|下属|手下|\bteam\b|\bmy (?:guys|reps|people|folks|sales ?people|group)\b",
    re.I,
)
_RANKING = lazy_re.compile(
    r"谁|哪个销售|哪位|排名|排行|\bwho\b|\bwhich rep|\brank", re.I
)  # a team question, except from a rep
_ALL = lazy_re.compile(
    r"全公司|公司整体|整个公司|所有人|所有销售|全员|whole company|\beveryone\b|\ball reps\b|company-wide",
    re.I,
)
_ME = lazy_re.compile(
    r"(?<![帮给让])我(?!们)|\bmy\b|\bmine\b|(?<!show )(?<!give )(?<!tell )(?<!let )(?<!send )(?<!get )\bme\b|\bI\b",
    re.I,
)
_METRICS: list[tuple[str, re.Pattern[str]]] = [
    (
        "activities",
        lazy_re.compile(
            r"划水|摸鱼|偷懒|跟进|拜访|活动|勤奋|努力|懒|slack|lazy|idle|activit|follow-?ups?|calls?\b|visits?\b",
            re.I,
        ),
    ),
    (
        "won_deals",
        lazy_re.compile(
            r"赢单|赢了|赢下|成交.*(?:单|商机)|签单|拿下|won|closed|close[sd]? the most|wins?\b", re.I
        ),
    ),
    ("orders", lazy_re.compile(r"订单数|单量|下单|几单|多少单|order count|number of orders|\borders\b", re.I)),
    (
        "revenue",
        lazy_re.compile(
            r"业绩|营收|销售额|收入|回款|营业额|revenue|sales|turnover|booked|\bsold\b|\bsell|卖了|卖得|卖出",
            re.I,
        ),
    ),
]
_ASC = lazy_re.compile(
    r"划水|摸鱼|偷懒|最少|最低|最差|垫底|倒数|最懒|最闲|很闲|不努力|不积极|不干活|混日子|"
    r"slack|laz(?:y|ier|iest)|idle|least|fewest|lowest|worst|bottom|quiet(?:est)?\b|not pulling",
    re.I,
)
_COMPARE = lazy_re.compile(
    r"对比|相比|环比|同比|比上|比去年|跟上.{0,5}比|和上.{0,5}比|跟去年|和去年|增长了?多少|"
    r"compar|\bvs\.?\b|versus|than last|against last|growth|year[- ]over[- ]year|\byoy\b",
    re.I,
)
_TOTAL = lazy_re.compile(
    r"一共|总共|总额|合计|总计|总的|全部|所有|其中|\btotal|\boverall\b|altogether|in all\b|outstanding", re.I
)
_OVERDUE = lazy_re.compile(
    r"逾期|过期|拖欠|超期|没付|未付|还没付|没给钱|没回款|迟付|overdue|late|past due|unpaid|not paid|hasn'?t paid",
    re.I,
)
_LAST = lazy_re.compile(
    r"上次|上一次|上回|最近一次|最后一次|最后(?:那|一)[单笔]|最后那一[单笔]|最近一笔|最近那一?[单笔]|最近的?一单|最新的?一单|上一笔|上一单|last time|last order|latest order|most recent order|last invoice",
    re.I,
)
_BY_CATEGORY = lazy_re.compile(
    r"按类别|按类型|分类|哪类|哪种|哪一类|哪一种|哪个类|什么类|每类|各类|每种|各种类型|类别|类型|"
    r"by category|by type|per type|per category|each (?:type|kind|category)|which (?:[\w-]+ ){0,2}(?:kinds?|types?|categor)|what (?:[\w-]+ ){0,2}(?:kinds?|types?|categor)|"
    r"by (?:violation|alert) (?:type|kind|category)|(?:violation|alert) (?:types?|categories)|types? of (?:violation|alert)|"
    r"categor(?:y|ies) (?:breakdown|split|mix)|(?:breakdown|split) by|(?:most common|top|biggest|main) (?:\w+ )?(?:type|kind|category)",
    re.I,
)
_BY_MONTH = lazy_re.compile(
    r"按月|每月|每个月|月度|趋势|走势|变化|涨了|降了|多了还是少了|上升|下降|by month|per month|monthly|trend|"
    r"going (?:up|down)|increas|decreas|over time|哪个月|哪一个月|哪几个月|几月份?最|哪月|"
    r"which months?|what months?|(?:busiest|worst|peak|highest|biggest) months?|month with the most",
    re.I,
)
_TAGS: list[tuple[str, re.Pattern[str]]] = [
    ("price_sensitive", lazy_re.compile(r"价格敏感|对价格敏感|嫌贵|砍价|price[- ]sensitive", re.I)),
    ("long_term", lazy_re.compile(r"长期合作|老客户|长期客户|long[- ]term", re.I)),
    ("quality_first", lazy_re.compile(r"重视质量|看重质量|质量优先|quality[- ]first|care about quality", re.I)),
    ("fast_delivery", lazy_re.compile(r"要求快交货|急单|交期要求|看重交期|fast delivery|quick delivery", re.I)),
]
# "环比上个月" / "vs last month": the current period compared with the one named (its trend is in the result)
_VS_PREVIOUS = lazy_re.compile(
    r"(?:环比|相比|对比|比|跟|和|\bvs\.?|versus|compared (?:to|with)|than)\s*"
    r"(上个?月|上个?季度|去年|last month|last quarter|last year)",
    re.I,
)
_CURRENT = {"上月": "this_month", "上个月": "this_month", "上季度": "this_quarter", "上个季度": "this_quarter",
            "去年": "this_year", "last month": "this_month", "last quarter": "this_quarter", "last year": "this_year"}  # fmt: skip
_PREVIOUS_OF = {"this_month": "last_month", "this_quarter": "last_quarter", "this_year": "last_year"}
_BY_REP = lazy_re.compile(
    r"哪个销售|哪位销售|谁|每个人|每个销售|按销售|按人|which rep|who|per rep|by rep|worst offender|offenders", re.I
)
_TO = lazy_re.compile(r"^\s*(?:到|至|→|->|to|until|through)\s*$", re.I)
_VS = lazy_re.compile(r"^\s*(?:跟|和|与|同|对比|比|vs\.?|versus|compared (?:to|with)|against|and)\s*$", re.I)
_YEAR_OF = {"this_year": 0, "last_year": 1}


def compared_later(text: str, today: dt.date, found: Any) -> str | None:
    """Return the later of two consecutive years compared ("25年跟26年", "this year vs last year"), else None.

    The later year's figures come with the previous year's beside them, so one call answers both.
    """
    if found is None:
        return None
    after = find_period(text[found.end :], today)
    if after is None or not _VS.match(text[found.end : found.end + after.start]):
        return None
    years = [_YEAR_OF.get(p, today.year - int(p) if p.isdigit() else None) for p in (found.period, after.period)]
    if None in years or abs(years[0] - years[1]) != 1:  # type: ignore[operator]
        return None
    return found.period if years[0] < years[1] else after.period  # fewer years back is later


def _later_period(text: str, today: dt.date, found: Any) -> str | None:
    """Return the second period of "从X到Y" / "from X to Y" (the later one is the period asked about)."""
    if found is None:
        return None
    after = find_period(text[found.end :], today)
    if after is None or not _TO.match(text[found.end : found.end + after.start]):
        return None
    return after.period
_BY_TEAM = lazy_re.compile(
    r"哪个(?:组|团队|小组)|哪组|各(?:个)?(?:组|团队)|每个(?:组|团队)|按(?:组|团队)|[两三几]个(?:组|团队|小组)|所有(?:的)?(?:组|团队|小组)|"
    r"组(?:与|和|跟)组|(?:组|团队)之间|\bwhich team\b|\bteams\b|\b(?:by|per|each) team\b|\bteam (?:vs\.?|versus) team\b",
    re.I,
)


def _scope(text: str, role: str | None) -> str | None:
    if _ALL.search(text):
        return "all" if role == "admin" else ("team" if role == "manager" else "all")
    if _TEAM.search(text) or (_RANKING.search(text) and role != "rep"):
        return "team"
    if _ME.search(text):
        return "me"
    return None  # the tool takes the role's natural scope


def metric(text: str) -> str | None:
    """Return the measure a request names (``revenue``, ``orders``, ``won_deals``, ``activities``), or None."""
    return next((name for name, pattern in _METRICS if pattern.search(text)), None)


_measure = metric


def _first(values: list[str]) -> str | None:
    return values[0] if len(values) == 1 else None


def _put(args: dict[str, Any], **values: Any) -> None:
    for key, value in values.items():
        if value is not None and value != "" and value is not False and value != []:
            args[key] = value


def build(
    tool: str, text: str, m: Mentions, today: dt.date, role: str | None, base: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Return the arguments of a report tool for a request (``customer`` of order_history may be missing).

    Other tools keep ``base`` (the arguments :mod:`~assistant.agents.offline.slots` built);
    ``pipeline_status`` gets ``rep_login`` when a rep is named ("张伟手上有哪些卡住的单子").
    """
    args: dict[str, Any] = dict(base or {})
    reps = list(dict.fromkeys(m.users))
    if tool == "pipeline_status":
        if len(reps) == 1:  # for a rep naming someone else the tool answers with a clear denial
            args["rep_login"] = reps[0]
            args.pop("scope", None)
        return args
    if tool == "find_customers":
        tag = next((t for t, pattern in _TAGS if pattern.search(text)), None)
        if tag:
            args["tag"] = tag
        return args
    if tool not in REPORT_TOOLS:
        return args
    args = {}
    found = find_period(text, today)
    period = found.period if found else None
    compared = compared_later(text, today, found)
    period = compared or period
    vs = _VS_PREVIOUS.search(text)
    if vs and found and found.period == _PREVIOUS_OF.get(_CURRENT[vs.group(1).lower()]):
        period = _CURRENT[vs.group(1).lower()]  # "违规数环比上个月": this month, against the last one
    if tool == "team_performance":
        metric = _measure(text)
        asc = bool(_ASC.search(text))
        if metric is None and asc:
            metric = "activities"  # "谁最近比较划水" = fewest activities
        if period is None and (asc or re.search(r"最近|近来|lately|recently", text, re.I)):
            period = "last_30_days"
        _put(
            args,
            period=period,
            scope=None if reps or len(m.teams) == 1 else _scope(text, role),
            rep_login=reps[0] if len(reps) == 1 else None,
            rep_logins=reps if len(reps) > 1 else None,
            team=None if reps or len(m.teams) > 1 else _first(m.teams),
            by_team=(bool(_BY_TEAM.search(text)) and not m.teams or len(m.teams) > 1) and not reps or None,
            metric=metric,
            sort="asc" if asc else None,
            compare_previous=(bool(compared) or bool(_COMPARE.search(text))) and len(reps) < 2,
            compare_period=_other_period(text, today, period) if len(reps) < 2 and not compared else None,
            limit=m.limit,
        )
    elif tool == "receivables":
        _put(
            args,
            customer=m.customer if len(m.customers) < 2 else None,
            customers=m.customers[:20] if len(m.customers) >= 2 else None,
            country=None if m.customer else _first(m.countries),
            city=None if m.customer else _first(m.cities),
            industry=None if m.customer else _first(m.industries),
            overdue_only=bool(_OVERDUE.search(text)) and not _LAST.search(text) and not _TOTAL.search(text),
            scope=None if (m.customer or reps) else _scope(text, role),
            rep_login=reps[0] if reps and not m.customer else None,
            team=m.teams[0] if len(m.teams) == 1 and not (m.customer or reps) else None,
            limit=m.limit,
        )
    elif tool == "order_history":
        product = m.products[0] if m.products else product_category(text, [*m.customers, m.customer or ""])
        last = bool(_LAST.search(text)) and not product  # "买过X吗，最后一次什么时候": every order with X
        _put(args, customer=m.customer, period=period, product=product, last=last or None,
             compare_period=compare_period(text, today, period) if not last else None, limit=m.limit)  # fmt: skip
    elif tool == "compliance_stats":
        period = _later_period(text, today, found) or period  # "从二季度到三季度涨最多": Q3 against Q2
        group = "category" if _BY_CATEGORY.search(text) else "month" if _BY_MONTH.search(text) else None
        if m.category and _BY_REP.search(text) and not re.search(r"哪类|哪种|which (?:kind|type|categor)", text, re.I):
            group = "rep"  # "私单这块谁最严重": reps ranked within the category
        if group is None and reps:
            group = "category"  # one rep's violations: what kind they are
        _put(
            args,
            period=period,
            group_by=group if group else ("rep" if _BY_REP.search(text) else None),
            rep_login=reps[0] if reps else None,
            team=None if reps or len(m.teams) != 1 else m.teams[0],  # "欧美组这季度违规多少": that team only
            category=m.category,
            severity=None if _WORST.search(text) else m.severity,  # "谁最严重" ranks; it is no severity filter
            status=m.alert_status,  # "各销售还有多少告警没处理": the open ones only
            limit=m.limit,
        )
    return args


def _other_period(text: str, today: dt.date, period: str | None) -> str | None:
    """Return the period a team total is compared with, unless it is simply the previous one ("跟去年11月比")."""
    other = compare_period(text, today, period)
    return None if other == _PREVIOUS_OF.get(period or "this_month") else other


_VERSUS = lazy_re.compile(r"跟|和|与|同|比|对比|相比|比较|\bvs\.?|\bversus\b|\bcompared? (?:to|with)\b|\bagainst\b", re.I)


def compare_period(text: str, today: dt.date, period: str | None) -> str | None:
    """Return the second period a request compares with ("今年下单总额跟去年比" → last_year), if any."""
    for cue in _VERSUS.finditer(text):
        other = find_period(text[cue.end() :], today)
        if other is not None and other.period != period and (period or other.period != "this_year"):
            return _same_span(other.period, period, today)
    return None


def _same_span(other: str, period: str | None, today: dt.date) -> str:
    """Read "同期/same period last year" as the span of ``period`` a year back, not one calendar month.

    "今年的订单跟去年同期比" compares this year with last year (the tool cuts both at the same day);
    "这季度跟去年同期比" compares with the same quarter of last year.
    """
    if other != "same_time_last_year" or period in (None, "this_month"):
        return other
    if period == "this_quarter":
        return f"{today.year - 1}-Q{(today.month - 1) // 3 + 1}"
    return "last_year" if period == "this_year" else other


_WORST = lazy_re.compile(r"最严重|最厉害|最恶劣|\bworst\b", re.I)
