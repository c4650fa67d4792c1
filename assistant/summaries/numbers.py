"""Numbers in sales talk: amounts with currency, quantities with units, percentages.

The numerals themselves ("两千五", "1.5万") are read by :mod:`assistant.text.numerals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.text.numerals import cn_to_decimal, cn_to_int

_NUMBER = r"(?:\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b|万)?|[零一二两三四五六七八九十百千万]{1,8})"
_CURRENCY_PREFIX = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "rmb": "CNY",
    "€": "EUR",
    "eur": "EUR",
}
_CURRENCY_SUFFIX = {
    "美元": "USD",
    "美金": "USD",
    "刀": "USD",
    "usd": "USD",
    "元": "CNY",
    "块": "CNY",
    "人民币": "CNY",
    "rmb": "CNY",
    "欧元": "EUR",
    "eur": "EUR",
    "dollars": "USD",
}
AMOUNT_RE = re.compile(
    rf"(?P<pre>US\$|\$|USD|RMB|EUR|¥|￥|€)\s?(?P<n1>{_NUMBER})"
    rf"|(?P<n2>{_NUMBER})\s?(?P<suf>美元|美金|人民币|欧元|元|块|刀|USD|RMB|EUR|dollars)",
    re.I,
)
UNITS = (
    "副",
    "片",
    "张",
    "瓶",
    "袋",
    "盒",
    "件",
    "个",
    "条",
    "套",
    "箱",
    "吨",
    "米",
    "码",
    "双",
    "只",
    "台",
    "把",
    "卷",
    "包",
    "托",
    "柜",
    "个柜",
    "pcs",
    "pieces",
    "units",
    "sets",
    "cartons",
    "boxes",
    "tons",
    "meters",
    "pairs",
    "rolls",
    "pallets",
    "containers",
    "dozen",
)
_UNIT_ALT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
QUANTITY_RE = re.compile(
    rf"(?P<n>{_NUMBER})\s?(?P<u>{_UNIT_ALT})(?![a-zA-Z]|星期|月|工作日|小时|档|方案|人|问题|点)",
    re.I,
)
PERCENT_RE = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s?%|百分之(?P<c>[零一二三四五六七八九十]+)|(?P<z>[一二三四五六七八九]{1,2}|\d{1,2}(?:\.\d)"
    r"?)折"
)


@dataclass(frozen=True)
class NumberMention:
    """An amount, quantity or percentage at ``start:end`` with its normalised value."""

    kind: str  # amount | quantity | percentage
    start: int
    end: int
    text: str
    value: str  # "USD 12000", "5000 条", "5%"


def find_numbers(text: str) -> list[NumberMention]:
    """Find amounts, quantities and percentages in ``text`` (amounts win over quantities)."""
    out: list[NumberMention] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, m: re.Match[str], value: str) -> None:
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(NumberMention(kind, m.start(), m.end(), m.group(), value))
            taken.append((m.start(), m.end()))

    for m in AMOUNT_RE.finditer(text):
        num, cur = (
            (m["n1"], _CURRENCY_PREFIX[m["pre"].lower()])
            if m["pre"]
            else (m["n2"], _CURRENCY_SUFFIX[m["suf"].lower()])
        )
        try:
            add("amount", m, f"{cur} {_fmt(cn_to_decimal(num.replace(' ', '')))}")
        except ValueError:
            continue
    for m in PERCENT_RE.finditer(text):
        if m["n"]:
            add("percentage", m, f"{m['n']}%")
        elif m["c"]:
            add("percentage", m, f"{cn_to_int(m['c'])}%")
        else:
            z = m["z"]
            if z[0].isdigit():  # 9折 = 90 %, 95折 = 95 %, 8.5折 = 85 %
                paid = Decimal(z) * (1 if len(z.split(".")[0]) == 2 else 10)
            else:  # 九折 = 90 %, 九五折 = 95 %
                paid = Decimal(cn_to_int(z[0]) * 10 + (cn_to_int(z[1]) if len(z) > 1 else 0))
            add("percentage", m, f"{_fmt(100 - paid)}% off")
    for m in QUANTITY_RE.finditer(text):
        if not m["n"][0].isdigit() and cn_to_int(m["n"]) < 10:  # "两个样品", "三条建议": not order quantities
            continue
        try:
            add("quantity", m, f"{_fmt(cn_to_decimal(m['n'].replace(' ', '')))} {m['u'].lower()}")
        except ValueError:
            continue
    return sorted(out, key=lambda n: n.start)


def _fmt(d: Decimal) -> str:
    return format(d.normalize(), "f") if d == d.to_integral_value() else format(d, "f")
