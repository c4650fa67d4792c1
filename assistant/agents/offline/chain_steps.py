"""The second step of a two-step request: which record of the first result it is about, and its arguments.

:func:`pick` reads the first tool's result the way that tool ranks it — stalled deals, customers
who owe money, reps by the metric asked for, reps by alert count, the customer an order history
or a receivables check was about, a draft's flagged words — and re-ranks by the superlative the
request used ("卡得最久" = most days in stage, "欠得最久" = most days overdue, "most" = the
largest amount). Each subject carries the figure that made it the pick (``figure_zh``/``figure_en``),
which the answer states before the second step's result. :func:`args_for` then fills the second
call: the subject, the first call's period and category where they carry over, a collection or
follow-up situation for a script, and the activity to log ("if not paid": only when it is unpaid).
"""

from __future__ import annotations

import re
from typing import Any

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
from assistant.agents.offline.chain_types import slot_fields
from assistant.agents.offline.followups import record_ref

Subject = dict[str, Any]

LONGEST = re.compile(r"最久|最长|最早|longest|oldest|the longest|for ages", re.I)
BIGGEST = re.compile(r"最多|最大|最高|金额最|most|biggest|largest|highest", re.I)
IF_NOT = re.compile(
    r"如果没|要是没|没付的话|没有的话|若没|否则|\bif not\b|\bif (?:they )?(?:haven'?t|didn'?t)\b|\botherwise\b",
    re.I,
)
OVERDUE = re.compile(r"逾期|拖欠|超期|过了账期|overdue|past due|late", re.I)
CHASE = re.compile(r"催|款|付|paid|pay|chase|invoice|remind", re.I)
DUE_DAY = re.compile(r"(?<!\d)([12]?\d|3[01])\s*(?:号|日|st\b|nd\b|rd\b|th\b)", re.I)
OWN = ("customer", "rep_login")  # named in the second part's own words: "…, then show me rep04's overdue accounts"
NEEDS_CUSTOMER = ("customer_profile", "recommend_products", "order_history", "log_activity")
SITUATION = {  # what a script after this first step is for
    "receivables": ("payment_terms", "催款 付款提醒 逾期账款 payment reminder overdue invoice"),
    "pipeline_status": ("follow_up", "跟进 推进卡住的商机 follow up stalled deal"),
    "churn_risk": ("reactivation", "挽回 流失客户 win back"),
    "next_purchase": ("follow_up", "补货提醒 reorder reminder"),
    "scan_text": ("compliance_safe", "合规说法 compliant wording instead of"),
    "lead_scores": ("opening", "开场白 初次联系 破冰 opening first contact"),
    "sensitive_alerts": ("compliance_safe", "合规说法 compliant wording instead of"),
    "daily_briefing": ("follow_up", "跟进 开场 问候 follow up check in"),
    "recommend_products": ("", "推荐产品 新品介绍 交叉销售 recommend product pitch"),
}


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
        (result.get("stalled") or []) + (result.get("past_close") or []) + (result.get("longest_stuck") or [])
        + (result.get("deals") or [])  # a stage's or some customers' open deals
    )
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
        if isinstance(g, dict) and result.get("group_by") == "category" and g.get("key"):  # "哪类最多，列出这类的消息"
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


_NOTE_TEXT = re.compile(r"(?:记一笔|记一条|记个备注|记一下|备注|\bnote\b|\blog\b)[^:：]{0,16}[:：]\s*(\S.{1,})$", re.I | re.S)


def args_for(
    first_tool: str,
    second: str,
    base: dict[str, Any],
    subject: Subject,
    first_args: dict[str, Any],
    text: str,
) -> dict[str, Any] | None:
    """Return the second call's arguments, or None when the request said to do it only if needed and it is not."""
    args = dict(base)
    fields = slot_fields(second)
    for key in ("customer", "rep_login", "category"):
        if key in subject and key in fields and not (key in OWN and base.get(key)):
            args[key] = subject[key]  # a customer or rep the second part names itself stays
    if second == "sensitive_alerts":
        if subject.get("period"):  # the busiest month the counts picked, also when they had no period
            args.setdefault("period", subject["period"])
        for key in ("period", "category", "rep_login"):
            if first_args.get(key):  # a month the counts picked ("那个月的") narrows the period
                args.setdefault(key, subject.get(key) or first_args[key])
        if first_tool == "compliance_stats" and not (BIGGEST.search(text) or ordinal_rank(text)) and not first_args.get("category"):
            args.pop("category", None)  # "几条违规？列一下": all of them, not the top category only
    elif second == "team_performance" or (second != "pipeline_status" and "rep_login" in subject):
        if first_args.get("period"):
            args.setdefault("period", first_args["period"])
    if second == "churn_risk":  # a rep's or a customer's risks: no period or scope of its own
        args.pop("period", None)
        args.pop("scope", None)
    if second == "pipeline_status":
        args.pop("scope", None)
        if first_tool == "sales_forecast" and subject.get("scope") in ("team", "all"):
            args["scope"] = subject["scope"]  # "团队下个月能做多少，哪些单子能冲": the team's pipeline
    if second == "update_deal_stage":  # the deal the first step picked, to the stage the request names
        if not subject.get("deal") or not args.get("stage"):
            return None
        return {"deal": str(subject["deal"]), "stage": args["stage"]}
    if second == "receivables" and "rep_login" in subject:  # a rep the first step picked: their receivables
        args.pop("scope", None)
        args.pop("period", None)
    if second in NEEDS_CUSTOMER and not args.get("customer"):  # e.g. an alert that names no customer
        return None
    if second == "scan_text":  # re-check the flagged message itself
        return {"text": str(subject.get("text") or "")[:20000]} if subject.get("text") else None
    if second == "pipeline_status" and args.get("customer") and not subject.get("group"):
        args["customers"] = [args.pop("customer")]  # one customer's open deals
    if second == "pipeline_status" and subject.get("group"):  # "这些客户有哪些在谈的单子": the whole list
        args.pop("customer", None)
        args["customers"] = list(subject["group"])[:20]
    if second == "receivables" and subject.get("group"):  # "这些客户有没有欠款": all of the list
        args.pop("customer", None)
        args.pop("scope", None)
        args["customers"] = list(subject["group"])[:20]
    if second == "suggest_scripts" and first_tool in SITUATION:
        scenario, words = SITUATION[first_tool]
        if args.get("scenario") or scenario:
            args["scenario"] = args.get("scenario") or scenario
        about = f"{subject.get('text') or ''} {subject.get('products') or ''}".strip()
        args["query"] = f"{about} {words} {args.get('query') or ''}".strip()[:500]
    if second == "log_activity":
        if IF_NOT.search(text) and not subject.get("unpaid", True):
            return None
        args.setdefault("type", "call")
        zh = bool(re.search(r"[\u4e00-\u9fff]", text))
        figure = subject.get("figure_zh" if zh else "figure_en") or ""
        chased = first_tool == "receivables" and bool(CHASE.search(text))
        head = ("催收货款" if chased else "跟进") if zh else ("Chased payment" if chased else "Follow-up")
        args["content"] = f"{head}：{figure}" if zh else f"{head}: {figure}"
        args["content"] = args["content"].rstrip("：: ")
        if said := _NOTE_TEXT.search(text):  # "记一笔：已电话催款": the rep's own words are the note
            args["content"] = said.group(1).strip()[:500]
    return args
