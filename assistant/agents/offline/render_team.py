"""Answer body of ``team_performance``: a numbered ranking with totals, or a table comparing named reps.

With ``previous`` in the result (the call asked to compare), a line with the previous period's
totals and the change in revenue follows. Chinese for zh and English for en.
"""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt
from assistant.agents.offline.fmt import plural, zh

Data = dict[str, Any]
METRIC = {
    "revenue": ("业绩（营收）", "revenue"),
    "orders": ("订单数", "orders"),
    "won_deals": ("赢单数", "won deals"),
    "activities": ("跟进次数", "activities"),
}


def who(r: Data) -> str:
    """Return a rep as "name（login）" (the login alone when there is no other name)."""
    name, login = r.get("name") or "", r.get("login") or ""
    return f"{name}（{login}）" if name and name != login else login


def _rep_line(r: Data, lang: str, cur: str) -> str:
    if zh(lang):
        return (
            f"业绩 {fmt.money(r.get('revenue_usd'), cur)}，订单 {r.get('orders')} 笔，赢单 {r.get('won_deals')} 个"
            f"（{fmt.money(r.get('won_amount_usd'), cur)}），跟进 {r.get('activities')} 次（主动 {r.get('outbound_activities')}）"
        )
    return (
        f"revenue {fmt.money(r.get('revenue_usd'), cur)}, {plural(r.get('orders'), 'order')}, "
        f"{plural(r.get('won_deals'), 'deal')} won ({fmt.money(r.get('won_amount_usd'), cur)}), "
        f"{plural(r.get('activities'), 'activity')} ({r.get('outbound_activities')} outbound)"
    )


