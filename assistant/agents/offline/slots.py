"""Argument filling: turn a request's mentions, time expressions and cues into tool arguments."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.agents.offline import slots_reports
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory, has_pronoun
from assistant.agents.offline.stage_words import stages_of
from assistant.text import lazy_re
from assistant.text.dates import find_day
from assistant.text.period_phrases import find_horizon_days, find_period

_ALERT_ID = lazy_re.compile(
    r"#\s*(\d{1,7})|(?:告警|alert)\s*(?:#|编号|id|no\.?|number)\s*(\d{1,7})|编号\s*(\d{1,7})\s*的?(?:告警|alert)|"
    r"(?:告警|\balert)\s*(?!(?:19|20)\d\d\b)(\d{1,5})(?![\d年月日号天条个次])",  # "告警62是什么情况" (not "告警2025年")
    re.I,
)
_TEAM = lazy_re.compile(
    r"团队|我们组|组里|本组|全组|小组|我们部门|组员|下属|手下|\b(my|our|the) team\b|\bteam\b|\bsquad\b|"
    r"\bmy (?:guys|reps|people|folks|sales ?people|group)\b",
    re.I,
)
_RANKING = lazy_re.compile(r"谁|哪个销售|哪位销售|每个销售|\bwho(?:se)?\b|\bwhich (?:rep|of my)|\beach rep", re.I)
_ALL = lazy_re.compile(
    r"全公司|公司整体|整个公司|全部门|所有人|全员|公司层面|全体|company|whole company|\boverall\b|\beveryone\b|\ball reps\b|\borg-wide\b",
    re.I,
)
_ME = lazy_re.compile(
    r"(?<![帮给让])我(?!们)|\bmy\b|\bmine\b|(?<!show )(?<!give )(?<!tell )(?<!let )(?<!send )(?<!get )\bme\b|\bI\b",
    re.I,
)
_STALLED = lazy_re.compile(
    r"卡住|卡着|卡得|卡了|卡在|停滞|没进展|没有进展|不动|推不动|逾期|过期|拖延|\bstuck\b|\bstall|\bstagnant|\boverdue\b|\bslipp|\bnot moving\b|\b(haven'?t|hasn'?t|not|never) (moved|progressed|budged)|\bno (movement|progress)\b",
    re.I,
)
_SAVE_UNDER = lazy_re.compile(
    r"(?:存到|存在|存进|保存到|放到|归到|挂到)\s*(.{2,16}?)\s*(?:下面|名下|里面|里|那边|的档案|档案)"
)
_DETAILS = lazy_re.compile(
    r"电话|手机|号码|联系方式|邮箱|微信号|\bphone\b|\bnumber\b|\bmobile\b|\be-?mail\b|\bwechat\b|\bcontact details\b",
    re.I,
)
OPEN_STAGES = ("prospecting", "qualification", "proposal", "negotiation")
CUSTOMER_REQUIRED = ("customer_profile", "recommend_products", "log_activity", "save_summary")
CUSTOMER_OPTIONAL = (
    "churn_risk",
    "next_purchase",
    "suggest_scripts",
    "summarize_conversation",
    "order_history",
    "receivables",
)


_COMPANY = lazy_re.compile(  # the whole company, which a manager's role does not see
    r"全公司|整个公司|公司整体|公司层面|全集团|company[- ]wide|(?:whole|entire) company|across the (?:whole )?company|org-wide",
    re.I,
)


def scope_of(text: str, role: str | None) -> str | None:
    """``team``/``all``/``me`` from the words used, else the natural scope of the role (None = tool default)."""
    if _ALL.search(text):
        return "all"
    if _TEAM.search(text) or (_RANKING.search(text) and role in ("manager", "admin")):
        return "team"
    if _ME.search(text):
        return "me"
    return {"manager": "team", "admin": "all"}.get(role or "")


_SPEECH = lazy_re.compile(
    r"\b(?:you|your|we|our|is|are|too|can'?t|cannot|don'?t|not|will|need|want)\b|太|贵|你们|我们|不|吗|能|要",
    re.I,
)


def build_args(
    tool: str, text: str, payload: str | None, m: Mentions, today: dt.date, role: str | None
) -> dict[str, Any]:
    """Return the arguments of ``tool`` for a request (required customer/text may still be missing)."""
    args: dict[str, Any] = {}
    if tool == "find_customers":
        _put(
            args,
            query=_query_ref(m),
            segment=m.segment,
            tier=m.tier,
            country=_one(m.countries),
            city=_one(m.cities),
            industry=_one(m.industries),
            owner_login=_one(m.users),
            limit=m.limit,
        )
    elif tool in ("customer_profile", "recommend_products"):
        _put(args, customer=m.customer)
        if tool == "customer_profile" and _DETAILS.search(text):
            args["contact_details"] = True
    elif tool == "churn_risk":
        _put(args, customer=m.customer, level=m.churn_level if not m.customer else None, limit=m.limit,
             rep_login=_one(m.users) if not m.customer else None)  # fmt: skip
        if not m.customer:  # "which of my German customers might churn": only that place / industry
            _put(args, country=_one(m.countries), city=_one(m.cities), industry=_one(m.industries))
    elif tool == "next_purchase":
        days = None if m.customer else find_horizon_days(text, today)
        _put(args, customer=m.customer, within_days=days, limit=m.limit)
    elif tool == "pipeline_status":
        period = find_period(text, today)
        _put(args, period=period.period if period else None, scope=scope_of(text, role))
        if len(m.teams) == 1 and not m.users and not m.customers:  # "欧美组的管道": that team
            args["team"] = m.teams[0]
        if m.customers and not m.users:  # "Shenghe and Hengjia: any open deals?": those customers' deals
            args["customers"] = m.customers[:20]
            args.pop("scope", None)
        elif _STALLED.search(text):
            args["stalled_only"] = True
        elif m.stage in OPEN_STAGES and not stages_of(text)[0]:  # "what's sitting in negotiation"
            args["stage"] = m.stage
    elif tool == "sales_forecast":
        period = find_period(text, today, prefer_future=True)
        _put(args, period=period.period if period else None, scope=scope_of(text, role))
    elif tool == "lead_scores":
        _put(args, grade=m.lead_grade, limit=m.limit)
    elif tool == "daily_briefing":
        day = find_day(text, today)
        _put(args, date=day.isoformat() if day and day != today else None)
    elif tool == "suggest_scripts":
        said = (
            m.customer
            and _SPEECH.search(m.customer)
            and re.search(rf"[\"'“‘「]{re.escape(m.customer)}", text)
        )
        customer = (
            None if said else m.customer
        )  # "how do I answer 'your price is too high'": the words, not a name
        _put(args, query=(payload or text).strip()[:500], customer=customer, scenario=m.scenario)
    elif tool == "summarize_conversation":
        _put(args, text=payload, customer=m.customer)
    elif tool == "sensitive_alerts":
        period = find_period(text, today)
        _put(
            args,
            severity=m.severity,
            category=m.category,
            period=period.period if period else None,
            status=m.alert_status,
            rep_login=_one(m.users),
            team=m.teams[0] if len(m.teams) == 1 and not m.users else None,  # "新兴市场组的告警"
            alert_id=_alert_id(text),
            limit=m.limit,
        )
    elif tool == "scan_text":
        _put(args, text=payload)
    elif tool == "log_activity":
        day = find_day(text, today)
        _put(
            args,
            customer=m.customer,
            type=m.activity_type or "note",
            content=(payload or text).strip(),
            occurred_at=day.isoformat() if day and day != today else None,
        )
    elif tool == "save_summary":
        under = _SAVE_UNDER.search(text)
        _put(args, customer=m.customer or (under.group(1) if under else None), text=payload)
    elif tool == "update_deal_stage":
        target, _ = stages_of(text)
        _put(args, deal=_one(m.deals) or m.customer, stage=target or m.stage)
    return slots_reports.build(tool, text, m, today, role, args)  # report tools, a named rep's pipeline


def _query_ref(m: Mentions) -> str | None:
    return m.customer


def _alert_id(text: str) -> int | None:
    """Return the alert number of "告警 #123" / "alert no. 123" / "编号123的告警", if any."""
    found = _ALERT_ID.search(text)
    return int(next(g for g in found.groups() if g)) if found else None


def _one(values: list[str]) -> str | None:
    return values[0] if values else None


def _put(args: dict[str, Any], **values: Any) -> None:
    for key, value in values.items():
        if value is not None and value != "":
            args[key] = value


def missing_required(tool: str, args: dict[str, Any]) -> str | None:
    """Return the name of a required argument still missing (customer, text, deal, stage), or None."""
    required = {
        "customer_profile": ("customer",), "recommend_products": ("customer",),
        "log_activity": ("customer", "content"), "save_summary": ("customer", "text"),
        "summarize_conversation": ("text",), "scan_text": ("text",), "update_deal_stage": ("deal", "stage"),
        "suggest_scripts": ("query",), "order_history": ("customer",),
    }.get(tool, ())  # fmt: skip
    if tool == "order_history" and args.get("customers"):
        return None  # several customers' totals ("那他们今年一共下了多少" after a list)
    return next((name for name in required if not args.get(name)), None)


def answer_hints(tool: str, text: str, m: Mentions, memory: Memory, role: str | None = None) -> dict[str, Any]:
    """Return what the answer needs beyond the call: the deal's stage, "which one?", a manager's team-only note."""
    if role == "manager" and _COMPANY.search(text):
        return {"team_only": True}
    if tool == "update_deal_stage":
        current = stages_of(text)[1]
        return {"deal_stage": current} if current else {}
    filters = m.countries or m.cities or m.industries
    if tool == "find_customers" and filters and has_pronoun(text) and not memory.last_customer:
        return {"ask_which": True}  # "那家德国客户" with nothing before: list the candidates, ask which
    return {}
