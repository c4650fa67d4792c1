"""The head of a need statement: "产品/Product" only for a need about which product is wanted.

A need the topic cues do not place fell back to the topic ``product``, and its statement was headed
"产品：" / "Product:" whatever it said — a deadline ("设备最晚4月20号要装完"), a budget, a requirement
("it must be anti-drip", "你们得给个能耗测算") or a fact. The topic stays ``product`` (the learned
filter reads it), but the head now says what the need is about: a product when the need names one
(a catalogue product, a model code, a count of items or a want of a thing), a delivery deadline, a
price asked, a budget, and otherwise a requirement.
"""

from __future__ import annotations

import re

from assistant.summaries import lexicon as lx
from assistant.summaries.labels import label
from assistant.text import lazy_re

# a count of items ("一台", "两台", "300个", "380 rolls", "2 of the tables"); a measure ("250 kg", "二十毫米") is not
_ITEM_COUNT = lazy_re.compile(
    r"[\d一二两三四五六七八九十百千万]+\s*(?:个(?!月|小时|工作日|星期|礼拜|钟头)|[套件条把张台顶辆支箱袋只双组块卷样款种口瓶盒包罐])|[这那哪]款|"
    r"\b\d[\d,]*\s+(?:of the\s+)?(?!(?:kg|g|mm|cm|m|km|t|tons?|bar|kw|v|hz|metres?|meters?|degrees?|at|on|in|by|to|and|"
    r"or|of|the|for|is|are|was|days?|weeks?|months?|years?|hours?|minutes?|percent|jan\w*|feb\w*|mar\w*|apr\w*|may|"
    r"jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|dollars?|usd|eur|euros?|cents?|pounds?|gbp|rmb|yuan|lbs?|"
    r"oz|ounces?|inch(?:es)?|feet|ft|yards?|litres?|liters?|ml|l|working|business|calendar|weekdays?)\b)[a-z]+|"
    r"\b[a-z]+s\s*[x×]\s*\d+\b",
    re.I,
)
# a want of a thing: "地垫也要", "还要一个控制柜", "can you also supply …", "we'd like a carry case"
_WANTS_THING = lazy_re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:也|还|都)?要(?:[\s，,]|$)|(?:也|还|另外)要(?:一|两|个|台|套)|(?:要|补|订|买)一批|"
    r"\b(?:supply|quote (?:us )?for|offer)\b|\b(?:we(?:'d| would) like|we want|we need) (?:a|an|some|the) [a-z]+",
    re.I,
)
# a date or deadline: "1月20号之前", "月底前", "by 15 February", "before Friday"
_DEADLINE = lazy_re.compile(
    r"\d+月\d*[日号底]?|[\d一二三四五六七八九十]+号(?![仓库楼线门口厅馆店房机车位柜台院厂桥码])|月底|年前|元旦|春节|最晚|"
    r"最后期限|(?:[号日底天周末节]|(?:周|星期|礼拜)[一二三四五六日天])(?:之前|以前)|"
    r"\b(?:by|before|latest|no later than)\s+(?:the\s+)?(?:\d|end|mid|early|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec|mon|tue|wed|thu|fri|sat|sun|next|valentine|easter|christmas)",
    re.I,
)
# the goods reaching a place: "送到", "必须到我们广州仓", "进亚马逊美西仓", "in Sydney by", "leave before"
_DELIVERED = lazy_re.compile(
    r"装完|装好|到货|送到|交货|发货|穿上|(?:到|进)[^，。,]{0,8}(?:仓|港|店|中心|工地|现场)|"
    r"\b(?:here|on site|in hand|deliver\w*|install\w*|ship\w*|arriv\w*|leave|in (?:our |the )?(?-i:[A-Z])\w+)",
    re.I,
)
# a price asked: "我们的目标是2.5", "2.6吧", "给个 15.8 吧", "至少要8折", "42行不行？"
_PRICE_ASK = lazy_re.compile(
    r"(?:目标(?:价格?|单价)?|给到|降到)(?:是|为|在|能|到)?\s*(?:[\d.]+|[一二两三四五六七八九十]+点[一二三四五六七八九〇零]+|"
    r"[一二两三四五六七八九十百千]+(?=块|元|毛|吗|呢|吧|行不行|可以))"
    r"(?![\d.]*\s*(?:个|天|号|月|日|周|年|%|台|套|件))|价格?(?:目标|给到|降到)|[\d一二三四五六七八九]折|\d+(?:\.\d+)?\s*(?:吧|嘛|走|行不行|可以吗)|"
    r"(?:想要|给个|按|就)\s*\d+(?:\.\d+)?\s*$|\b(?:target|discount)\b|\d% (?:off|discount)",
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
        "产品"/"product" for a need naming what is wanted; "交期"/"delivery" for a delivery
        deadline, "价格"/"price" for a price asked, "预算"/"budget" for a budget,
        "要求"/"requirement" for anything else it requires.
    """
    if topic != "product":
        return label(topic, lang)
    if subject or lx.MODEL_CODE.search(text):
        return label("product", lang)
    if _DEADLINE.search(text) and _DELIVERED.search(text):  # "第一批1月10号之前到我们南昌仓"
        return label("delivery", lang)
    if _ITEM_COUNT.search(text):
        return label("product", lang)
    if _PRICE_ASK.search(text):  # "we want a discount of 4%": a price asked, not a thing wanted
        return label("price", lang)
    if _WANTS_THING.search(text):
        return label("product", lang)
    if _BUDGET.search(text):
        return label("budget", lang)
    return label("requirement", lang)
