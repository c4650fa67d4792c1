"""Answer bodies for the report tools: receivables, order history (compliance stats: render_compliance; team: render_team).

Concise, with the numbers, names and external ids (C00041, SO-0000870); rankings are
numbered, a comparison of named reps is a small table, Chinese for zh and English for en.
"""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt, render_orders
from assistant.agents.offline.fmt import plural, zh
from assistant.agents.offline.render_team import who as rep_name

Data = dict[str, Any]


def _own(amount: Any, d: Data, lang: str) -> str:
    extra = [fmt.money(v, k) for k, v in (d.get("by_currency") or d.get("open_by_currency") or {}).items()]
    if not extra:
        return ""
    return (
        ("（其中非美元订单原币：" + "、".join(extra) + "）")
        if zh(lang)
        else (" (non-USD orders in their currency: " + ", ".join(extra) + ")")
    )


def _order(o: Data, lang: str, cur: str) -> str:
    own = f" / {fmt.money(o.get('amount'), o.get('order_currency'))}" if o.get("order_currency") else ""
    if zh(lang):
        state = (
            f"已于 {o.get('paid_date')} 付款"
            if o.get("paid")
            else (
                f"未付，{o.get('due_date')} 到期，已逾期 {o.get('days_overdue')} 天"
                if o.get("days_overdue")
                else f"未付，{o.get('due_date')} 到期"
            )
        )
        return f"{o.get('id')}（{o.get('date')}，{fmt.money(o.get('amount_usd'), cur)}{own}，{state}）"
    state = (
        f"paid on {o.get('paid_date')}"
        if o.get("paid")
        else (
            f"unpaid, due {o.get('due_date')}, {o.get('days_overdue')} days overdue"
            if o.get("days_overdue")
            else f"unpaid, due {o.get('due_date')}"
        )
    )
    return f"{o.get('id')} ({o.get('date')}, {fmt.money(o.get('amount_usd'), cur)}{own}, {state})"  # fmt: skip


def _group(group: Data | None, lang: str) -> str:
    """Name a group of customers: "Dubai 的 3 家客户" / "your 3 customers in Dubai"."""
    if not group:
        return ""
    where = " ".join(str(group[k]) for k in ("city", "country", "industry") if group.get(k))
    n = group.get("customers")
    if zh(lang):
        return f"{where + ' 的' if where else '这'} {n} 家客户"
    return f"your {plural(n, 'customer')}{' in ' + where if where else ''}"


def _late(d: Data, lang: str, cur: str) -> str:
    """Say how many customers are overdue and who owes the most overdue ("有几家逾期？欠最多的是谁")."""
    n, worst = d.get("overdue_customers"), d.get("worst_debtor")
    if d.get("customer") or not n:
        return ""
    top = next(
        (
            c
            for c in d.get("customers") or []
            if (c.get("customer") or {}).get("id") == (worst or {}).get("id")
        ),
        None,
    )
    owed = f"（逾期 {fmt.money(top.get('overdue_usd'), cur)}）" if zh(lang) and top else ""
    if zh(lang):
        return f"；逾期客户 {n} 家" + (f"，逾期最多的是 {fmt.ref(worst)}{owed}" if worst else "")
    owed = f" ({fmt.money(top.get('overdue_usd'), cur)} overdue)" if top else ""
    return f"; {plural(n, 'customer')} overdue" + (
        f", the most overdue: {fmt.ref(worst)}{owed}" if worst else ""
    )


