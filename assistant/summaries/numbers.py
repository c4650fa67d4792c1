"""Numbers in sales talk: amounts with currency, quantities with units, percentages.

The numerals themselves ("两千五", "1.5万") are read by :mod:`assistant.text.numerals`; bare and
noun-led English counts ("make it 1,500,000", "5,000 wireless chargers", "1.5 million preforms") by
:mod:`assistant.summaries.numbers_en`; of a changed count only the new one is asked
(:mod:`assistant.summaries.count_changes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.summaries.count_changes import current_values
from assistant.summaries.count_words import counts
from assistant.summaries.money_marks import CODES
from assistant.summaries.numbers_en import CODE_BEFORE, MILLION_AFTER, english_counts, fmt, million_counts
from assistant.summaries.thing_counts import ordered_after_thing
from assistant.text import lazy_re
from assistant.text.numerals import cn_to_decimal, cn_to_int

_NUMBER = r"(?:(?<![\d,.])\d{1,3}(?:\.\d+)?\s?[kK]\b|\d[\d,]*(?:\.\d+)?万?|[零一二两三四五六七八九十百千万]{1,8}(?:点[零一二三四五六七八九]{1,3})?)"
_CURRENCY_PREFIX = {  # every ISO code as itself, then the signs and the yuan's other names
    **{c.lower(): c for c in CODES.split("|")},
    "$": "USD",
    "us$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "rmb": "CNY",
    "€": "EUR",
    "£": "GBP",
    "s$": "SGD",
    "a$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "c$": "CAD",
}
_CURRENCY_SUFFIX = {
    **{c.lower(): c for c in CODES.split("|")},
    "美元": "USD",
    "美金": "USD",
    "刀": "USD",
    "元": "CNY",
    "块": "CNY",
    "人民币": "CNY",
    "rmb": "CNY",
    "欧元": "EUR",
    "dollars": "USD",
    "pounds": "GBP",
    "英镑": "GBP",
    "us dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
}
# the four codes said in any case ("usd 5"), the rest upper case and never inside a word ("20 audio systems")
_CODE = rf"USD|RMB|EUR|GBP|(?<![A-Za-z])(?-i:{CODES})(?![A-Za-z])"
_CODE_AFTER = (  # after the figure only where no noun follows: "30,000 CAD this quarter", not "12 AED units"
    rf"USD|RMB|EUR|GBP|(?-i:{CODES})(?=\s*(?:[,.;:)!?]|$)|\s+(?:each|per|a|an|the|this|that|for|in|is|was|and|or|to|"
    r"only|max|total|budget|\d)\b)"
)
AMOUNT_RE = lazy_re.compile(
    rf"(?P<pre>US\$|(?<![A-Za-z])(?:S|A|NZ|HK|C)\$|\$|{_CODE}|¥|￥|€|£)\s?(?P<n1>{_NUMBER})"
    rf"|(?P<n2>{_NUMBER})\s?(?P<suf>美元|美金|人民币|欧元|英镑|元|块|刀|{_CODE_AFTER}|US dollars|dollars|euros?\b|pounds(?! of\b)(?!\s+(?:each|per|in weight|heavy)\b))",
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
QUANTITY_RE = lazy_re.compile(
    rf"(?P<n>{_NUMBER})\s?(?P<u>{_UNIT_ALT})(?![a-zA-Z]|星期|月|工作日|小时|档|方案|人|问题|点)",
    re.I,
)
PERCENT_RE = lazy_re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s?%|百分之(?P<c>[零一二三四五六七八九十]+)|(?P<z>[一二三四五六七八九]{1,2}|\d{1,2}(?:\.\d)"
    r"?)折"
)


_CN = "零一二两三四五六七八九十百千万"


def said_each(token: str, before: str = "") -> bool:
    """Whether a Chinese numeral ending in 一 is a price said per piece: "二百六一(把)" is 260 a chair.

    "一百六十五一(张)" and "三万一(台)" are too; "二十一台" and "三十一盏" are 21 and 31 (一 after a bare 十 is a
    digit), and so is "二百零一"; "一千零五十一张" is 1,050 a table only after words of price (``before``: "报价是"),
    else 1,051 tables.
    """
    if len(token) < 3 or token[-1] != "一" or token[-2] in "零〇":
        return False
    if token[-2] != "十":
        return True  # "二百九一", "八十二一", "三万一"
    return any(c in "百千万" for c in token[:-2]) and bool(_PRICE_BEFORE.search(before[-8:]))  # "报价是一千零五十一张"


_PRICE_BEFORE = lazy_re.compile(r"价|报|最低|给到|做到|降到|让到|按|元|块|是$")


# "二百六一把" (260 a piece), "两块六" (2.6), "报了二点五五" (2.55): prices written the way people talk
PER_UNIT_RE = lazy_re.compile(
    rf"(?P<n>\d+(?:\.\d+)?|[{_CN}]{{1,6}}(?:点[{_CN}]{{1,3}})?)(?:块|元)?一(?P<u>把|个|件|条|套|只|台|张|片|盒|箱)"
)
KUAI_RE = lazy_re.compile(
    rf"(?P<n>\d+|[{_CN}]{{1,5}})(?:块|元)(?P<z>零)?(?!一[把个件条套只台张片盒箱双支瓶袋斤对包桶卷罐吨米根副顶])(?P<j>[一二三四五六七八九\d])(?:(?![\d{_CN}]|毛|角)|(?=一[把个件条套只台张片盒箱]))"
)
BARE_PRICE_RE = lazy_re.compile(
    rf"(?:报了?|报价|单价|价格?是|价格|给到|做到|最低|目标价?是?|降到|按|at|to|price of|floor of|"
    rf"target(?: price)? (?:is|of))\s?(?P<n>\d+\.\d{{1,2}}|[{_CN}]{{1,4}}点[{_CN}]{{1,3}})(?![\d%])",
    re.I,
)
TOO_MANY = lazy_re.compile(r"too many|too much|太多|多了|少一点|减少到|降到", re.I)


def read_number(text: str) -> Decimal:
    """Read "2,000", "1.5万", "二百六" (260), "二点五五" (2.55) as a number."""
    text = text.replace(",", "").replace(" ", "")
    if "点" in text:
        whole, frac = text.split("点", 1)
        digits = "".join(str(cn_to_int(c)) if c in _CN else c for c in frac)
        return Decimal(f"{cn_to_decimal(whole or '零')}.{digits}")
    return cn_to_decimal(text)


@dataclass(frozen=True)
class NumberMention:
    """An amount, quantity or percentage at ``start:end`` with its normalised value."""

    kind: str  # amount | quantity | percentage
    start: int
    end: int
    text: str
    value: str  # "USD 12000", "5000 条", "5%"


# "风机得要八台", "再来两套": a small count right after an order verb is ordered ("一" is mostly "a";
# "个" counts people and things alike: "要两个合伙人签字");
# "改为八台", "减到六台", "不对不对 八台": a count changed to, or the corrected one
_ORDER_VERB = lazy_re.compile(
    r"(?:要|来|订|买|加到|改成|改为|改到|换成|变成|减到|减为|减至|减少到|增加到|增至|降到|调到|调整为|"
    r"(?:不对|说错了|更正一下|更正|哦不|啊不|呃不|改口)[\s，,、!！]*(?:不对)?[\s，,、!！]*(?:是|要)?)$"
)


_ENOUGH = lazy_re.compile(r"^(?:就够|够了|足够|就行|就可以)")  # "三台就够了": the count wanted


def _ordered(text: str, start: int, end: int, value: Decimal, unit: str) -> bool:
    if ordered_after_thing(text, start, end):
        return True  # "压缩机两台，冷凝器一台", "展示柜DC-12三台": the thing, then its count
    verb = _ORDER_VERB.search(text[:start]) or _ENOUGH.match(text[end:])
    return value >= 2 and unit != "个" and bool(verb)


def find_numbers(text: str) -> list[NumberMention]:
    """Find amounts, quantities and percentages in ``text`` (amounts win over quantities)."""
    out: list[NumberMention] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, m: re.Match[str], value: str) -> None:
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(NumberMention(kind, m.start(), m.end(), m.group(), value))
            taken.append((m.start(), m.end()))

    for m in PER_UNIT_RE.finditer(text):
        if m["n"][0].isdigit() or len(m["n"]) > 1:
            add("amount", m, f"{fmt(read_number(m['n']))}/{m['u']}")
    for m in KUAI_RE.finditer(text):
        whole, jiao = read_number(m["n"]), read_number(m["j"])
        add("amount", m, f"CNY {fmt(whole + jiao / (100 if m['z'] else 10))}")  # "十块零五": 10.05
    for m in AMOUNT_RE.finditer(text):
        if m["suf"] and m["suf"].lower() == "pounds" and re.search(r"weigh|weight|heavy", text[max(0, m.start() - 20) : m.start()], re.I):
            continue  # "each carton weighs 40 pounds": a weight, not money
        num, cur = (
            (m["n1"], _CURRENCY_PREFIX[m["pre"].lower()])
            if m["pre"]
            else (m["n2"], _CURRENCY_SUFFIX[m["suf"].lower()])
        )
        try:
            scale = 1_000_000 if MILLION_AFTER.match(text, m.end()) else 1  # "USD 1.2 million"
            add("amount", m, f"{cur} {fmt(read_number(num) * scale)}")
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
            add("percentage", m, f"{fmt(100 - paid)}% off")
    for m in QUANTITY_RE.finditer(text):
        try:
            value = read_number(m["n"])  # "一点六吨" too: 点 decimals are read, not a crash
        except ValueError:
            continue
        if m["n"][0].isdigit() and CODE_BEFORE.search(text[: m.start()]):
            continue  # "CR-44 pairs": the number of a model code
        small = not m["n"][0].isdigit() and "点" not in m["n"] and value < 10
        if small and not _ordered(text, m.start(), m.end(), value, m["u"]):
            continue  # "两个样品", "三条建议": counts, not orders
        add("quantity", m, f"{fmt(value)} {m['u'].lower()}")
    for kind, start, end, value in million_counts(text):  # before "at 1.5" reads as a price
        _add_span(out, taken, kind, text, start, end, value)
    for m in BARE_PRICE_RE.finditer(text):
        _add_span(out, taken, "amount", text, m.start("n"), m.end("n"), fmt(read_number(m["n"])))
    for kind, start, end, value in english_counts(text, out):
        _add_span(out, taken, kind, text, start, end, value)
    for start, end, value in counts(text):  # "make that four", "from nine to seven KT-30 kilns", "300 PW-65"
        _add_span(out, taken, "quantity", text, start, end, value)
    return sorted(out, key=lambda n: n.start)


def _add_span(
    out: list[NumberMention], taken: list[tuple[int, int]], kind: str, text: str, a: int, b: int, value: str
) -> None:
    if not any(x < b and a < y for x, y in taken):
        out.append(NumberMention(kind, a, b, text[a:b], value))
        taken.append((a, b))


def asked_quantities(text: str) -> list[str]:
    """Return the quantities a sentence asks for: "2,000 is too many, can we do 1,000" → only the last.

    Of a changed count ("5000个改成8000个", "1,800 instead of 1,500") only the new one.
    """
    found = [n for n in find_numbers(text) if n.kind == "quantity"]
    qty = current_values(text, found, [n.value for n in found])  # "900 crates instead of 700": 900 only
    return qty[-1:] if len(qty) > 1 and TOO_MANY.search(text) else qty
