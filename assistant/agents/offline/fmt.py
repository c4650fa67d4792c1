"""Formatting helpers for answers: money, percentages, labels, reasons and citations, in zh and en."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from assistant.crm.vocabulary import CATEGORY_ZH, CHANNEL_ZH, COUNTRY_ZH, INDUSTRY_ZH, STAGE_ZH
from assistant.tools.results import kind_label

LEVEL_ZH = {"high": "高", "medium": "中", "low": "低"}
SEGMENT = {"vip": ("VIP", "VIP"), "potential": ("潜力客户", "high-potential"), "risk": ("风险客户", "at risk"),
           "regular": ("普通客户", "regular")}  # fmt: skip


def zh(lang: str) -> bool:
    """Whether ``lang`` is Chinese."""
    return lang.startswith("zh")


def money(value: Any, currency: str = "USD") -> str:
    """Format an amount with its currency: ``$1,234,567`` (USD), ``1,234 EUR``; small amounts keep cents (``$2.80``)."""
    try:
        amount = float(value)
    except (TypeError, ValueError):
        return "—"
    digits = 2 if abs(amount) < 100 and amount != int(amount) else 0  # unit prices keep their cents
    rounded = Decimal(repr(abs(amount))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{digits}f}"  # half up, as people round: $78,738.50 → $78,739 (not half-to-even)
    if currency in ("USD", "", None):
        return f"-${text}" if amount < 0 else f"${text}"
    return f"{'-' if amount < 0 else ''}{text} {currency}"


def pct(value: Any) -> str:
    """Format a 0–1 ratio as a percentage (``0.234 → 23%``)."""
    try:
        return f"{float(value) * 100:.0f}%"
    except (TypeError, ValueError):
        return "—"


def industry(key: str | None, lang: str) -> str:
    """Return an industry key in the user's language."""
    if not key:
        return ""
    return INDUSTRY_ZH.get(key, key) if zh(lang) else key


def place(group: dict[str, Any] | None, lang: str) -> str:
    """Name the place / industry a list was filtered by: "新加坡 建材" / "Singapore construction" ("" without one)."""
    group = group or {}
    zh_names = {**COUNTRY_ZH, **INDUSTRY_ZH} if zh(lang) else {}
    return " ".join(zh_names.get(str(group[k]), str(group[k])) for k in ("city", "country", "industry") if group.get(k))


def stage(key: str | None, lang: str) -> str:
    """Return a deal stage in the user's language."""
    return STAGE_ZH.get(key or "", key or "") if zh(lang) else (key or "")


def level(key: str | None, lang: str) -> str:
    """Return a risk/confidence level in the user's language (高/中/低)."""
    return LEVEL_ZH.get(key or "", key or "") if zh(lang) else (key or "")


def category(key: str | None, lang: str) -> str:
    """Return a product category in the user's language."""
    return CATEGORY_ZH.get(key or "", key or "") if zh(lang) else (key or "")


def reason_texts(reasons: Any, lang: str, limit: int = 4) -> list[str]:
    """Return the wording of structured reasons (``text_zh``/``text_en``) in the user's language."""
    out = []
    for r in reasons or []:
        if isinstance(r, dict):
            text = r.get("text_zh" if zh(lang) else "text_en") or r.get("text_en") or r.get("text_zh")
            if text and text not in out:
                out.append(str(text))
    return out[:limit]


def reasons_line(reasons: Any, lang: str, limit: int = 3) -> str:
    """Reasons joined on one line ("原因：A；B" / "why: A; B"), or "" when there are none."""
    texts = reason_texts(reasons, lang, limit)
    if not texts:
        return ""
    return ("原因：" + "；".join(texts)) if zh(lang) else ("why: " + "; ".join(texts))


def ref(item: Any) -> str:
    """``name (id)`` of a ``{"id", "name"}`` record."""
    if not isinstance(item, dict):
        return str(item or "")
    name, rid = item.get("name") or "", item.get("id")
    return (
        f"{name}（{rid}）"
        if rid and name and not str(name).isascii()
        else (f"{name} ({rid})" if rid else name)
    )


def citations(records: Any, lang: str, limit: int = 8) -> str:
    """Return the sources line citing the records an answer used."""
    recs = [r for r in records or [] if isinstance(r, dict) and r.get("id") is not None]
    if not recs:
        return ""
    parts = []
    for r in recs[:limit]:
        kind = kind_label(r.get("type", ""), "zh") if zh(lang) else r.get("type", "")
        parts.append(f"{kind} {r.get('name', '')} [{r.get('id')}]".strip())
    more = len(recs) - limit
    tail = (f" 等 {len(recs)} 条" if zh(lang) else f" and {more} more") if more > 0 else ""
    return ("依据：" if zh(lang) else "Sources: ") + ("、" if zh(lang) else "; ").join(parts) + tail


PERIOD_ZH = {"today": "今天", "yesterday": "昨天", "this_week": "本周", "last_week": "上周", "last_7_days": "最近7天",
             "last_30_days": "最近30天", "last_90_days": "最近90天", "this_month": "本月", "last_month": "上个月",
             "next_month": "下个月", "this_quarter": "本季度", "last_quarter": "上季度", "next_quarter": "下季度",
             "this_year": "今年", "last_year": "去年", "first_half": "上半年", "second_half": "下半年",
             "same_time_last_year": "去年同期", "to_date": "至今"}  # fmt: skip
PERIOD_EN = {k: k.replace("_", " ") for k in PERIOD_ZH}


def period_label(period: Any, lang: str) -> str:
    """Return a period dict (``label``, ``start``, ``end``) as text ("本季度（2025-04-01 至 2025-06-30）")."""
    if isinstance(period, dict):
        start, end = period.get("start"), period.get("end")
        raw = str(period.get("label", ""))
        label = PERIOD_ZH.get(raw, raw) if zh(lang) else PERIOD_EN.get(raw, raw)
        if m := re.fullmatch(r"last_(\d+)_months", raw):
            label = f"最近{m[1]}个月" if zh(lang) else f"last {m[1]} months"
        elif m := re.fullmatch(r"(\d{4})-H([12])", raw):
            label = f"{m[1]}年{'上' if m[2] == '1' else '下'}半年" if zh(lang) else f"H{m[2]} {m[1]}"
        elif raw == f"{start}..{end}":  # a range of dates: its dates once
            return f"{start} 至 {end}" if zh(lang) else f"{start} to {end}"
        return f"{label}（{start} 至 {end}）" if zh(lang) else f"{label} ({start} to {end})"
    return str(period or "")


def channel(key: str | None, lang: str) -> str:
    """Return a contact channel in the user's language (wecom → 企业微信)."""
    return CHANNEL_ZH.get(key or "", key or "") if zh(lang) else (key or "")


def plural(n: object, noun: str) -> str:
    """Return a count followed by its English noun ("6 deals", "1 order"), so a number never stands alone.

    A missing count (``None``) is 0 ("0 deals", never "None deals"); a whole float or a digit string
    is shown as an integer ("1 deal", not "1.0 deal"); a consonant + y noun takes -ies ("2 activities").
    """
    if n is None:
        n = 0
    elif isinstance(n, float) and n.is_integer():
        n = int(n)
    elif isinstance(n, str) and n.strip().isdigit():
        n = int(n)
    many = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{n} {noun}" if n == 1 else f"{n} {many}"