def receivables(d: Data, lang: str) -> list[str]:
    """Totals owed and overdue, per customer (and rep), the overdue orders, and the last order's payment."""
    cur = d.get("currency", "USD")
    cust = d.get("customer")
    lines: list[str] = []
    last = d.get("last_order")
    if cust and last:
        lines.append(
            (f"{fmt.ref(cust)} 最近一笔订单 " if zh(lang) else f"{fmt.ref(cust)}'s last order: ")
            + _order(last, lang, cur)
            + ("。" if zh(lang) else ".")
        )
    who = (
        fmt.ref(cust)
        if cust
        else ((d.get("rep") or {}).get("name") or d.get("team") or _group(d.get("group"), lang))
    )
    if zh(lang):
        lines.append(
            f"{who}{'' if who else '您范围内'}未收款 {fmt.money(d.get('total_open_usd'), cur)}（{d.get('open_orders')} 笔订单），"
            f"其中逾期 {fmt.money(d.get('total_overdue_usd'), cur)}（{d.get('overdue_orders')} 笔）"
            + _own(None, d, lang)
            + _late(d, lang, cur)
            + "。"
        )
    else:
        lines.append(
            f"{who + ': ' if who else ''}{fmt.money(d.get('total_open_usd'), cur)} open in {plural(d.get('open_orders'), 'order')}, "
            f"{fmt.money(d.get('total_overdue_usd'), cur)} overdue in {plural(d.get('overdue_orders'), 'order')}"
            + _own(None, d, lang)
            + _late(d, lang, cur)
            + "."
        )
    if not d.get("overdue_orders") and d.get("total_overdue_usd") in (0, 0.0, None):  # say it plainly
        lines.append("没有逾期的款项。" if zh(lang) else "None of it is overdue: no overdue payments.")
    if d.get("not_found"):
        missing = "、".join(d["not_found"]) if zh(lang) else ", ".join(d["not_found"])
        lines.append(
            f"未在您的客户中找到：{missing}。" if zh(lang) else f"Not among your customers: {missing}."
        )
    if not cust:
        for i, c in enumerate(d.get("customers") or [], 1):
            lines.append(
                f"{i}. {fmt.ref(c.get('customer'))}：未收 {fmt.money(c.get('open_usd'), cur)}，逾期 {fmt.money(c.get('overdue_usd'), cur)}"
                + (f"（最长 {c.get('max_days_overdue')} 天）" if c.get("max_days_overdue") else "")
                if zh(lang)
                else f"{i}. {fmt.ref(c.get('customer'))}: {fmt.money(c.get('open_usd'), cur)} open, "
                f"{fmt.money(c.get('overdue_usd'), cur)} overdue"
                + (f" (up to {c.get('max_days_overdue')} days)" if c.get("max_days_overdue") else "")
            )
        reps = d.get("reps") or []
        if reps:
            lines.append("按销售：" if zh(lang) else "By rep:")
            lines += [
                f"• {rep_name(r)}：未收 {fmt.money(r.get('open_usd'), cur)}，逾期 {fmt.money(r.get('overdue_usd'), cur)}"
                + (f"（逾期客户 {r['overdue_customers']} 家）" if r.get("overdue_customers") else "")
                if zh(lang)
                else f"• {rep_name(r)}: {fmt.money(r.get('open_usd'), cur)} open, {fmt.money(r.get('overdue_usd'), cur)} overdue"
                + (
                    f" ({plural(r['overdue_customers'], 'customer')} overdue)"
                    if r.get("overdue_customers")
                    else ""
                )
                for r in reps
            ]
    orders = d.get("orders") or []
    if orders:
        if zh(lang):
            lines.append("未付订单：" if cust else "逾期订单：")
        else:
            lines.append("Unpaid orders:" if cust else "Overdue orders:")
        lines += [
            f"• {_order(o, lang, cur)}" if cust else f"• {fmt.ref(o.get('customer'))} {_order(o, lang, cur)}"
            for o in orders[: None if cust else 5]
        ]
    if d.get("settled"):
        names = ("、" if zh(lang) else ", ").join(str(n) for n in d["settled"])
        lines.append(f"没有未付款：{names}。" if zh(lang) else f"Nothing owed by: {names}.")
    return lines


def _items(o: Data, lang: str) -> str:
    parts = [
        f"{x.get('name_zh') if zh(lang) else x.get('name_en')} ×{x.get('quantity')}"
        for x in o.get("items") or []
    ]
    return ("、" if zh(lang) else ", ").join(parts)


