"""Second-step subjects read from results that name no ranked customer list: leads, a forecast, a profile.

:mod:`chain_steps` maps a first tool to its reader; these cover "score my leads, then an
opening line for the best one", "forecast, then the deals to push" and "this customer's card,
then whether they will churn"; a scanned draft gives the words to rewrite.
"""

from __future__ import annotations

import re
from typing import Any

Subject = dict[str, Any]


def leads(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the best-scored leads (a lead is no customer yet: the script is looked up by its company)."""
    return [{"text": str(x.get("company") or ""), "name": str(x.get("company") or ""),
             "figure_zh": f"{x.get('grade')}级，{x.get('score', 0):.0f} 分",
             "figure_en": f"grade {x.get('grade')}, score {x.get('score', 0):.0f}"}
            for x in result.get("leads") or [] if isinstance(x, dict) and x.get("company")]  # fmt: skip


def forecast_pipeline(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return a forecast's deals to push: the whole open pipeline of the same scope (one subject)."""
    return [{"text": "forecast", "name": "", "scope": first_args.get("scope") or "me"}]


def profiled(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the customer whose card was shown ("看下X的情况，顺便判断下会不会流失")."""
    c = result.get("customer")
    if not isinstance(c, dict) or not (c.get("id") or c.get("name")):
        return []
    return [{"customer": str(c.get("id") or c.get("name")), "name": str(c.get("name") or "")}]


def flagged(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the flagged words of a scanned draft (what a compliant rewrite must avoid)."""
    hits = [h for h in result.get("hits") or [] if isinstance(h, dict)]
    if not hits:
        return []
    words = "、".join(dict.fromkeys(str(h.get("matched")) for h in hits))
    cats = " ".join(dict.fromkeys(str(h.get("category")) for h in hits))
    return [{"text": f"{words} {cats}", "name": words,
             "figure_zh": f"{len(hits)} 处需要改：{words}", "figure_en": f"{len(hits)} problem(s): {words}"}]  # fmt: skip


_ORDINAL = re.compile(
    r"第\s*([二三四五2-5])\s*(?:多|大|高|名|位)|排(?:名)?第\s*([二三四五2-5])|"
    r"\b(second|third|fourth|fifth)[- ](?:most|biggest|largest|highest|top)\b",
    re.I,
)
_NTH = {"二": 1, "2": 1, "三": 2, "3": 2, "四": 3, "4": 3, "五": 4, "5": 4,
        "second": 1, "third": 2, "fourth": 3, "fifth": 4}  # fmt: skip


def ordinal_rank(text: str) -> int:
    """Return how many ranked records to pass over: 1 for "第二多" / "second most", 0 when none is named."""
    m = _ORDINAL.search(text)
    return _NTH[(m.group(1) or m.group(2) or m.group(3)).lower()] if m else 0
