"""Chinese fragments of a need: a bare count or size, and a total that restates the counts just said.

In a Chinese meeting or chat a customer states a need and then adds a short piece to it: the count
that rounds a share up ("四十个吧，凑个整" after "新能源车位不少于百分之二十"), the sizes split off the
same line ("1.5米", "和1.8米各一半"), a labelled count ("数量：64个"). The piece names no product and
asks nothing of its own — once its figures, units and fillers are taken away nothing is left.

A total that adds up the counts just said ("八寸的要四百，十寸的两百" … "一共六百个") is no new need
either, even when it names the product again: its figure is the sum of the earlier ones.

A bare figure the labeller took for no need at all still belongs to the need its speaker said just
before, when it is the speaker's next sentence (our answer between allowed): it is quoted there.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.summaries.numbers import UNITS, find_numbers, read_number
from assistant.summaries.schema import Quote
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence

_CJK = lazy_re.compile(r"[\u4e00-\u9fff]")
_CN_DIGITS = "零一二两三四五六七八九十百千万"
_NUM = rf"(?:\d[\d,]*(?:\.\d+)?万?|[{_CN_DIGITS}]{{1,8}}(?:点[{_CN_DIGITS}]{{1,3}})?)"
_UNIT = "|".join(
    sorted(
        {
            *UNITS,
            "位",
            "个位",
            "寸",
            "公分",
            "厘米",
            "毫米",
            "平米",
            "平方",
            "公斤",
            "斤",
            "克",
            "升",
            "毫升",
            "mm",
            "cm",
        },
        key=len,
        reverse=True,
    )
)
# a count or size with its unit ("四十个", "1.8米", "64 个") or a share ("百分之二十", "20%")
_FIGURE = lazy_re.compile(rf"(?P<n>{_NUM})\s?(?:{_UNIT})|百分之[{_CN_DIGITS}]+|\d+(?:\.\d+)?\s?%", re.I)
# words that add nothing to a figure: particles, rounding, "about", "each half", a "数量：" label
_FILLER = lazy_re.compile(
    r"凑个整数?|凑整|取个整|各一半|一半|左右|上下|大概|大约|差不多|一共|总共|合计|总数|加起来|数量|"
    r"那就|就行|好了|算了|还有|每个|吧|啊|呀|哈|呢|嘛|啦|哦|嗯|就|各|和|跟|与|及|也|都|的|先|再|共"
)
# a piece that asks, sets a bound or changes something is a need of its own
_OWN_ASK = lazy_re.compile(
    r"要|需|必须|得|至少|不少于|不低于|不超过|不能|最多|以上|以内|之前|前|改|换|加|减|订|买|不够|多了|少了|太"
)
_TOTAL = lazy_re.compile(r"一共|总共|合计|加起来|总数|总量|\bin total\b|\baltogether\b|\btotal of\b", re.I)


def cn_bare_figure(text: str) -> bool:
    """Whether a Chinese piece is only a figure with its unit and fillers ("四十个吧，凑个整", "和1.8米各一半").

    Args:
        text: The piece as quoted.

    Returns:
        True when a figure is left alone once its unit and the fillers are taken away, and the piece
        has no request, bound or change of its own.
    """
    if not _CJK.search(text) or not _FIGURE.search(text) or _OWN_ASK.search(text):
        return False
    if any(n.kind == "amount" for n in find_numbers(text)):
        return False  # "二百六一把": a price per piece
    rest = _FILLER.sub("", _FIGURE.sub(_taken, text))
    # "JM-125两百台" names another thing; "一套两千六", "18台的话9300": a price is left over
    return not re.search(r"[\u4e00-\u9fff\dA-Za-z]", rest)


def _taken(m: re.Match[str]) -> str:
    """Take a figure away ("四十个", "1.8米"), but leave "一套" of a price per piece ("一套两千六")."""
    return m.group() if m["n"] == "一" else ""


_SIZE_OR_DATE = lazy_re.compile(
    r"\s?(?:寸|米|厘米|毫米|公分|mm|cm|月|号|日|年|点|天|周|小时|分|岁|%|折|块|元|万)", re.I
)


def _counts(text: str) -> list[Decimal]:
    """Return the counts of ``text``: figures that are no size, date, share or price ("八寸的要四百" → 400)."""
    out = []
    for m in re.finditer(rf"(?<![\d.])({_NUM})", text):
        if _SIZE_OR_DATE.match(text, m.end()) or re.match(
            r"[A-Za-z]-?$", text[max(0, m.start() - 2) : m.start()]
        ):
            continue
        try:
            value = read_number(m.group(1))
        except (ValueError, ArithmeticError):
            continue
        if value >= 2:
            out.append(value)
    return out


def restated_total(text: str, earlier: list[str]) -> bool:
    """Whether ``text`` says a total that adds up counts said in ``earlier`` ("一共六百" after 四百 and 两百).

    Args:
        text: The piece naming a total ("一共", "合计", "in total").
        earlier: The same speaker's pieces said just before, oldest first.

    Returns:
        True when a figure of ``text`` equals the sum of two or more consecutive figures said last.
    """
    if not _TOTAL.search(text):
        return False
    totals = set(_counts(text))
    figures = [v for piece in earlier for v in _counts(piece)]
    for start in range(len(figures) - 1):
        if sum(figures[start:]) in totals:
            return True
    return False


def next_bare_figure(parsed: Parsed, q: Quote, gap: int) -> Sentence | None:
    """Return the speaker's next sentence after ``q`` when it is only a figure ("四十个吧，凑个整").

    Args:
        parsed: The conversation.
        q: The need's last quote.
        gap: How many characters after ``q`` the sentence may start.

    Returns:
        The sentence, when the same speaker says it next, at most two others' sentences come between,
        and it is a bare figure (:func:`cn_bare_figure`); else None.
    """
    between = 0
    for s in parsed.sentences:
        if s.start < q.end or not s.text.strip():
            continue
        if s.start - q.end > gap:
            return None
        if s.speaker == q.speaker:
            return s if cn_bare_figure(s.text) else None
        between += 1
        if between > 2:
            return None
    return None


_SIZE_UNIT = lazy_re.compile(r"米|寸|公分|毫米|平米|平方|公斤|斤|克|升|吨|码|mm|cm", re.I)


def names_count(text: str) -> bool:
    """Whether ``text`` counts items ("四十个", "5000条"); a size ("1.8米") or a share ("百分之二十") does not."""
    return any(n.kind == "quantity" and not _SIZE_UNIT.search(n.value) for n in find_numbers(text))


def second_count(fragment: str, host_quotes: list[str]) -> bool:
    """Whether a bare count would be a second count on a need that counts already (likely another product's)."""
    return names_count(fragment) and any(names_count(t) for t in host_quotes)
