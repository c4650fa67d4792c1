"""The head of a need statement: "产品/Product" only for a need about which product is wanted.

A need the topic cues do not place fell back to the topic ``product``, and its statement was headed
"产品：" / "Product:" whatever it said — a deadline ("设备最晚4月20号要装完"), a budget, a requirement
("it must be anti-drip", "你们得给个能耗测算") or a fact. The topic stays ``product`` (the learned
filter reads it), but the head now says what the need is about: a product when the need names one
(a catalogue product, a model code, a count of items or a want of a thing), a delivery deadline, a
budget, and otherwise a requirement.
"""

from __future__ import annotations

import re

from assistant.summaries import lexicon as lx
from assistant.summaries.labels import label
from assistant.text import lazy_re

# a count of items ("一台", "两台", "300个", "380 rolls", "2 of the tables"); a measure ("250 kg", "二十毫米") is not
_ITEM_COUNT = lazy_re.compile(
    r"[\d一二两三四五六七八九十百千万]+\s*[个套件条把张台顶辆支箱袋只双组块卷样款种]|"
    r"\b\d[\d,]*\s+(?:of the\s+)?(?!(?:kg|g|mm|cm|m|km|t|tons?|bar|kw|v|hz|metres?|meters?|degrees?|at|on|in|by|to|and|or|of|the|for|is|are|was|days?|weeks?|months?|years?|hours?|percent|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b)[a-z]+",
    re.I,
)
# a want of a thing: "地垫也要", "还要一个控制柜", "can you also supply …", "we'd like a carry case"
_WANTS_THING = lazy_re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:也|还|都)?要(?:[\s，,]|$)|(?:也|还|另外)要(?:一|两|个|台|套)|"
    r"\b(?:supply|quote (?:us )?for|offer)\b|\b(?:we(?:'d| would) like|we want|we need) (?:a|an|some|the) [a-z]+",
    re.I,
)
_DEADLINE = lazy_re.compile(
    r"\d+月\d+[日号]|最晚|之前|以前|前(?:装|到|交|送|发)|\b(?:by|before|latest|no later than)\b", re.I
)
_DELIVERED = lazy_re.compile(
    r"装完|装好|到货|送到|交货|发货|到(?:场|仓|港|店)|\b(?:here|on site|deliver\w*|install\w*|ship\w*|arrive)\b",
    re.I,
)
_BUDGET = lazy_re.compile(r"预算|\bbudget\b", re.I)


def need_head(topic: str, text: str, subject: str | None, lang: str) -> str:
    """Return the display head of a need of ``topic`` stating ``text``.

    Args:
        topic: The need's topic; only ``product`` is reconsidered.
        text: The clause or sentence the need states.
        subject: The catalogue product it concerns, if any.
        lang: The labels' language (``zh`` or ``en``).

    Returns:
        "产品"/"product" for a need naming what is wanted; "交期"/"delivery" for a deadline,
        "预算"/"budget" for a budget, "要求"/"requirement" for anything else it requires.
    """
    if topic != "product":
        return label(topic, lang)
    if subject or lx.MODEL_CODE.search(text) or _ITEM_COUNT.search(text) or _WANTS_THING.search(text):
        return label("product", lang)
    if _DEADLINE.search(text) and _DELIVERED.search(text):
        return label("delivery", lang)
    if _BUDGET.search(text):
        return label("budget", lang)
    return label("requirement", lang)
