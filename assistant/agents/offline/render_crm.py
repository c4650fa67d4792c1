"""Answer bodies for the customer and analytics tools (find, profile, churn, reorder, products, leads, briefing).

Each function takes the tool's ``ok`` result (a dict, see :mod:`assistant.tools.results`)
and the language, and returns the answer's lines. Reasons come from the analytics
results (``text_zh``/``text_en``); nothing here invents a number.
"""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt
from assistant.agents.offline.fmt import plural, zh
from assistant.crm.vocabulary import ACTIVITY_TYPE_ZH

Data = dict[str, Any]


def _more(shown: int, total: Any, lang: str, unit: str = "家", noun: str = "") -> str:
    """Return "(N in all, first M shown)" when cut; else, given an English ``noun``, the count ("（共 3 家）")."""
    if isinstance(total, int) and total > shown:
        return f"（共 {total} {unit}，显示前 {shown} {unit}）" if zh(lang) else f" (showing {shown} of {total})"
    if noun:
        return f"（共 {shown} {unit}）" if zh(lang) else f" ({plural(shown, noun)})"
    return ""


def find_customers(d: Data, lang: str) -> list[str]:
    """Render a numbered list of the customers found."""
    items = d.get("customers") or []
    head = (
        f"找到 {d.get('total', len(items))} 家客户{_more(len(items), d.get('total'), lang)}："
        if zh(lang)
        else f"Found {plural(d.get('total', len(items)), 'customer')}{_more(len(items), d.get('total'), lang)}:"
    )
    lines = [head]
    for i, c in enumerate(items, 1):
        seg = fmt.SEGMENT.get(c.get("segment") or "", None)
        parts = [
            fmt.ref(c),
            c.get("city") or "",
            c.get("country") if not zh(lang) or c.get("country") != "China" else "",
            fmt.industry(c.get("industry"), lang),
            (f"{c.get('tier')}类" if zh(lang) else f"tier {c.get('tier')}"),
            (seg[0] if zh(lang) else seg[1]) if seg else "",
            (f"负责人 {c.get('owner')}" if zh(lang) else f"owner {c.get('owner')}") if c.get("owner") else "",
        ]
        lines.append(f"{i}. " + " · ".join(p for p in parts if p))
    return lines


def customer_profile(d: Data, lang: str) -> list[str]:
    """Render the customer's card: who, contacts, orders, deals, activity, health, churn and next order."""
    c, cur = d.get("customer") or {}, d.get("currency", "USD")
    where = " · ".join(
        x for x in (c.get("city"), c.get("country"), fmt.industry(c.get("industry"), lang)) if x
    )
    lines = [
        f"**{fmt.ref(c)}** — {where}"
        + (
            f"，{c.get('tier')}类客户，负责人 {c.get('owner')}"
            if zh(lang)
            else f", tier {c.get('tier')}, owner {c.get('owner')}"
        )
    ]
    contacts = d.get("contacts") or []
    if contacts:
        names = [
            f"{k.get('name')}（{k.get('title')}{_details(k, lang)}）"
            if zh(lang)
            else f"{k.get('name')} ({k.get('title')}{_details(k, lang)})"
            for k in contacts
        ]
        lines.append(("联系人：" if zh(lang) else "Contacts: ") + ("、" if zh(lang) else ", ").join(names))
    orders = d.get("recent_orders") or []
    if orders:
        o = orders[0]
        lines.append(
            f"最近订单：{o.get('date')} {o.get('id')}，{fmt.money(o.get('amount_usd'), cur)}"
            if zh(lang)
            else f"Last order: {o.get('id')} on {o.get('date')}, {fmt.money(o.get('amount_usd'), cur)}"
        )
    deals = d.get("open_deals") or []
    if deals:
        ds = [
            f"{x.get('id')} {fmt.stage(x.get('stage'), lang)} {fmt.money(x.get('amount_usd'), cur)}"
            for x in deals[:3]
        ]
        lines.append(("在跟商机：" if zh(lang) else "Open deals: ") + ("；" if zh(lang) else "; ").join(ds))
    acts = d.get("recent_activities") or []
    if acts:
        a = acts[0]
        kind = ACTIVITY_TYPE_ZH.get(a.get("type"), a.get("type")) if zh(lang) else a.get("type")
        lines.append(
            (f"最近沟通：{a.get('date')} {kind}" if zh(lang) else f"Last contact: {a.get('date')} ({kind})")
            + (f" — {a.get('content')}" if a.get("content") else "")
        )
    status = []
    if d.get("health"):
        h = d["health"]
        status.append(
            f"健康度 {h.get('score')}（{h.get('band')}）"
            if zh(lang)
            else f"health {h.get('score')} ({h.get('band')})"
        )
    if d.get("churn"):
        status.append(
            f"流失风险 {fmt.level(d['churn'].get('level'), lang)}"
            if zh(lang)
            else f"churn risk {d['churn'].get('level')}"
        )
    if d.get("next_purchase"):
        n = d["next_purchase"]
        status.append(
            f"预计下次下单 {n.get('expected_date')}（置信度 {fmt.level(n.get('confidence'), lang)}）"
            if zh(lang)
            else f"next order expected {n.get('expected_date')} ({n.get('confidence')} confidence)"
        )
    if status:
        lines.append(
            ("状态：" if zh(lang) else "Status: ") + ("，".join(status) if zh(lang) else ", ".join(status))
        )
    return lines


