"""Answer lines for order totals: several customers' totals in a period, and one customer's two periods compared."""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt
from assistant.agents.offline.fmt import zh

Data = dict[str, Any]


def group(d: Data, lang: str) -> list[str]:
    """Each listed customer's order count and total in the period, biggest first, then their sum."""
    cur = d.get("currency", "USD")
    span = (
        fmt.period_label(d.get("period"), lang)
        if d.get("period")
        else ("全部历史" if zh(lang) else "all time")
    )
    rows = d.get("group") or []
    lines = [
        f"这 {len(rows)} 家客户{span}共下单 {d.get('order_count')} 笔，合计 {fmt.money(d.get('total_usd'), cur)}："
        if zh(lang)
        else f"These {len(rows)} customers, {span}: {d.get('order_count')} orders totalling "
        f"{fmt.money(d.get('total_usd'), cur)}:"
    ]
    for i, r in enumerate(rows, 1):
        own = "、".join(fmt.money(v, k) for k, v in (r.get("by_currency") or {}).items())
        own = (f"（原币 {own}）" if zh(lang) else f" ({own})") if own else ""
        lines.append(
            f"{i}. {fmt.ref(r.get('customer'))}：{r.get('order_count')} 笔，{fmt.money(r.get('total_usd'), cur)}{own}"
            if zh(lang)
            else f"{i}. {fmt.ref(r.get('customer'))}: {r.get('order_count')} orders, {fmt.money(r.get('total_usd'), cur)}{own}"
        )
    if d.get("not_found"):
        missing = "、".join(d["not_found"]) if zh(lang) else ", ".join(d["not_found"])
        lines.append(f"（未找到：{missing}）" if zh(lang) else f"(not found: {missing})")
    return lines


def compare(d: Data, lang: str) -> str:
    """One line: the second period's count and total, and the change to the first ("比去年多 $41,012（+8%）")."""
    c = d.get("compare") or {}
    cur = d.get("currency", "USD")
    span = fmt.period_label(c.get("period"), lang) if c.get("period") else ""
    change = float(c.get("change_usd") or 0)
    pct = f"（{change / float(c['total_usd']) * 100:+.0f}%）" if c.get("total_usd") else ""
    pct_en = f" ({change / float(c['total_usd']) * 100:+.0f}%)" if c.get("total_usd") else ""
    if zh(lang):
        trend = "持平" if not change else f"{'多' if change > 0 else '少'} {fmt.money(abs(change), cur)}{pct}"
        return f"对比{span}：{c.get('order_count')} 笔，合计 {fmt.money(c.get('total_usd'), cur)}；相比之下{trend}。"
    trend = (
        "the same"
        if not change
        else f"{fmt.money(abs(change), cur)} {'more' if change > 0 else 'less'}{pct_en}"
    )
    return f"Compared with {span}: {c.get('order_count')} orders totalling {fmt.money(c.get('total_usd'), cur)}; that is {trend}."
