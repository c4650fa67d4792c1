"""Next-step advice for the rep, derived from the risks and needs found (each quoting its cause)."""

from __future__ import annotations

from assistant.summaries.schema import Advice, SalesSummary

_RISK_ADVICE = {
    "price": (
        "强调价值（质量、交期、服务），准备阶梯报价或小批量试单方案，避免直接降价",
        "Restate the value (quality, lead time, service); offer volume tiers or a trial order rather than "
        "a flat discount",
    ),
    "competitor": (
        "了解竞品的具体报价和条件，准备一页对比（质量、交期、认证、售后）",
        "Find out the competitor's exact offer and prepare a one-page comparison (quality, lead time, cert"
        "ificates, service)",
    ),
    "delivery": (
        "和工厂确认排产，给出书面交期承诺，必要时提出分批发货",
        "Confirm the production slot with the factory, commit to a written ship date, offer split shipment"
        "s if needed",
    ),
    "quality": (
        "立即核实问题（照片、批次号），给出处理方案和时间表，安排质检复核",
        "Verify the problem now (photos, batch numbers), propose a remedy with a timeline, arrange a QC re"
        "-check",
    ),
    "budget": (
        "拆分订单或调整规格以适配预算，确认预算周期和审批人",
        "Split the order or adjust the spec to fit the budget; ask when the budget cycle opens and who app"
        "roves",
    ),
    "decision_maker": (
        "争取与决策人直接沟通，准备一页纸方案方便对方内部汇报",
        "Ask to meet the decision-maker; give your contact a one-page proposal to take upstairs",
    ),
    "dissatisfaction": (
        "当天致电安抚，明确责任人和解决时限，必要时请主管介入",
        "Call today, name an owner and a deadline for the fix, involve your manager if needed",
    ),
    "compliance": (
        "确认所需认证/检测报告和目的国要求，提前准备文件",
        "Confirm the certificates and destination-market rules needed and prepare the documents early",
    ),
    "payment": (
        "和财务确认账期底线，考虑信用保险或分期付款方案",
        "Agree the payment-terms floor with finance; consider credit insurance or instalments",
    ),
}
_RISK_ADVICE["churn"] = (
    "当天由主管出面沟通，给出书面整改方案和时间表，守住现有订单",
    "Have your manager call today with a written remedy plan and timeline to keep the account",
)
_RISK_ADVICE["contact_change"] = (
    "尽快认识新的对接人，交接历史订单和报价，确认决策流程有无变化",
    "Meet the new contact soon, hand over the order and quote history, check whether the decision path changed",
)
_NEED_ADVICE = {
    "sample": ("尽快安排寄样并告知快递单号", "Send the samples promptly and share the tracking number"),
    "certification": ("发送认证证书和检测报告", "Send the certificates and test reports"),
    "price": ("按需求数量出正式报价单", "Send a formal quotation for the requested quantity"),
}


def build_advice(summary: SalesSummary) -> list[Advice]:
    """Suggest next moves: one per risk category (worst first) and per actionable new need."""
    zh = summary.language == "zh"
    out: list[Advice] = []
    rank = {"high": 0, "medium": 1, "low": 2}
    for risk in sorted(summary.risks, key=lambda r: rank[r.severity]):
        zh_text, en_text = _RISK_ADVICE[risk.category]
        out.append(Advice(text=zh_text if zh else en_text, reason=risk.text, quotes=risk.quotes[:1]))
    planned = " ".join(s.action for s in summary.next_steps)
    for need in summary.needs:
        if need.topic in _NEED_ADVICE and need.status != "unchanged":
            zh_text, en_text = _NEED_ADVICE[need.topic]
            if need.topic == "sample" and ("样" in planned or "sample" in planned.lower()):
                continue
            out.append(Advice(text=zh_text if zh else en_text, reason=need.text, quotes=need.quotes[:1]))
    return out


def build_headline(summary: SalesSummary) -> str:
    """One line: what the customer cares about, the worst risks, how many next steps."""
    from assistant.summaries.labels import label, risk_label

    lang = summary.language
    topics = list(dict.fromkeys(label(n.topic, lang) for n in summary.needs))[:4]
    risks = [f"{risk_label(r.category, lang)}({label(r.severity, lang)})" for r in summary.risks][:3]
    if summary.is_empty():
        return (
            "本次沟通没有发现需求、进展或风险。"
            if lang == "zh"
            else "Nothing notable: no needs, progress or risks found."
        )
    if lang == "zh":
        parts = [
            f"客户关注：{'、'.join(topics)}" if topics else "",
            f"风险：{'、'.join(risks)}" if risks else "",
            f"下一步 {len(summary.next_steps)} 项" if summary.next_steps else "",
        ]
        return "；".join(p for p in parts if p) + "。"
    parts = [
        f"Customer cares about {', '.join(topics)}" if topics else "",
        f"risks: {', '.join(risks)}" if risks else "",
        f"{len(summary.next_steps)} next step(s)" if summary.next_steps else "",
    ]
    return "; ".join(p for p in parts if p) + "."