def churn_risk(d: Data, lang: str) -> list[str]:
    """Render the customers at risk, riskiest first, each with its reasons."""
    risks, where = d.get("risks") or [], fmt.place(d.get("group"), lang)
    if not risks:
        return [
            (f"{where}的客户里" if where else "") + "目前没有处于流失风险的客户。" if zh(lang)
            else "No customers" + (f" in {where}" if where else "") + " are currently at risk of churning."
        ]  # fmt: skip
    more = _more(len(risks), d.get("total"), lang, noun="customer")
    at = f"{where}的客户中" if zh(lang) and where else f" in {where}" if where else ""
    head = f"{at}有流失风险的客户{more}：" if zh(lang) else f"Customers{at} at risk{more}:"
    lines = [head] if len(risks) > 1 or where else []
    for i, r in enumerate(risks, 1):
        lvl = (
            f"{fmt.level(r.get('level'), lang)}风险（{r.get('score')} 分）"
            if zh(lang)
            else f"{r.get('level')} risk (score {r.get('score')})"
        )
        why = fmt.reasons_line(r.get("reasons"), lang)
        prefix = f"{i}. " if len(risks) > 1 else ""
        lines.append(
            f"{prefix}{fmt.ref(r.get('customer'))} — {lvl}"
            + (f"。{why}" if why and zh(lang) else f". {why}" if why else "")
        )
    return lines


def next_purchase(d: Data, lang: str) -> list[str]:
    """Render the expected next orders with the rhythm behind them."""
    preds = d.get("predictions") or []
    if not preds:
        note = d.get("note_zh" if zh(lang) else "note")
        if note:
            return [note]
        days, among = d.get("within_days", 30), d.get("among")
        if among:  # "which of those will reorder": none of the listed customers
            return [
                f"这 {among} 家客户未来 {days} 天内都没有预计要补货的。"
                if zh(lang)
                else f"None of these {among} customers is due to reorder in the next {days} days."
            ]
        return [
            f"未来 {days} 天内没有预计要补货的客户。"
            if zh(lang)
            else f"No customers are due to reorder in the next {days} days."
        ]
    lines = []
    if len(preds) > 1:
        days = d.get("within_days")
        of = (f"这 {d['among']} 家中" if zh(lang) else f" (of these {d['among']})") if d.get("among") else ""
        lines.append(
            f"{of}未来 {days} 天内预计补货的客户{_more(len(preds), d.get('total'), lang, noun='customer')}："
            if zh(lang)
            else f"Customers{of} due to reorder within {days} days{_more(len(preds), d.get('total'), lang, noun='customer')}:"
        )
    for i, p in enumerate(preds, 1):
        du = p.get("days_until")
        when = (
            f"预计 {p.get('expected_date')} 下单"
            + (f"（已逾期 {-du} 天）" if isinstance(du, int) and du < 0 else f"（{du} 天后）")
            if zh(lang)
            else f"expected to order on {p.get('expected_date')}"
            + (f" ({-du} days overdue)" if isinstance(du, int) and du < 0 else f" (in {du} days)")
        )
        conf = (
            f"，置信度{fmt.level(p.get('confidence'), lang)}"
            if zh(lang)
            else f", {p.get('confidence')} confidence"
        )
        why = fmt.reasons_line(p.get("reasons"), lang, 2)
        prefix = f"{i}. " if len(preds) > 1 else ""
        lines.append(
            f"{prefix}{fmt.ref(p.get('customer'))}：{when}{conf}" + (f"。{why}" if why else "")
            if zh(lang)
            else f"{prefix}{fmt.ref(p.get('customer'))}: {when}{conf}" + (f". {why}" if why else "")
        )
    return lines


