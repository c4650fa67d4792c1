"""Answer body for ``compliance_stats``: alert counts per rep, category or month, the trend, the latest alerts.

Concise and numbered, Chinese for zh and English for en (split from render_reports).
"""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt
from assistant.agents.offline.fmt import zh
from assistant.agents.offline.render_team import who as rep_name

Data = dict[str, Any]
CATEGORY_ZH = {"guarantee": "违规承诺", "bribery": "商业贿赂", "private_deal": "私单/私下交易",
               "contact_leak": "私留联系方式", "behaviour": "行为规范"}  # fmt: skip


def _trend(g: Data, lang: str) -> str:
    if g.get("previous") is None:  # every open alert to date: no previous period, no trend
        return ""
    ch = int(g.get("change") or 0)
    if zh(lang):
        return f"上期 {g.get('previous')} 条，" + (
            f"增加 {ch}" if ch > 0 else f"减少 {-ch}" if ch < 0 else "持平"
        )
    return f"previous {_alerts_en(g.get('previous'))}, " + (
        f"up {ch}" if ch > 0 else f"down {-ch}" if ch < 0 else "flat"
    )


def _alerts_en(n: object) -> str:
    """Return a count with its unit ("23 alerts" / "1 alert"), so it reads as a count of alerts."""
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
        lines.append(
            f"告警最少：{names}（{n} 条）" if zh(lang) else f"Fewest alerts: {names} ({_alerts_en(n)})"
        )
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
