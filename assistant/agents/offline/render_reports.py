"""Answer bodies for the report tools: receivables, order history, compliance stats (team performance: render_team).

Concise, with the numbers, names and external ids (C00041, SO-0000870); rankings are
numbered, a comparison of named reps is a small table, Chinese for zh and English for en.
"""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt, render_orders
from assistant.agents.offline.fmt import plural, zh
from assistant.agents.offline.render_team import who as rep_name

Data = dict[str, Any]
CATEGORY_ZH = {"guarantee": "违规承诺", "bribery": "商业贿赂", "private_deal": "私单/私下交易",
               "contact_leak": "私留联系方式", "behaviour": "行为规范"}  # fmt: skip


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
    who = fmt.ref(cust) if cust else ((d.get("rep") or {}).get("name") or d.get("team") or _group(d.get("group"), lang))
    if zh(lang):
        lines.append(
            f"{who}{'' if who else '您范围内'}未收款 {fmt.money(d.get('total_open_usd'), cur)}（{d.get('open_orders')} 笔订单），"
            f"其中逾期 {fmt.money(d.get('total_overdue_usd'), cur)}（{d.get('overdue_orders')} 笔）"
            + _own(None, d, lang)
            + "。"
        )
    else:
        lines.append(
            f"{who + ': ' if who else ''}{fmt.money(d.get('total_open_usd'), cur)} open in {plural(d.get('open_orders'), 'order')}, "
            f"{fmt.money(d.get('total_overdue_usd'), cur)} overdue in {plural(d.get('overdue_orders'), 'order')}"
            + _own(None, d, lang)
            + "."
        )
    if not d.get("overdue_orders") and d.get("total_overdue_usd") in (0, 0.0, None):  # say it plainly
        lines.append("没有逾期的款项。" if zh(lang) else "None of it is overdue: no overdue payments.")
    if d.get("not_found"):
        missing = "、".join(d["not_found"]) if zh(lang) else ", ".join(d["not_found"])
        lines.append(f"未在您的客户中找到：{missing}。" if zh(lang) else f"Not among your customers: {missing}.")
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
                if zh(lang)
                else f"• {rep_name(r)}: {fmt.money(r.get('open_usd'), cur)} open, {fmt.money(r.get('overdue_usd'), cur)} overdue"
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
                  f"{cust}'s orders, {span} ({d.get('order_count')}, {fmt.money(d.get('total_usd'), cur)} in total):")
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
            else f"{cust}, {span}: {d.get('order_count')} orders totalling {fmt.money(d.get('total_usd'), cur)}{_own(None, d, lang)}."
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


def _trend(g: Data, lang: str) -> str:
    if g.get("previous") is None:  # every open alert to date: no previous period, no trend
        return ""
    ch = int(g.get("change") or 0)
    if zh(lang):
        return f"上期 {g.get('previous')} 条，" + (
            f"增加 {ch}" if ch > 0 else f"减少 {-ch}" if ch < 0 else "持平"
        )
    return f"previous {_alerts_en(g.get('previous'))}, " + (f"up {ch}" if ch > 0 else f"down {-ch}" if ch < 0 else "flat")


def _alerts_en(n: object) -> str:
    """"23 alerts" / "1 alert": a count with its unit, so it reads as a count of alerts."""
    return f"{n} alert" if n == 1 else f"{n} alerts"


def compliance_stats(d: Data, lang: str) -> list[str]:
    """Alert counts per group with the trend, numbered, and a rep's latest alerts with their messages."""
    period = fmt.period_label(d.get("period"), lang)
    rep = d.get("rep")
    who = (rep_name(rep) + " ") if rep else (f"{d['team']} " if d.get("team") else "")
    by = {"rep": ("按销售", "by rep"), "category": ("按类别", "by category"), "month": ("按月", "by month")}[
        d.get("group_by") or "rep"
    ]
    if d.get("to_date") and (d.get("period") or {}).get("end", "") > d["to_date"]:
        period += f"（截至 {d['to_date']}）" if zh(lang) else f" (to {d['to_date']})"
    sev = d.get("severity")  # "上个月高风险违规有几条": the count says which severity it counts
    level = (f"{fmt.level(sev, lang)}风险" if zh(lang) else f" ({sev} severity)") if sev else ""
    state = d.get("alert_status")  # "各销售还有多少告警没处理": the open ones only, to date
    state_zh = {"open": "待处理的"}.get(state or "", f"{state}状态的" if state else "")
    state_en = f" {'still open' if state == 'open' else state}" if state else ""

    def trend(g: Data) -> str:
        t = _trend(g, lang)
        return (f"（{t}）" if zh(lang) else f" ({t})") if t else ""

    lines = [
        f"{who}{period}共 {d.get('count')} 条{level}{state_zh}违规告警{trend(d)}，{by[0]}："
        if zh(lang)
        else f"{who}{period}: {_alerts_en(d.get('count'))}{level}{state_en}{trend(d)}, {by[1]}:"
    ]
    status = d.get("by_status") or {}
    if status and not state:
        still = status.get("open", 0)
        lines.append(
            f"其中待处理 {still} 条，已处理 {sum(status.values()) - still} 条。"
            if zh(lang)
            else f"{still} still open, {sum(status.values()) - still} handled."
        )
    for i, g in enumerate(d.get("groups") or [], 1):
        key = g.get("key")
        label = (f"{g.get('name')}（{key}）" if g.get("name") and g.get("name") != key else key) if d.get("group_by") == "rep" else (
            f"{CATEGORY_ZH.get(key, key)}（{key}）" if zh(lang) and d.get("group_by") == "category" else key)  # fmt: skip
        lines.append(
            f"{i}. {label}：{g.get('count')} 条{trend(g)}"
            if zh(lang)
            else f"{i}. {label}: {_alerts_en(g.get('count'))}{trend(g)}"
        )
    quiet, fewest = d.get("without_alerts") or [], d.get("fewest") or []
    if quiet:  # "who has the fewest / no violations": the reps in scope with none
        names = ("、" if zh(lang) else ", ").join(rep_name(f) for f in quiet)
        cat = d.get("category")  # "no alerts" under a filter is "no open / no bribery alerts", not none at all
        what_zh = f"{level}{state_zh}{f'{CATEGORY_ZH.get(cat, cat)}类' if cat else ''}告警"
        what_en = f"{'open' if state == 'open' else state or ''} {sev or ''} {cat or ''}".split()
        lines.append(f"没有{what_zh}（0 条）：{names}" if zh(lang) else f"No {' '.join([*what_en, 'alerts'])} (0): {names}")
    elif fewest and len(fewest) < (d.get("groups_total") or 0):
        names = ("、" if zh(lang) else ", ").join(rep_name(f) for f in fewest)
        n = fewest[0].get("count")
        lines.append(f"告警最少：{names}（{n} 条）" if zh(lang) else f"Fewest alerts: {names} ({_alerts_en(n)})")
    alerts = d.get("alerts") or []
    if alerts:
        lines.append("最近的告警：" if zh(lang) else "Latest alerts:")
        lines += [
            f"• #{a.get('id')} {a.get('at')} {CATEGORY_ZH.get(a.get('category'), a.get('category')) if zh(lang) else a.get('category')}"
            f"（{fmt.level(a.get('severity'), lang)}）：{a.get('context')}"
            if zh(lang)
            else f"• #{a.get('id')} {a.get('at')} {a.get('category')} ({a.get('severity')}): {a.get('context')}"
            for a in alerts
        ]
    return lines