def recommend_products(d: Data, lang: str) -> list[str]:
    """Render what the customer buys and which categories/products to offer next."""
    c, cur = d.get("customer") or {}, d.get("currency", "USD")
    lines = [f"给 {fmt.ref(c)} 的产品建议：" if zh(lang) else f"Product ideas for {fmt.ref(c)}:"]
    buys = d.get("buys") or []
    if buys:
        parts = [f"{fmt.category(b.get('category'), lang)} {fmt.pct(b.get('share'))}" for b in buys[:4]]
        lines.append(
            ("目前主要采购：" if zh(lang) else "Currently buys: ") + ("、" if zh(lang) else ", ").join(parts)
        )
    for s in d.get("suggestions") or []:
        prods = [
            f"{p.get('name_zh') if zh(lang) else p.get('name_en')}（{fmt.money(p.get('unit_price'), p.get('currency', cur))}）"
            if zh(lang)
            else f"{p.get('name_en')} ({fmt.money(p.get('unit_price'), p.get('currency', cur))})"
            for p in s.get("products") or []
        ]
        lines.append(
            (f"• 推荐{fmt.category(s.get('category'), lang)}类：" if zh(lang) else f"• {s.get('category')}: ")
            + ("、" if zh(lang) else ", ").join(prods)
            + (
                f"（{s.get('similar_buyers')} 家相似客户在买）"
                if zh(lang)
                else f" — bought by {s.get('similar_buyers')} similar customers"
            )
        )
    if not d.get("suggestions"):
        lines.append(
            "暂时没有明显的交叉销售机会，建议维持现有品类。"
            if zh(lang)
            else "No clear cross-sell opportunity yet; keep to the current categories."
        )
    return lines


def lead_scores(d: Data, lang: str) -> list[str]:
    """Leads by grade and score, with the rules that fired."""
    leads = d.get("leads") or []
    if not leads:
        return ["没有符合条件的线索。" if zh(lang) else "No leads match."]
    lines = [
        f"线索评分{_more(len(leads), d.get('total'), lang, '条')}："
        if zh(lang)
        else f"Lead scores{_more(len(leads), d.get('total'), lang)}:"
    ]
    for i, x in enumerate(leads, 1):
        why = fmt.reasons_line(x.get("reasons"), lang, 2)
        lines.append(
            f"{i}. {x.get('company')}（{x.get('id')}）— {x.get('grade')}级，{x.get('score'):.0f} 分"
            + (f"。{why}" if why else "")
            if zh(lang)
            else f"{i}. {x.get('company')} ({x.get('id')}) — grade {x.get('grade')}, score {x.get('score'):.0f}"
            + (f". {why}" if why else "")
        )
    return lines


def daily_briefing(d: Data, lang: str) -> list[str]:
    """Render the day's to-do list: whom to contact, why, how and what to emphasise."""
    items = d.get("items") or []
    if not items:
        return [
            f"{d.get('date')} 没有需要优先跟进的事项。"
            if zh(lang)
            else f"Nothing urgent for {d.get('date')}."
        ]
    lines = [f"{d.get('date')} 跟进清单：" if zh(lang) else f"Your follow-ups for {d.get('date')}:"]
    for i, it in enumerate(items, 1):
        who = fmt.ref(it.get("customer") or it.get("lead"))
        why = fmt.reason_texts(it.get("reasons"), lang, 2)
        how = []
        if it.get("channel"):
            how.append(f"用{fmt.channel(it['channel'], lang)}" if zh(lang) else f"via {it['channel']}")
        if it.get("best_hours"):
            a, b = it["best_hours"]
            how.append(f"{a}:00–{b}:00 联系" if zh(lang) else f"best {a}:00–{b}:00")
        emph = [e.get("text_zh" if zh(lang) else "text_en") for e in it.get("emphasis") or []][:2]
        line = f"{i}. {who}"
        if why:
            line += ("：" if zh(lang) else ": ") + ("；" if zh(lang) else "; ").join(why)
        if how:
            line += ("（" + "，".join(how) + "）") if zh(lang) else (" (" + ", ".join(how) + ")")
        if emph:
            line += ("。重点：" + "；".join(emph)) if zh(lang) else (". Emphasise: " + "; ".join(emph))
        lines.append(line)
    return lines


def _details(k: Data, lang: str) -> str:
    """Return a contact's phone, email and WeChat when the result carries them (asked for)."""
    labels = (("phone", "电话", "phone"), ("email", "邮箱", "email"), ("wechat", "微信", "WeChat"))
    parts = [
        f"{zh_label if zh(lang) else en_label} {k[key]}" for key, zh_label, en_label in labels if k.get(key)
    ]
    return ("，" if zh(lang) else ", ") + ("，" if zh(lang) else ", ").join(parts) if parts else ""
