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
