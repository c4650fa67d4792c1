"""The second step of a two-step request: which record of the first result it is about, and its arguments.

:func:`pick` reads the first tool's result the way that tool ranks it — stalled deals, customers
who owe money, reps by the metric asked for, reps by alert count, the customer an order history
or a receivables check was about, a draft's flagged words — and re-ranks by the superlative the
request used ("卡得最久" = most days in stage, "欠得最久" = most days overdue, "most" = the
largest amount). Each subject carries the figure that made it the pick (``figure_zh``/``figure_en``),
which the answer states before the second step's result. :func:`args_for` (in :mod:`chain_args`,
re-exported here) then fills the second call.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agents.offline.chain_args import BIGGEST, DUE_DAY, LONGEST, OVERDUE, args_for
from assistant.agents.offline.chain_picks import (
    alerts_of,
    briefed,
    busiest_months,
    flagged,
    forecast_pipeline,
    leads,
    ordinal_rank,
    profiled,
    recommended,
    subject_key,
    summarised,
)
from assistant.agents.offline.followups import record_ref
from assistant.text import lazy_re

__all__ = ["OVERDUE", "args_for", "known", "pick"]

Subject = dict[str, Any]
STUCK = lazy_re.compile(r"卡|停滞|拖着|\b(?:stuck|stall\w*)\b", re.I)
REP_PICK = lazy_re.compile(r"哪(?:个|位)?(?:销售|业务员|同事)|谁的客户|\bwhich (?:rep|sales ?rep|salesperson|seller)\b", re.I)


def pick(
    tool: str, result: dict[str, Any], first_args: dict[str, Any], text: str, each: bool, limit: int
) -> list[Subject]:
    """Return the subject(s) of the second step, best first (one, or up to ``limit`` with ``each``)."""
    found = _SUBJECTS.get(tool, _none)(result, first_args, text)
    out: list[Subject] = []
    for s in found:
        key = subject_key(s)
        if key and all(subject_key(o) != key for o in out):
            out.append(s)
    skip = ordinal_rank(text) if not each else 0  # "第二多的违规类型": the runner-up, not the top one
    return out[skip:][: limit if each else 1] if skip < len(out) else []


def _none(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    return []


def _deals(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    listed = (
        (result.get("stalled") or [])
        + (result.get("past_close") or [])
        + (result.get("longest_stuck") or [])
        + (result.get("deals") or [])  # a stage's or some customers' open deals
    )
    if BIGGEST.search(text) and not STUCK.search(text) and not first_args.get("stalled_only"):
        listed += result.get("largest_open") or []  # "my biggest open deal": the largest ones, stalled or not
    deals = list({d["id"]: d for d in listed if isinstance(d, dict) and d.get("id")}.values())
    if not (LONGEST.search(text) or BIGGEST.search(text)):  # "each stalled deal": the stalled list itself
        deals = [d for d in deals if d in (result.get("stalled") or [])] or deals
    if LONGEST.search(text):
        deals.sort(key=lambda d: -max(d.get("days_in_stage") or 0, d.get("days_past_close") or 0))
    elif BIGGEST.search(text):
        deals.sort(key=lambda d: -(d.get("amount_usd") or 0))
    out = []
    for d in deals:
        c = d.get("customer") or {}
        days, past = d.get("days_in_stage") or 0, d.get("days_past_close") or 0
        out.append({
            "customer": record_ref(c), "name": str(c.get("name") or ""), "deal": d.get("id"),
            "figure_zh": f"商机 {d.get('id')}，金额 ${d.get('amount_usd') or 0:,.0f}，在当前阶段停留 {days} 天"
            + (f"，已超过预计成交日 {past} 天" if past else ""),
            "figure_en": f"deal {d.get('id')}, ${d.get('amount_usd') or 0:,.0f}, {days} days in its stage"
            + (f", {past} days past its close date" if past else ""),
        })  # fmt: skip
    return out


def _owed(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    one = result.get("customer")
    if isinstance(one, dict) and one.get("id"):
        both = [o for o in [*(result.get("orders") or []), result.get("last_order")] if isinstance(o, dict)]
        listed = list({str(o.get("id")): o for o in both}.values())  # the last order is often also listed
        orders = [o for o in listed if not o.get("paid")]
        day = DUE_DAY.search(text)
        due = [
            o for o in listed if day and str(o.get("due_date") or "").endswith(f"-{int(day.group(1)):02d}")
        ]
        unpaid = any(not o.get("paid") for o in due) if due else bool(orders)
        return [{
            "customer": str(one["id"]), "name": str(one.get("name") or ""), "unpaid": unpaid,
            "figure_zh": f"未付 ${result.get('total_open_usd') or 0:,.0f}（{result.get('open_orders', len(orders))} 笔），其中逾期 ${result.get('total_overdue_usd') or 0:,.0f}",
            "figure_en": f"${result.get('total_open_usd') or 0:,.0f} unpaid in {result.get('open_orders', len(orders))} order(s), ${result.get('total_overdue_usd') or 0:,.0f} overdue",
        }]  # fmt: skip
    reps = [r for r in result.get("reps") or [] if isinstance(r, dict) and r.get("login")]
    if reps and REP_PICK.search(text):  # "which rep has the most overdue money": a rep, by what their customers owe
        if BIGGEST.search(text) and not OVERDUE.search(text):
            reps.sort(key=lambda r: -(r.get("open_usd") or 0))
        return [{
            "rep_login": str(r["login"]), "name": str(r.get("name") or r["login"]),
            "figure_zh": f"客户未付 ${r.get('open_usd') or 0:,.0f}，逾期 ${r.get('overdue_usd') or 0:,.0f}",
            "figure_en": f"${r.get('open_usd') or 0:,.0f} open, ${r.get('overdue_usd') or 0:,.0f} overdue",
        } for r in reps]  # fmt: skip
    rows = [
        c
        for c in result.get("customers") or []
        if isinstance(c, dict) and isinstance(c.get("customer"), dict)
    ]
    if LONGEST.search(text):
        rows.sort(key=lambda c: (-(c.get("max_days_overdue") or 0), -(c.get("open_usd") or 0)))
    elif BIGGEST.search(text):  # "逾期最多的那家": by the overdue amount; "owes the most": the open one
        field = "overdue_usd" if OVERDUE.search(text) else "open_usd"
        rows.sort(key=lambda c: (-(c.get(field) or 0), -(c.get("open_usd") or 0)))
    return [{
        "customer": str(c["customer"].get("id")), "name": str(c["customer"].get("name") or ""), "unpaid": True,
        "figure_zh": f"未付 ${c.get('open_usd') or 0:,.0f}，逾期 ${c.get('overdue_usd') or 0:,.0f}，最长逾期 {c.get('max_days_overdue') or 0} 天",
        "figure_en": f"${c.get('open_usd') or 0:,.0f} open, ${c.get('overdue_usd') or 0:,.0f} overdue, up to {c.get('max_days_overdue') or 0} days overdue",
    } for c in rows]  # fmt: skip


_METRIC = {"revenue": ("revenue_usd", "销售额", "revenue"), "orders": ("orders", "订单数", "orders"),
           "won_deals": ("won_deals", "赢单数", "won deals"), "activities": ("activities", "跟进活动", "activities")}  # fmt: skip


def _reps(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    field, zh, en = _METRIC.get(str(result.get("metric") or "revenue"), _METRIC["revenue"])
    out = []
    for r in result.get("reps") or []:
        if isinstance(r, dict) and r.get("login"):
            v = r.get(field) or 0
            shown = f"${v:,.0f}" if field == "revenue_usd" else f"{v}"
            out.append({"rep_login": str(r["login"]), "name": str(r.get("name") or r["login"]),
                        "figure_zh": f"{zh} {shown}", "figure_en": f"{en}: {shown}"})  # fmt: skip
    return out


def _alert_reps(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    cat = result.get("category") or first_args.get("category")
    out = []
    for g in result.get("groups") or []:
        if (
            isinstance(g, dict) and result.get("group_by") == "category" and g.get("key")
        ):  # "哪类最多，列出这类的消息"
            out.append({"category": str(g["key"]), "name": str(g["key"]),
                        "figure_zh": f"告警 {g.get('count')} 条", "figure_en": f"{g.get('count')} alert(s)"})  # fmt: skip
        elif isinstance(g, dict) and g.get("login"):
            out.append({"rep_login": str(g["login"]), "name": str(g.get("name") or g["login"]),
                        "figure_zh": f"{cat + '类' if cat else ''}告警 {g.get('count')} 条",
                        "figure_en": f"{g.get('count')} {cat + ' ' if cat else ''}alert(s)"})  # fmt: skip
    return out + busiest_months(result)


def _ordered(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    c = result.get("customer")
    if not isinstance(c, dict) or not c.get("id"):
        return []
    last = (result.get("orders") or [{}])[0] if result.get("orders") else {}
    names = "、".join(
        str(p.get("name_zh" if re.search(r"[\u4e00-\u9fff]", text) else "name_en") or p.get("sku"))
        for p in (last.get("items") or [])[:3]
        if isinstance(p, dict)
    )
    return [{"customer": str(c["id"]), "name": str(c.get("name") or ""),
             "figure_zh": f"最近一单 {last.get('id', '')}（{last.get('date', '')}）：{names}" if last else "暂无订单",
             "figure_en": f"last order {last.get('id', '')} ({last.get('date', '')}): {names}" if last else "no orders"}]  # fmt: skip


def _risks(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    out = []
    for r in result.get("risks") or []:
        c = r.get("customer") if isinstance(r, dict) else None
        if isinstance(c, dict) and (c.get("id") or c.get("name")):
            score = r.get("score") if r.get("score") is not None else r.get("risk")
            out.append({"customer": record_ref(c), "name": str(c.get("name") or ""),
                        "figure_zh": f"流失风险得分 {score}" if score is not None else "",
                        "figure_en": f"churn risk score {score}" if score is not None else ""})  # fmt: skip
    return out


def _listed(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return a customer list's customers, each carrying the whole list (``group``) for a group check."""
    rows = [c for c in result.get("customers") or [] if isinstance(c, dict) and c.get("id")]
    group = [str(c["id"]) for c in rows]
    return [{"customer": str(c["id"]), "name": str(c.get("name") or ""), "group": group,
             "figure_zh": f"共 {result.get('total', len(rows))} 家客户", "figure_en": f"{result.get('total', len(rows))} customer(s)"}
            for c in rows]  # fmt: skip


_SUBJECTS = {
    "customer_profile": profiled,
    "lead_scores": leads,
    "sales_forecast": forecast_pipeline,
    "summarize_conversation": summarised,
    "sensitive_alerts": alerts_of,
    "find_customers": _listed,
    "pipeline_status": _deals,
    "receivables": _owed,
    "team_performance": _reps,
    "compliance_stats": _alert_reps,
    "order_history": _ordered,
    "scan_text": flagged,
    "daily_briefing": briefed,
    "recommend_products": recommended,
    "churn_risk": _risks,
}


def known(tool: str) -> bool:
    """Whether :func:`pick` reads ``tool``'s result itself (else the generic reading in chains.py)."""
    return tool in _SUBJECTS


def label(subject: Subject, lang: str, *, with_figure: bool = True) -> str:
    """Name a first step's pick: "X（figure）", or for a group check the list's size ("共 4 家客户"), not its first."""
    figure = str(subject.get("figure_zh" if lang == "zh" else "figure_en") or "")
    if len(subject.get("group") or []) > 1 and figure:
        return figure
    name = str(subject.get("name") or "")
    return (f"{name}（{figure}）" if figure else name) if with_figure else name
