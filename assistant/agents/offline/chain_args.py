"""The second call's arguments in a two-step request (:func:`args_for`), and the words that rank a first result.

:func:`args_for` fills the second call: the subject the first result gave, the first call's period
and category where they carry over, a whole list of customers for a group check ("这些客户里谁欠款",
"which of those will reorder"), a collection or follow-up situation for a script, and the activity to
log ("if not paid": only when it is unpaid).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agents.offline.chain_lists import EACH
from assistant.agents.offline.chain_parts import ONE
from assistant.agents.offline.chain_picks import ordinal_rank
from assistant.agents.offline.chain_types import slot_fields
from assistant.text import lazy_re

Subject = dict[str, Any]

LONGEST = lazy_re.compile(r"最久|最长|最早|longest|oldest|the longest|for ages", re.I)
BIGGEST = lazy_re.compile(r"最多|最大|最高|金额最|most|biggest|largest|highest", re.I)
IF_NOT = lazy_re.compile(
    r"如果没|要是没|没付的话|没有的话|若没|否则|\bif not\b|\bif (?:they )?(?:haven'?t|didn'?t)\b|\botherwise\b",
    re.I,
)
_WHO = lazy_re.compile(r"是谁|谁发的|哪些人|哪几个人|哪些销售|\bwho\b|\bwhich reps\b", re.I)  # every rep counted, not one
TOP_KIND = lazy_re.compile(  # "a few of the top category" / "那类的消息": that category's alerts, not all of them
    r"\b(?:top|worst|main|leading|biggest)\b|最常见|那一?类|这一?类|\b(?:that|this|the same) (?:kind|type|category)\b", re.I
)
OVERDUE = lazy_re.compile(r"逾期|拖欠|超期|过了账期|overdue|past due|late", re.I)
CHASE = lazy_re.compile(r"催|款|付|paid|pay|chase|invoice|remind", re.I)
DUE_DAY = lazy_re.compile(r"(?<!\d)([12]?\d|3[01])\s*(?:号|日|st\b|nd\b|rd\b|th\b)", re.I)
OWN = (
    "customer",
    "rep_login",
)  # named in the second part's own words: "…, then show me rep04's overdue accounts"
GROUP_CHECKS = ("receivables", "next_purchase")  # second tools that check a whole list of customers at once
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
    "summarize_conversation": ("", "回复客户 异议处理 how to reply objection"),  # the chat is what to answer
}


_TOP_CATEGORY = lazy_re.compile(  # "a few of the top category" / "最常见那类的": the top category's alerts
    r"\b(?:top|worst|main|leading|biggest|most common|commonest)\s+(?:[\w-]+\s+)?(?:category|kind|type)\b|"
    r"最常见|最多的?那一?类|那一?类",
    re.I,
)


def counts_for(first_tool: str, first_args: dict[str, Any], second: str, second_text: str) -> dict[str, Any]:
    """Return the first step's arguments: alert counts before "a few of the top category" count by category.

    Args:
        first_tool: The first step's tool.
        first_args: Its arguments as planned from its own words.
        second: The second step's tool.
        second_text: The second part's words.

    Returns:
        ``first_args``, grouped by category when the second part lists the top category's alerts.
    """
    if first_tool == "compliance_stats" and second == "sensitive_alerts" and not first_args.get("group_by"):
        if _TOP_CATEGORY.search(second_text):
            return {**first_args, "group_by": "category"}
    return first_args


_NOTE_TEXT = lazy_re.compile(
    r"(?:记一笔|记一条|记个备注|记一下|备注|\bnote\b|\blog\b)[^:：]{0,16}[:：]\s*(\S.{1,})$", re.I | re.S
)


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
    placed = any(base.get(k) for k in ("country", "city", "industry"))  # "德国的客户里谁会流失": the place, not one
    for key in ("customer", "rep_login", "category"):
        if key in subject and key in fields and not (key in OWN and base.get(key)) and not placed:
            args[key] = subject[key]  # a customer or rep the second part names itself stays
    if second == "sensitive_alerts":
        if subject.get("period"):  # the busiest month the counts picked, also when they had no period
            args.setdefault("period", subject["period"])
        for key in ("period", "category", "rep_login"):
            if first_args.get(key):  # a month the counts picked ("那个月的") narrows the period
                args.setdefault(key, subject.get(key) or first_args[key])
        if (
            first_tool == "compliance_stats"
            and not (BIGGEST.search(text) or TOP_KIND.search(text) or ordinal_rank(text))
            and not first_args.get("category")
        ):
            args.pop("category", None)  # "几条违规？列一下": all of them, not the top category only
        if first_tool == "compliance_stats" and _WHO.search(text) and not (ONE.search(text) or ordinal_rank(text)):
            args.pop("rep_login", None)  # "contact leak alerts - who, and the messages": every rep's, not the top one's
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
    if second == "scan_text":  # re-check the flagged message itself, or the draft the request quoted
        text = subject.get("text") or base.get("text")
        return {"text": str(text)[:20000]} if text else None
    if second == "pipeline_status" and args.get("customer") and not subject.get("group"):
        args["customers"] = [args.pop("customer")]  # one customer's open deals
    if second == "pipeline_status" and subject.get("group"):  # "这些客户有哪些在谈的单子": the whole list
        args.pop("customer", None)
        args["customers"] = list(subject["group"])[:20]
    group = list(subject.get("group") or [])
    if second == "order_history" and group and (EACH.search(text) or not ONE.search(text)):  # "各下了多少单": all, in one call
        args.pop("customer", None)
        args["customers"] = group[:20]
    if second in GROUP_CHECKS and subject.get("group"):  # "这些客户有没有欠款" / "which of those will reorder": all of them
        args.pop("customer", None)
        args.pop("scope", None)
        args["customers"] = list(subject["group"])[:20]
    if second == "suggest_scripts" and first_tool in SITUATION:
        scenario, words = SITUATION[first_tool]
        if args.get("scenario") or scenario:
            args["scenario"] = args.get("scenario") or scenario
        about = f"{subject.get('text') or ''} {subject.get('products') or ''}".strip()
        args["query"] = f"{about} {words} {args.get('query') or ''}".strip()[:500]
    if second == "log_activity" and first_tool == "scan_text":  # "if it's fine, log it": only a clean draft
        return None if subject.get("name") or not args.get("content") else args
    if second == "log_activity" and first_tool == "summarize_conversation" and args.get("content"):
        return args  # "summarise this and log it as a call": the chat is the note
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
