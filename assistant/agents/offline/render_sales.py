"""Answer bodies for pipeline, forecast, scripts, compliance and the write tools (summaries: :mod:`render_summary`)."""

from __future__ import annotations

from typing import Any

from assistant.agents.offline import fmt
from assistant.agents.offline.fmt import plural, zh
from assistant.agents.offline.render_summary import summary_lines
from assistant.crm.vocabulary import ACTIVITY_TYPE_ZH

Data = dict[str, Any]
SCOPE = {"me": ("您", "your"), "team": ("团队", "the team's"), "all": ("全公司", "the company's")}


def _scope(d: Data, lang: str) -> str:
    rep = d.get("rep") or {}
    if d.get("scope") == "rep" and rep:
        who = (
            f"{rep.get('name')}（{rep.get('login')}）"
            if rep.get("name") != rep.get("login")
            else rep.get("login")
        )
        return f"{who}" if zh(lang) else f"{who}'s"
    s = SCOPE.get(d.get("scope") or "me", SCOPE["me"])
    return s[0] if zh(lang) else s[1]


def _flags(flags: list[dict[str, Any]], lang: str, cur: str) -> list[str]:
    out = []
    for f in flags:
        why = fmt.reasons_line(f.get("reasons"), lang, 2)
        cust = (f.get("customer") or {}).get("name", "")
        if zh(lang):
            out.append(
                f"• {f.get('id')} {cust}（{fmt.stage(f.get('stage'), lang)}，{fmt.money(f.get('amount_usd'), cur)}，"
                f"停留 {f.get('days_in_stage')} 天）" + (f"。{why}" if why else "")
            )
        else:
            out.append(
                f"• {f.get('id')} {cust} ({f.get('stage')}, {fmt.money(f.get('amount_usd'), cur)}, "
                f"{f.get('days_in_stage')} days in stage)" + (f". {why}" if why else "")
            )
    return out


def pipeline_status(d: Data, lang: str) -> list[str]:
    """Pipeline totals, stages, won/lost, and the deals that need attention."""
    cur, period = d.get("currency", "USD"), fmt.period_label(d.get("period"), lang)
    lines: list[str] = []
    if d.get("stage"):  # the open deals in one stage
        head = (
            f"{_scope(d, lang)}处于{fmt.stage(d['stage'], lang)}阶段的在跟商机 {d.get('total')} 个，"
            f"合计 {fmt.money(d.get('amount_usd'), cur)}："
            if zh(lang)
            else f"{plural(d.get('total'), 'deal')} open in {d['stage']} for {_scope(d, lang)} book, "
            f"{fmt.money(d.get('amount_usd'), cur)} in total:"
        )
        return [head, *_flags(d.get("deals") or [], lang, cur)]
    if isinstance(d.get("customers"), list):  # the open deals of the customers asked about
        from assistant.agents.offline.render_deals import customers_deals

        return customers_deals(d, lang, cur, _flags)
    if "open_amount" in d:
        if zh(lang):
            lines.append(
                f"{_scope(d, lang)}{period}的管道：在跟商机 {d.get('open_count')} 个，金额 "
                f"{fmt.money(d.get('open_amount'), cur)}，加权 {fmt.money(d.get('weighted_amount'), cur)}。"
            )
            win = (
                f"，赢单率 {fmt.pct(d.get('win_rate'))}"
                if d.get("win_rate") is not None
                else "，本期没有已关单的商机，赢单率暂无法计算"
            )
            lines.append(
                f"本期新增 {d.get('new_deals')} 个；赢单 {d.get('won_count')} 个 {fmt.money(d.get('won_amount'), cur)}，"
                f"输单 {d.get('lost_count')} 个 {fmt.money(d.get('lost_amount'), cur)}{win}。"
            )
        else:
            lines.append(
                f"Pipeline for {_scope(d, lang)} book ({period}): {d.get('open_count')} open deals worth "
                f"{fmt.money(d.get('open_amount'), cur)}, {fmt.money(d.get('weighted_amount'), cur)} weighted."
            )
            win = (
                f", win rate {fmt.pct(d.get('win_rate'))}"
                if d.get("win_rate") is not None
                else "; no deals closed in the period, so no win rate yet"
            )
            lines.append(
                f"New this period: {plural(d.get('new_deals'), 'deal')}; {plural(d.get('won_count'), 'deal')} won "
                f"({fmt.money(d.get('won_amount'), cur)}), {plural(d.get('lost_count'), 'deal')} lost "
                f"({fmt.money(d.get('lost_amount'), cur)}){win}."
            )
        stages = [s for s in d.get("stages") or [] if s.get("count")]
        if stages:
            parts = [
                f"{fmt.stage(s.get('stage'), lang)} {s.get('count')} 个（{s.get('stage')}，{fmt.money(s.get('amount'), cur)}）"
                if zh(lang)
                else f"{s.get('stage')} {plural(s.get('count'), 'deal')} ({fmt.money(s.get('amount'), cur)})"
                for s in stages
            ]
            lines.append(
                ("各阶段：" if zh(lang) else "By stage: ") + ("；" if zh(lang) else "; ").join(parts)
            )
        from assistant.agents.offline.render_deals import pipeline_top

        lines += pipeline_top(d, lang, cur)
    stalled, past = d.get("stalled") or [], d.get("past_close") or []
    if "open_amount" not in d and d.get("scope") == "rep":
        lines.append(f"{_scope(d, lang)}的商机：" if zh(lang) else f"{_scope(d, lang)} deals:")
    if stalled:
        lines.append(
            f"卡住的商机（共 {d.get('stalled_total', len(stalled))} 个）："
            if zh(lang)
            else f"Stuck deals ({plural(d.get('stalled_total', len(stalled)), 'deal')} in total):"
        )
        lines += _flags(stalled, lang, cur)
        if (more := int(d.get("stalled_total") or 0) - len(stalled)) > 0:
            lines.append(f"（另有 {more} 个未列出）" if zh(lang) else f"({more} more not listed)")
    if past:
        lines.append(
            f"已过预计成交日的商机（共 {d.get('past_close_total', len(past))} 个）："
            if zh(lang)
            else f"Deals past their expected close date ({plural(d.get('past_close_total', len(past)), 'deal')}):"
        )
        lines += _flags(past, lang, cur)
    if not stalled and not past and "open_amount" not in d:
        lines.append(
            f"{period}没有卡住或逾期的商机。" if zh(lang) else f"No stuck or overdue deals ({period})."
        )
    return lines


