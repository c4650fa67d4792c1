"""Answer lines for order totals: several customers' totals in a period, and one customer's two periods compared."""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt
from assistant.agents.offline.fmt import plural, zh

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
        else f"These {len(rows)} customers, {span}: {fmt.plural(d.get('order_count'), 'order')} totalling "
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
    if d.get("not_applied"):  # product / comparison / last order: per customer only
        lines.append("（以上为全部订单；按产品、对比或最近一单请逐个客户问）" if zh(lang)
                     else "(all orders; ask per customer for a product, a comparison or the last order)")  # fmt: skip
    return lines


def compare(d: Data, lang: str) -> str:
    """One line: the second period's count and total, and how the first compares ("今年比去年多 $41,012（+8%）").

    Equal totals are "与去年持平" / "the same as last year"; a change that rounds to 0% is "基本持平" /
    "about the same", with the amount.
    """
    c = d.get("compare") or {}
    cur = d.get("currency", "USD")
    span = fmt.period_label(c.get("period"), lang) if c.get("period") else ""
    main = fmt.period_label(d.get("period"), lang) if d.get("period") else ("本期" if zh(lang) else "this period")
    change = float(c.get("change_usd") or 0)
    pct = f"{float(c['change_pct']) * 100:+.0f}%" if c.get("change_pct") is not None else ""
    same = abs(change) < 0.5  # no whole dollar between the totals
    about = not same and pct in ("+0%", "-0%")
    cut = c.get("to_date")
    if zh(lang):
        upto = f"（截至 {cut}，与本期同样天数）" if cut else "（整期，本期尚未结束）" if c.get("whole_period") else ""
        amount = f"{'多' if change > 0 else '少'} {fmt.money(abs(change), cur)}"
        trend = (
            f"与{span}持平" if same else f"与{span}基本持平（{amount}）" if about
            else f"比{span}{amount}{f'（{pct}）' if pct else ''}"
        )
        full = c.get("whole") or {}
        full_zh = f"{span}全期 {full.get('order_count')} 笔，合计 {fmt.money(full.get('total_usd'), cur)}；" if full else ""
        return f"{full_zh}{span}{upto}：{c.get('order_count')} 笔，合计 {fmt.money(c.get('total_usd'), cur)}；{main}{trend}。"
    upto = f" (to {cut}, the same number of days)" if cut else (
        " (the whole period; this one is still running)" if c.get("whole_period") else ""
    )
    amount = f"{fmt.money(abs(change), cur)} {'above' if change > 0 else 'below'}"
    trend = (
        f"the same as {span}" if same else f"about the same as {span} ({amount})" if about
        else f"{amount} {span}{f' ({pct})' if pct else ''}"
    )
    full = c.get("whole") or {}
    full_en = (f"{span}, whole period: {plural(full.get('order_count'), 'order')} totalling "
               f"{fmt.money(full.get('total_usd'), cur)}. ") if full else ""  # fmt: skip
    return (f"{full_en}{span}{upto}: {fmt.plural(c.get('order_count'), 'order')} totalling {fmt.money(c.get('total_usd'), cur)}; "
            f"{main} is {trend}.")  # fmt: skip
