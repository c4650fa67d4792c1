"""Tool results → the final answer, in the user's language, citing records and giving reasons.

Handles every status of the tool contract: ``ok`` (the tool's own renderer, then the
analytics' reasons and a sources line), ``ambiguous`` (a clarifying question listing
the candidates), ``not_found``, ``denied`` (a polite refusal), ``error``,
``needs_confirmation`` and ``cancelled``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.agents.offline import (
    fmt,
    render_compliance,
    render_crm,
    render_reports,
    render_sales,
    render_scripts,
    render_summary,
    render_team,
)
from assistant.agents.offline.fmt import zh

Renderer = Callable[[dict[str, Any], str], list[str]]
RENDERERS: dict[str, Renderer] = {
    "find_customers": render_crm.find_customers,
    "customer_profile": render_crm.customer_profile,
    "churn_risk": render_crm.churn_risk,
    "next_purchase": render_crm.next_purchase,
    "recommend_products": render_crm.recommend_products,
    "lead_scores": render_crm.lead_scores,
    "daily_briefing": render_crm.daily_briefing,
    "pipeline_status": render_sales.pipeline_status,
    "sales_forecast": render_sales.sales_forecast,
    "suggest_scripts": render_scripts.suggest_scripts,
    "team_performance": render_team.team_performance,
    "receivables": render_reports.receivables,
    "order_history": render_reports.order_history,
    "compliance_stats": render_compliance.compliance_stats,
    "summarize_conversation": render_summary.summarize_conversation,
    "sensitive_alerts": render_sales.sensitive_alerts,
    "scan_text": render_sales.scan_text,
}
WRITES = ("log_activity", "save_summary", "update_deal_stage")
CUSTOMER_LOOKUP_TOOLS = (
    "find_customers",
    "customer_profile",
    "churn_risk",
    "next_purchase",
    "recommend_products",
    "receivables",
    "order_history",
)
# Tools whose item lists already carry their own reasons; the top-level reasons are summary reasons.
_TOP_REASONS_HEADER = {"zh": "依据的分析：", "en": "Why:"}


def render_result(tool: str, result: dict[str, Any], lang: str) -> str:
    """One tool result as answer text."""
    status = result.get("status", "ok")
    if status == "ok":
        return _ok(tool, result, lang)
    if status == "ambiguous":
        return clarify(result, lang)
    if status in ("not_found", "denied", "error", "cancelled"):
        msg = result.get("message_zh" if zh(lang) else "message") or result.get("message") or ""
        prefix = {
            "not_found": ("", ""),
            "denied": ("抱歉，", "Sorry — "),
            "error": ("抱歉，没能完成：", "Sorry, I couldn't do that: "),
            "cancelled": ("", ""),
        }[status]
        hint = ""
        if status == "not_found" and result.get("near_matches"):
            hint = (
                "如果您指的是其中之一，请说出它的名称或编号。"
                if zh(lang)
                else " If you meant one of them, say its name or id."
            )
        elif status == "not_found" and tool in CUSTOMER_LOOKUP_TOOLS:
            hint = (
                "可以换个名称、简称或联系人试试（如“王总”），或说“列出我的客户”。"
                if zh(lang)
                else ' Try another name, short name or contact, or ask "list my customers".'
            )
        elif status == "not_found" and tool == "suggest_scripts":
            hint = (
                "话术库里暂时没有合适的话术；可以换个说法描述客户的原话或场景。"
                if zh(lang)
                else " The script library has nothing that fits; try describing the customer's words or the situation."
            )
        return (prefix[0] if zh(lang) else prefix[1]) + msg + hint
    if status == "needs_confirmation":
        summary = result.get("summary_zh" if zh(lang) else "summary") or ""
        return (
            f"即将执行：{summary}。请回复“确认”继续，或“取消”。"
            if zh(lang)
            else f'About to: {summary}. Reply "confirm" to go ahead or "cancel".'
        )
    return result.get("message_zh" if zh(lang) else "message") or str(result)


def clarify(result: dict[str, Any], lang: str) -> str:
    """Ask which of the candidates the user meant."""
    cands = result.get("candidates") or []
    query = result.get("query") or ""
    lines = [
        f"“{query}”对应了 {len(cands)} 个记录，您指的是哪一个？"
        if zh(lang)
        else f'"{query}" matches {len(cands)} records — which one do you mean?'
    ]
    for i, c in enumerate(cands, 1):
        extra = [str(c[k]) for k in ("contact", "city", "customer", "stage", "amount", "owner") if c.get(k)]
        lines.append(
            f"{i}. {c.get('name')}（{c.get('id')}）" + (f" — {'，'.join(extra)}" if extra else "")
            if zh(lang)
            else f"{i}. {c.get('name')} ({c.get('id')})" + (f" — {', '.join(extra)}" if extra else "")
        )
    lines.append("回复序号或名称即可。" if zh(lang) else "Reply with the number or the name.")
    return "\n".join(lines)


def _ok(tool: str, result: dict[str, Any], lang: str) -> str:
    if tool in WRITES:
        lines = render_sales.written(tool, result, lang)
    else:
        body = RENDERERS.get(tool)
        lines = body(result, lang) if body else [_generic(result, lang)]
    reasons = fmt.reason_texts(result.get("reasons"), lang, limit=5)
    if reasons and tool not in ("churn_risk", "next_purchase", "lead_scores"):
        lines.append(_TOP_REASONS_HEADER["zh" if zh(lang) else "en"])
        lines += [f"• {r}" for r in reasons]
    if result.get("truncated"):
        lines.append(_truncation_note(result["truncated"], lang))
    cites = fmt.citations(result.get("records"), lang)
    if cites:
        lines.append(cites)
    return "\n".join(line for line in lines if line)


def _truncation_note(truncated: Any, lang: str) -> str:
    """Say how many items a too-long result left out ("truncated": {"shown", "total"} or a list of them)."""
    cuts = [t for t in (truncated if isinstance(truncated, list) else [truncated]) if isinstance(t, dict)]
    left = sum(int(t.get("total", 0)) - int(t.get("shown", 0)) for t in cuts)
    if left <= 0:
        return "（结果较多，已截取前面部分。）" if zh(lang) else "(More results were cut for length.)"
    return f"（篇幅所限，另有 {left} 条未列出。）" if zh(lang) else f"({left} more left out for length.)"


def _generic(result: dict[str, Any], lang: str) -> str:
    """Render a readable dump for a tool without a dedicated renderer."""
    skip = {"status", "records", "reasons", "truncated"}
    parts = [f"{k}: {v}" for k, v in result.items() if k not in skip and not isinstance(v, (list, dict))]
    return ("结果：" if zh(lang) else "Result: ") + "; ".join(parts)


def render_results(calls: list[tuple[str, dict[str, Any]]], lang: str) -> str:
    """Several tool results (one per call of the last step), separated by blank lines."""
    return "\n\n".join(render_result(tool, result, lang) for tool, result in calls)