def sales_forecast(d: Data, lang: str) -> list[str]:
    """Render the forecast with its 80% range, its parts and the backtest error."""
    cur, period = d.get("currency", "USD"), fmt.period_label(d.get("period"), lang)
    mape = d.get("backtest_mape")
    if zh(lang):
        lines = [
            f"{_scope(d, lang)}{period}的销售预测：约 {fmt.money(d.get('forecast'), cur)}"
            f"（80% 区间 {fmt.money(d.get('low'), cur)}–{fmt.money(d.get('high'), cur)}）。",
            f"其中历史趋势 {fmt.money(d.get('history_part'), cur)}，在跟商机加权 {fmt.money(d.get('pipeline_part'), cur)}"
            + (f"；本期已实现 {fmt.money(d.get('actual_to_date'), cur)}" if d.get("actual_to_date") else "")
            + "。",
        ]
        if mape is not None:
            lines.append(f"过去几个月回测误差（MAPE）约 {fmt.pct(mape)}。")
    else:
        lines = [
            f"Forecast for {_scope(d, lang)} sales, {period}: about {fmt.money(d.get('forecast'), cur)} "
            f"(80% range {fmt.money(d.get('low'), cur)}–{fmt.money(d.get('high'), cur)}).",
            f"Trend part {fmt.money(d.get('history_part'), cur)}, weighted pipeline {fmt.money(d.get('pipeline_part'), cur)}"
            + (
                f"; {fmt.money(d.get('actual_to_date'), cur)} already booked"
                if d.get("actual_to_date")
                else ""
            )
            + ".",
        ]
        if mape is not None:
            lines.append(f"Backtest error (MAPE) over recent months: about {fmt.pct(mape)}.")
    return lines