def order_history(d: Data, lang: str) -> list[str]:
    """Sum and count in the window, or the last order / the orders a year ago, with their products."""
    if d.get("group") is not None:  # several customers' totals
        return render_orders.group(d, lang)
    cur, cust = d.get("currency", "USD"), fmt.ref(d.get("customer"))
    orders = d.get("orders") or []
    product = d.get("product")
    if not d.get("order_count"):
        span = fmt.period_label(d.get("period"), lang) if d.get("period") else ""
        if product:
            return [
                f"{cust}{span}没有买过「{product}」。"
                if zh(lang)
                else f"{cust} has not bought {product}{' ' + span if span else ''}."
            ]
        return [
            f"{cust}{span}没有订单。" if zh(lang) else f"{cust} has no orders{' in ' + span if span else ''}."
        ]
    lines: list[str] = []
    if product and orders and not d.get("last"):
        o, spent = orders[0], d.get("product_total_usd")
        span = f"{fmt.period_label(d.get('period'), lang)}" if d.get("period") else ""
        lines.append(
            f"买过。{cust} {span}「{product}」共买了 {fmt.money(spent if spent is not None else d.get('total_usd'), cur)}"
            f"（含这类商品的订单 {d.get('order_count')} 笔，订单总额 {fmt.money(d.get('total_usd'), cur)}），"
            f"最近一次是 {o.get('date')}（{o.get('id')}）。"
            if zh(lang)
            else f"Yes. {cust}{', ' + span if span else ''}: {product} came to "
            f"{fmt.money(spent if spent is not None else d.get('total_usd'), cur)} over {d.get('order_count')} order(s) "
            f"(those orders total {fmt.money(d.get('total_usd'), cur)}); the latest was on {o.get('date')} ({o.get('id')})."
        )
    if d.get("last") and orders:
        o = orders[0]
        lines.append(
            f"{cust} 最近一笔订单 {o.get('id')}（{o.get('date')}，{fmt.money(o.get('amount_usd'), cur)}）买了：{_items(o, lang)}。"
            if zh(lang)
            else f"{cust}'s last order {o.get('id')} ({o.get('date')}, {fmt.money(o.get('amount_usd'), cur)}): {_items(o, lang)}."
        )
        return lines
    if d.get("anchor_date"):
        span = fmt.period_label(d.get("period"), lang) if d.get("period") else d["anchor_date"]
        lines.append(
            (f"{span} {cust} 没有订单，离那时最近的一笔：" if d.get("nearest_only") else
             f"{span} {cust} 的订单（共 {d.get('order_count')} 笔，合计 {fmt.money(d.get('total_usd'), cur)}）：")
            if zh(lang)
            else (f"{cust} has no orders {span}; the nearest one:" if d.get("nearest_only") else
                  f"{cust}'s orders, {span} ({fmt.plural(d.get('order_count'), 'order')}, {fmt.money(d.get('total_usd'), cur)} in total):")
        )  # fmt: skip
    else:
        span = (
            fmt.period_label(d.get("period"), lang)
            if d.get("period")
            else ("全部历史" if zh(lang) else "all time")
        )
        lines.append(
            f"{cust} {span}共下单 {d.get('order_count')} 笔，合计 {fmt.money(d.get('total_usd'), cur)}{_own(None, d, lang)}。"
            if zh(lang)
            else f"{cust}, {span}: {fmt.plural(d.get('order_count'), 'order')} totalling {fmt.money(d.get('total_usd'), cur)}{_own(None, d, lang)}."
        )
        if d.get("compare"):
            lines.append(render_orders.compare(d, lang))
    lines += [
        f"• {o.get('id')} {o.get('date')} {fmt.money(o.get('amount_usd'), cur)}：{_items(o, lang)}"
        if zh(lang)
        else f"• {o.get('id')} {o.get('date')} {fmt.money(o.get('amount_usd'), cur)}: {_items(o, lang)}"
        for o in orders
    ]
    if d.get("order_count", 0) > len(orders):
        more = d["order_count"] - len(orders)
        lines.append(
            f"（另有 {more} 笔较早的订单未列出）" if zh(lang) else f"({more} earlier orders not listed)"
        )
    return lines