def team_performance(d: Data, lang: str) -> list[str]:
    """Render a numbered ranking, or a small table comparing the named reps."""
    cur, period = d.get("currency", "USD"), fmt.period_label(d.get("period"), lang)
    if d.get("team"):  # one named team: say which
        period = f"{d['team']} {period}" if zh(lang) else f"{d['team']}, {period}"
    reps = d.get("reps") or []
    metric = METRIC.get(d.get("metric") or "revenue", METRIC["revenue"])
    if d.get("teams"):
        return _teams(d, lang, cur, period, metric)
    if d.get("comparison"):
        head = f"{period}业绩对比：" if zh(lang) else f"Comparison, {period}:"
        cols = (
            ("销售", "业绩", "订单", "赢单", "跟进")
            if zh(lang)
            else ("Rep", "Revenue", "Orders", "Won", "Activities")
        )
        lines = [head, "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for r in reps:
            lines.append(
                f"| {who(r)} | {fmt.money(r.get('revenue_usd'), cur)} | {r.get('orders')} 笔 | "
                f"{r.get('won_deals')} 个（{fmt.money(r.get('won_amount_usd'), cur)}） | {r.get('activities')} 次 |"
                if zh(lang)
                else f"| {who(r)} | {fmt.money(r.get('revenue_usd'), cur)} | {plural(r.get('orders'), 'order')} | "
                f"{plural(r.get('won_deals'), 'deal')} won ({fmt.money(r.get('won_amount_usd'), cur)}) | "
                f"{plural(r.get('activities'), 'activity')} |"
            )
        if len(reps) == 2:
            a, b = reps
            gap = float(a.get("revenue_usd") or 0) - float(b.get("revenue_usd") or 0)
            lines.append(
                f"{who(a)} 的业绩比 {who(b)} {'高' if gap >= 0 else '低'} {fmt.money(abs(gap), cur)}。"
                if zh(lang)
                else f"{who(a)} is {fmt.money(abs(gap), cur)} {'ahead of' if gap >= 0 else 'behind'} {who(b)}."
            )
        return lines
    if len(reps) == 1 and d.get("total") == 1:
        r = reps[0]
        line = (
            f"{who(r)} {period}：{_rep_line(r, lang, cur)}。"
            if zh(lang)
            else f"{who(r)}, {period}: {_rep_line(r, lang, cur)}."
        )
        return [line, *_previous(d, lang, cur)]
    asc = d.get("sort") == "asc"
    if zh(lang):
        order = "从少到多" if asc else "从高到低"
        lines = [f"{period}按{metric[0]}{order}（共 {d.get('total')} 位销售）："]
    else:
        order = "lowest first" if asc else "highest first"
        lines = [f"Reps by {metric[1]}, {period} ({order}; {d.get('total')} reps):"]
    lines += [f"{r.get('rank')}. {who(r)} — {_rep_line(r, lang, cur)}" for r in reps]
    t = d.get("totals") or {}
    lines.append(
        f"合计：业绩 {fmt.money(t.get('revenue_usd'), cur)}，订单 {t.get('orders')} 笔，赢单 {t.get('won_deals')} 个"
        f"（{fmt.money(t.get('won_amount_usd'), cur)}），跟进 {t.get('activities')} 次。"
        if zh(lang)
        else f"Total: {fmt.money(t.get('revenue_usd'), cur)} revenue, {plural(t.get('orders'), 'order')}, "
        f"{plural(t.get('won_deals'), 'deal')} won ({fmt.money(t.get('won_amount_usd'), cur)}), "
        f"{plural(t.get('activities'), 'activity')}."
    )
    return lines + _previous(d, lang, cur)


def _previous(d: Data, lang: str, cur: str) -> list[str]:
    """Return the previous period's totals and the change in revenue, when the call asked to compare."""
    prev = d.get("previous")
    if not prev:
        return []
    t, now = prev.get("totals") or {}, d.get("totals") or {}
    span = prev.get("period") or {}
    label = f"{span.get('start')} {'至' if zh(lang) else 'to'} {span.get('end')}"
    before, after = float(t.get("revenue_usd") or 0), float(now.get("revenue_usd") or 0)
    gap = after - before
    pct = f"{gap / before:+.0%}" if before else "n/a"
    cut, whole = prev.get("to_date"), prev.get("whole_period")  # a running period: the same days, or a whole one
    full = prev.get("whole_totals") or {}  # a cut period's whole totals ("last year" in full)
    if zh(lang):
        label += f"，截至 {cut}，与本期同样天数" if cut else "，整期，本期尚未结束" if whole else ""
        pct_zh = "" if whole else f"（{pct}）"
        return [
            f"对比{'' if prev.get('named') else '上期'}（{label}）：业绩 {fmt.money(before, cur)}，订单 {t.get('orders')} 笔，赢单 {t.get('won_deals')} 个"
            f"（{fmt.money(t.get('won_amount_usd'), cur)}）；业绩{'增加' if gap >= 0 else '减少'} {fmt.money(abs(gap), cur)}{pct_zh}。"
            + (f"该期全期业绩 {fmt.money(full.get('revenue_usd'), cur)}，订单 {full.get('orders')} 笔。" if full else "")
        ]
    label += f", to {cut}, the same number of days" if cut else ", the whole period; this one is still running" if whole else ""
    pct_en = "" if whole else f" ({pct})"
    return [
        f"{'Compared with ' + label if prev.get('named') else f'Previous period ({label})'}: revenue {fmt.money(before, cur)}, {plural(t.get('orders'), 'order')}, "
        f"{plural(t.get('won_deals'), 'deal')} won ({fmt.money(t.get('won_amount_usd'), cur)}); revenue {'up' if gap >= 0 else 'down'} {fmt.money(abs(gap), cur)}{pct_en}."
        + (f" The whole of that period: revenue {fmt.money(full.get('revenue_usd'), cur)}, {plural(full.get('orders'), 'order')}." if full else "")
    ]


def _teams(d: Data, lang: str, cur: str, period: str, metric: tuple[str, str]) -> list[str]:
    """Render the per-team ranking ("which team sold the most")."""
    teams = d.get("teams") or []
    asc = d.get("sort") == "asc"
    if zh(lang):
        lines = [
            f"{period}各团队按{metric[0]}{'从少到多' if asc else '从高到低'}（共 {len(teams)} 个团队）："
        ]
    else:
        lines = [
            f"Teams by {metric[1]}, {period} ({'lowest' if asc else 'highest'} first; {len(teams)} teams):"
        ]
    for t in teams:
        name = f"{t.get('team')}（{t.get('region')}）" if t.get("region") else str(t.get("team"))
        money, won = fmt.money(t.get("revenue_usd"), cur), fmt.money(t.get("won_amount_usd"), cur)
        if zh(lang):
            body = f"业绩 {money}，订单 {t.get('orders')} 笔，赢单 {t.get('won_deals')} 个（{won}），{t.get('reps')} 位销售"
        else:
            body = (f"revenue {money}, {plural(t.get('orders'), 'order')}, {plural(t.get('won_deals'), 'deal')} won ({won}), "
                    f"{plural(t.get('reps'), 'rep')}")
        lines.append(f"{t.get('rank')}. {name} — {body}")
    return lines