def sensitive_alerts(d: Data, lang: str) -> list[str]:
    """Compliance alerts, newest first."""
    alerts = d.get("alerts") or []
    if not alerts:
        return ["没有符合条件的合规告警。" if zh(lang) else "No compliance alerts match."]
    total = d.get("total", len(alerts))
    more = total > len(alerts)  # only the newest ``limit`` are listed
    team = f"{d['team']} " if d.get("team") else ""
    lines = [
        (f"{team}共 {total} 条合规告警" + (f"（列出最新 {len(alerts)} 条）" if more else "") + "：")
        if zh(lang)
        else team + (f"{total} alert" if total == 1 else f"{total} alerts") + " in compliance review"
        + (f" (newest {len(alerts)} listed)" if more else "")
        + ":"
    ]
    for a in alerts:
        sev = fmt.level(a.get("severity"), lang)
        cust = a.get("customer") or {}
        to = (
            (
                f" → {cust.get('name')}（{cust.get('id')}）"
                if zh(lang)
                else f" → {cust.get('name')} ({cust.get('id')})"
            )
            if cust
            else ""
        )
        lines.append(
            f"• #{a.get('id')} {a.get('at')} {a.get('rep') or ''}{to} {a.get('category')}（{sev}风险，{a.get('status')}）"
            f"：“{a.get('matched')}” {a.get('context') or ''}"
            if zh(lang)
            else f"• #{a.get('id')} {a.get('at')} {a.get('rep') or ''}{to} {a.get('category')} ({a.get('severity')}, "
            f'{a.get("status")}): "{a.get("matched")}" {a.get("context") or ""}'
        )
        if a.get("message"):  # one alert's details: the whole message
            lines.append(("  原文：" if zh(lang) else "  Message: ") + str(a["message"]))
    return lines


def scan_text(d: Data, lang: str) -> list[str]:
    """Render the scan verdict and each hit."""
    hits = d.get("hits") or []
    if not d.get("flagged") and not hits:
        return ["未发现敏感词，可以发送。" if zh(lang) else "No sensitive wording found; it's fine to send."]
    lines = [
        f"发现 {len(hits)} 处需要修改的表述（最高风险：{fmt.level(d.get('max_severity'), lang)}）："
        if zh(lang)
        else f"Found {plural(len(hits), 'problem')} (highest severity: {d.get('max_severity')}):"
    ]
    for h in hits:
        lines.append(
            f"• “{h.get('matched')}” — {h.get('category')}（{fmt.level(h.get('severity'), lang)}）"
            if zh(lang)
            else f'• "{h.get("matched")}" — {h.get("category")} ({h.get("severity")})'
        )
    if d.get("highlighted"):
        lines.append(("标注：" if zh(lang) else "Marked: ") + str(d["highlighted"]))
    if d.get("rewrite"):
        lines.append(("合规改写（可直接发送）：" if zh(lang) else "Compliant rewrite (ready to send): ") + str(d["rewrite"]))
    return lines


def written(tool: str, d: Data, lang: str) -> list[str]:
    """Confirm a completed write."""
    w = d.get("written") or {}
    if tool == "update_deal_stage":
        return [
            f"已将商机 {w.get('deal')} 从{fmt.stage(w.get('from_stage'), lang)}改为{fmt.stage(w.get('to_stage'), lang)}"
            f"（成交概率 {w.get('probability')}%）。"
            if zh(lang)
            else f"Moved deal {w.get('deal')} from {w.get('from_stage')} to {w.get('to_stage')} "
            f"(probability {w.get('probability')}%)."
        ]
    if tool == "save_summary":
        return [
            f"已把总结保存到 {w.get('customer')} 的客户记录。"
            if zh(lang)
            else f"Saved the summary to {w.get('customer')}'s record.",
            *summary_lines(d.get("summary") or {}, lang),
        ]
    kind = ACTIVITY_TYPE_ZH.get(w.get("type"), w.get("type")) if zh(lang) else w.get("type")
    if w.get("planned_for"):  # a plan is stated with its date, not as "a note"
        plan = w.get("plan") or {}
        how = ACTIVITY_TYPE_ZH.get(plan.get("type"), plan.get("type") or "") if zh(lang) else plan.get("type") or ""
        what = plan.get("content") or ""
        return [
            f"已为 {w.get('customer')} 记录跟进计划：{w.get('planned_for')} {how}，{what}（尚未进行，不计入跟进次数）。"
            if zh(lang)
            else f"Planned a follow-up with {w.get('customer')} on {w.get('planned_for')} ({how}): {what} "
            "(not done yet, so not counted as an activity)."
        ]
    return [
        f"已为 {w.get('customer')} 记录一条{kind}。"
        if zh(lang)
        else f"Logged a {kind} for {w.get('customer')}."
    ]
