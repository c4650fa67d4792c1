"""Statements that describe, not move: a product's capability and a budget figure are no progress.

Progress is movement — an agreement, a concession, samples received, an approval, an order, with its
values. "The KX-7 supports Polish menus, no problem", "我们的设备支持远程监控" answer a question about the
product, and "Our approved budget for the line is GBP 310,000" / "我们预算是八万" state a constraint (a
need); an accept word in them ("no problem") agrees to nothing. A clause that also accepts, approves,
cuts, orders, ships or reports an arrival ("within budget, fine", "预算批下来了", "支持，安排工程师驻场")
still moves.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.text import lazy_re
from assistant.text.dates import find_dates

_CAPABILITY = lazy_re.compile(
    r"\b(?:supports?|is compatible with|are compatible with|comes? with|is equipped with|are equipped with"
    r"|has a built-in|have a built-in|can be set to|is available in|are available in)\b"
    r"|(?<!感谢)(?<!的)(?<!一直)(?<!技术)(?<!促销)支持(?!一下|下|您|你|我们|的)|兼容|自带|标配|可以?选配",
    re.I,
)
_THANKS = lazy_re.compile(  # "thank you for your support" thanks, it states no capability
    r"\b(?:many |much )?(?:thanks?|thank you)\b[^.;!?]{0,12}?\bfor (?:all )?(?:your|the) (?:\w+ )?support\b", re.I
)
_BUDGET = lazy_re.compile(
    r"\bbudget\b[^.;!?]{0,40}?\b(?:is|of|at|was|stands at)\s*(?:[A-Z]{3}\s*|[$€£¥]\s*)?\d"
    r"|预算(?:是|为|有|在|大概|大约|只有|就|才|一共|总共|总计)*\s*(?:[\d一二两三四五六七八九十百千万]|人民币)",
    re.I,
)
_OUR_SPEC = lazy_re.compile(  # our word that the product meets a spec: "the KX-7 meets all of these", "符合国标"
    r"\bmeets\b(?! (?:on|next|then|in|at|every)\b)|\b(?:complies with|conforms to|(?:is|are) compliant with)\b|符合"
    r"|满足[^，。,;；]{0,4}(?:要求|标准|国标|欧标|规格|参数|指标|认证|规范)",
    re.I,
)
_SPEC = (  # what a product's figure measures
    r"爬坡|承重|载重|噪音|噪声|厚度|精度|功率|容量|耐压|耐温|转速|风量|扬程|续航|"
    r"\b(?:rated|capacity|noise|thickness|accuracy|power|output|throughput|gradient|slope|range|adjustable|runtime|"
    r"handles?|takes?|holds?|up to)\b"
)
_MEASURE = (  # a figure with a unit of measure (never a count of goods, a price or a date)
    r"(?:\d[\d.]*\s*(?:%|毫米|厘米|米|公斤|千克|吨|度|℃|分贝|瓦|千瓦|升|mm|cm|kg|dB|kW|W|l|litres?|liters?|degrees?|°)|"
    r"百分之[一二三四五六七八九十]+|[一二三四五六七八九十]+(?:毫米|公斤|度|分贝|米|吨))"
)
_RATED = lazy_re.compile(  # our product's figure said to suffice: "爬坡能力是百分之十八，百分之十五的坡没问题", "rated 45 kg, no problem"
    rf"(?:{_SPEC})[^。;；!?！？]{{0,30}}?{_MEASURE}(?![A-Za-z])[^。;；!?！？]{{0,24}}?"
    r"(?:没问题|不成问题|够用|足够|绰绰有余|\bno problem\b|\bnot a problem\b|\bis enough\b|\bis plenty\b|\bmore than enough\b)",
    re.I,
)
_MADE_FOR = lazy_re.compile(  # we agree to make, supply or hold something: "宽度做到1.2米没问题", "hold the price"
    r"可以做|能做|给您做|做到|可以改|能改|定做|供|给您|交|发货|派|\b(?:ship|deliver|send|add)\w*|"
    r"\b(?:can|will) (?:make|do|build|supply|change|customi[sz]e|hold|take back)\b",
    re.I,
)
_MOVES = lazy_re.compile(  # terms accepted, granted, approved, cut, ordered, shipped or arrived in the same breath
    r"\bwithin (?:our |the )?budget\b|\b(?:in|under) budget\b|预算(?:之?内|范围内)|不超预算|没超预算|"
    r"\b(?:accept(?:ed|s)?|agreed?|deal|order(?:ed)?|sign(?:ed)?|free of charge|for free|discount)\b|"
    r"\bapprov(?:e|es|ed)\b(?!\s+(?:an?\s+)?(?:(?!the\b|this\b|that\b|our\b|their\b|its\b)\w+\s+)?(?:budget|amount|figure|limit|spend|ceiling))|"
    r"\b(?:reduc(?:e|ed|es)|lower(?:ed|s)?|cut) (?:the |our |its |their )?(?:unit )?(?:price|cost|rate|fee)|"
    r"\bPO\b|\bpurchase order\b|\bissued?\s+(?:the|a|an|our|their)\b|\b(?:arrived|received)\b|\bat no (?:extra )?cost\b|"
    r"成交|同意|接受|定了|就定|下单|签(?:了|约)|免费|送|优惠|降到|让到|给到|批(?:了|下来|准)|批复(?!的?预算)|审批通过|安排|发货",
    re.I,
)


def claims_only(text: str, by: str = "unknown") -> bool:
    """Whether ``text`` only states a capability of the product or a budget figure, moving nothing.

    Args:
        text: The sentence of a progress item (its only quote).
        by: Who said it: our own word that the product meets a spec is a claim too; the customer's
            test result ("符合国标，这块没问题了") is an approval.

    Returns:
        True for "The KX-7 supports Polish menus" or "The budget is GBP 310,000"; False once the
        sentence also accepts, grants, approves or orders something ("96 is within our budget, fine").
    """
    if _MOVES.search(text):
        return False
    text = _THANKS.sub(" ", text)
    rated = _RATED.search(text) and not _MADE_FOR.search(text) and not find_dates(text, dt.date.today())  # "1.2米…可以做"
    ours = by == "we" and (_OUR_SPEC.search(text) or rated)
    return bool(_CAPABILITY.search(text) or _BUDGET.search(text) or ours)
