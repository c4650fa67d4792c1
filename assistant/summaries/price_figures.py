"""Prices as a negotiation says them: "一毛八", "九分五", "6,800", "12k", "USD 16.50".

:func:`~assistant.summaries.progress_points.prices` reads most figures; this adds the small
units (毛/分), thousands with a comma, "k" and bare decimals, and shows a figure back with its
currency ("USD 7,300", "310万"). Split out of :mod:`assistant.summaries.price_gaps`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.summaries.numbers import find_numbers
from assistant.summaries.progress_points import prices
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.numerals import CN_DIGITS, cn_to_decimal

_CN_DIGIT = "一二两三四五六七八九"
_MAO_FEN = lazy_re.compile(
    rf"(?<![\d{_CN_DIGIT}十百千万块元])([{_CN_DIGIT}])([毛分])([{_CN_DIGIT}])?(?![钟之])"
)
_THOUSANDS = lazy_re.compile(
    r"(?<![A-Za-z0-9_.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d+)?\s?[kK]\b)"
    r"(?!\s?(?:%|个|件|套|台|张|只|支|(?!(?:is|was|has|does)\b)[a-z]+s\b))",
    re.I,
)
_WAN = lazy_re.compile(  # "46万", "1.2万"; not "8万6" (86000, read elsewhere) nor a count ("5万次")
    r"(?<![A-Za-z0-9_.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?万(?![\d二两三四五六七八九千个件套台张只支人次条瓶袋箱])"
    r"(?!一(?![台套个件只把张条辆盏扇片]))"  # "23.8万一台": 238,000 a unit, not "5万一千"
)
_DECIMAL = lazy_re.compile(
    r"(?<![\w.,])(\d+\.\d{1,2})(?![\d.])(?!\s?(?:%|kg|cm|mm|m\b|米|公斤|吨|寸|天|年|月|个月|万))", re.I
)


def figures(text: str) -> list[Decimal]:
    """Return the prices in ``text``: :func:`prices` plus 毛/分 ("一毛八" 0.18, "九分五" 0.095), "6,800", "12k" and "46万"."""
    out = prices(text)
    for m in _WAN.finditer(text):  # "总预算批到46万": 460000, not 46
        digits = Decimal(m[1].replace(",", ""))  # "1,100万": 11,000,000
        if digits in out:
            out.remove(digits)
        value = digits * 10000
        out.append(value.to_integral_value() if value == value.to_integral_value() else value)
    for m in _MAO_FEN.finditer(text):
        first, second = CN_DIGITS[m[1]], CN_DIGITS[m[3]] if m[3] else 0
        unit = Decimal("0.1") if m[2] == "毛" else Decimal("0.01")
        out.append(first * unit + second * unit / 10)
    wan = [(m.start(), m.end()) for m in _WAN.finditer(text)]
    for m in [*_THOUSANDS.finditer(text), *_DECIMAL.finditer(text)]:
        if any(a <= m.start() < b for a, b in wan):
            continue  # "1,100万" was read above
        value = cn_to_decimal(m[1].replace(" ", ""))  # "6,800" → 6800, "12 k" → 12000
        if value not in out:
            out.append(value)
    return out


# "our budget of 280", "we were hoping for 1300?": a bare figure right after the target's words
_BARE = lazy_re.compile(  # "…needs to be 345." ends a sentence: its full stop is no decimal point
    r"\b(?:of|at|is|to|for|be|do|need|think)\s+(\d{2,}(?:\.\d+)?)(?![\d,]|\.\d|\s?(?:%|[a-zA-Z]))"
)


def bare_figures(text: str) -> list[Decimal]:
    """Return the bare figures right after a target's words ("our budget of 280" → 280)."""
    return [Decimal(m[1]) for m in _BARE.finditer(text)]


def fmt_figure(v: Decimal, lang: str) -> str:
    """Return a figure as a summary shows it: "310万" (zh, round ten-thousands), "7,300", "15.60"."""
    if lang == "zh" and v >= 10000 and v % 1000 == 0:
        return f"{(v / 10000).normalize():f}万"
    return f"{v:,f}" if lang != "zh" else f"{v:f}"


def money(v: Decimal, said: Sentence | None, lang: str) -> str:
    """Return the figure with its currency as said ("USD 16.50"), else as :func:`fmt_figure` shows it."""
    for n in find_numbers(said.text) if said is not None else []:
        code, _, amount = n.value.partition(" ")
        if n.kind == "amount" and amount and _as_decimal(amount) == v and code != "CNY":
            return f"{code} {fmt_figure(v, lang)}"
    return fmt_figure(v, lang)


def _as_decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except ArithmeticError:
        return None
