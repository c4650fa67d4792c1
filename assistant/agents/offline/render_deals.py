"""Rendering of the open deals of the customers a request named (``pipeline_status`` with ``customers``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.agents.offline import fmt
from assistant.agents.offline.fmt import plural, zh

Data = dict[str, Any]


def customers_deals(
    d: Data, lang: str, cur: str, flags: Callable[[list[Any], str, str], list[str]]
) -> list[str]:
    """Each named customer's count of open deals, the deals, and who has none."""
    per = [c for c in d.get("customers") or [] if isinstance(c, dict)]
    counts = ("；" if zh(lang) else "; ").join(
        f"{c.get('name')}（{c.get('id')}）{c.get('open_deals')} 个" if zh(lang) else f"{c.get('name')} ({c.get('id')}): {plural(c.get('open_deals'), 'deal')}"
        for c in per
    )  # fmt: skip
    head = (
        f"在跟商机 {d.get('total')} 个，合计 {fmt.money(d.get('amount_usd'), cur)}（{counts}）："
        if zh(lang)
        else f"{plural(d.get('total'), 'deal')} open, {fmt.money(d.get('amount_usd'), cur)} in total ({counts}):"
    )
    lines = [head, *flags(d.get("deals") or [], lang, cur)]
    if d.get("without_deals"):
        none = "、".join(d["without_deals"]) if zh(lang) else ", ".join(d["without_deals"])
        lines.append(f"没有在跟商机：{none}" if zh(lang) else f"No open deals: {none}")
    if d.get("not_found"):
        lines.append(
            ("未在您的客户中找到：" if zh(lang) else "Not among your customers: ") + ", ".join(d["not_found"])
        )
    return lines


def pipeline_top(d: Data, lang: str, cur: str) -> list[str]:
    """Return lines naming the largest open deal and, for a team or everyone, the reps with most open deals."""
    lines: list[str] = []
    top = next((t for t in d.get("largest_open") or [] if isinstance(t, dict)), None)
    if top:
        cust = top.get("customer") or {}
        who = f"{cust.get('name')}（{cust.get('id')}）" if zh(lang) else f"{cust.get('name')} ({cust.get('id')})"
        lines.append(
            f"最大的在跟商机：{top.get('id')} {who}，{fmt.stage(top.get('stage'), lang)}，{fmt.money(top.get('amount_usd'), cur)}"
            if zh(lang)
            else f"Largest open deal: {top.get('id')} {who}, {top.get('stage')}, {fmt.money(top.get('amount_usd'), cur)}"
        )  # fmt: skip
    every = [r for r in d.get("open_by_rep") or [] if isinstance(r, dict)]
    reps = every[:3] + every[-1:] if len(every) > 3 else every  # the most, and the fewest
    if reps:
        parts = [
            f"{r.get('name')}（{r.get('login')}）{r.get('open_count')} 个（{fmt.money(r.get('open_amount'), cur)}）"
            if zh(lang)
            else f"{r.get('name')} ({r.get('login')}): {plural(r.get('open_count'), 'deal')} open ({fmt.money(r.get('open_amount'), cur)})"
            for r in reps
        ]  # fmt: skip
        low = (("；最少：" if zh(lang) else "; fewest: ") + parts.pop()) if len(every) > 3 else ""
        lines.append(
            ("在跟商机最多的销售：" + "；".join(parts) + low) if zh(lang) else ("Most open deals: " + "; ".join(parts) + low)
        )
    return lines
