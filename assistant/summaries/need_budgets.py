"""A budget stated with its figure is a need: "这个项目的预算是三百万", "our budget for the racks is USD 9,000".

Also when the word "budget" is not said: "院里按80万批的钱", "批到150万", "就留了两万", "I have 4k for all of it".

The sentence classifier often reads the customer's budget as a plain statement (no label), because
it names no product and asks nothing in so many words; the budget was then a need only when our
price stood beside it as a gap. The customer's budget with a figure is what they can pay: a need of
its own (topic ``price``), whether or not another price is on the table. An objection that a price is
over the budget ("超预算十万", "比预算高", "above our budget") is a price gap, not a budget stated; so is
one that calls the budget too low ("不够", "too low"). The figure must be money: a currency, 万/元/块/k,
or a plain amount — not a month, a quarter, a count of units or a share ("预算在四月份批", "budget is in
Q2", "budget is 5 crates", "about 10% lower"). A third party's budget ("同行的预算", "a rival's budget")
is not the customer's target.
"""

from __future__ import annotations

import re

from assistant.summaries.money_marks import CODES
from assistant.text import lazy_re

_FIGURE = r"[\d一二两三四五六七八九十]"
_KUAI = r"块(?:钱|(?![\u4e00-\u9fff])|(?=[吧了的左上以多呢啊哦]))"  # money, not "两万块瓷砖"
_YUAN = rf"(?:元|人民币|{_KUAI}|万(?:元|人民币|{_KUAI}|(?![块台套个件只把张条辆盏人次小时天年米吨公克斤瓦度产])))"
_BUDGET = lazy_re.compile(
    rf"预算(?:是|为|在|就|只有|大概|一共|总共|批到|卡在|控制在|定在|还是|最多)?(?:每[台套把个张件]|总共|一共)?\s*{_FIGURE}|"
    r"\bbudget\b[^.;!?]{0,50}?\b(?:is|of|was|at|about|around|(?:gone up|gone down|risen|raised|increased|cut|reduced|lowered) to)\b[^.;!?]{0,25}?(?:[$€£¥]|USD|EUR|GBP|NZD|AUD|CAD|\d)|"
    r"\bbudgeted\s+(?:about\s+|around\s+)?[$€£¥]?\d|"
    # said without the word: "按60万批的钱", "批到240万", "就留了一万五", "I have 3.5k for all of it", "we can spend 8k"
    rf"按\s*{_FIGURE}[\d.,万千百十一二两三四五六七八九]*\s*[万元块]?\s*(?:批|准备|预备|打算)|批(?:到|了)\s*{_FIGURE}|(?:就|只)?留了\s*{_FIGURE}|"
    r"\b(?:I|we)(?:'ve| have)?(?: only| got)? (?:have|got|can spend)\s+(?:about\s+|around\s+)?(?:[$€£]|(?-i:[A-Z]{3}) ?)?\d[\d,.]*\s*k?"
    r"(?:\s*(?-i:[A-Z]{3})|\s*(?:euros?|dollars?|pounds?))?\s+(?:for|on)\b|"  # "we have around 5k EUR for all of it"
    r"\b(?:I|we) can spend\b|"
    # money granted or a cap on it: "approved 80,000 US dollars for", "Approved CAPEX of USD 4.5 million", "4k max for
    # the lot", "a maximum of EUR 9,000", "理事会给的就是五十八万", "批的是两百万出头", "最多两百一十万", "三万五以内"
    r"\b(?:approved|sanctioned|signed off|allocated|set aside|earmarked)(?:\s+(?:a|an|the|us))?"
    r"(?:\s+(?:capex|budget|funding|spend|sum))?(?:\s+of)?\s+"
    rf"(?:[$€£]\s?\d|(?<![A-Za-z])(?-i:{CODES})\s?\d|\d[\d,.]*\s*(?:k\b(?!\s+(?:sq|square|feet|ft|m2|units|pcs))|million|(?:US\s)?dollars|euros|pounds))|"
    rf"(?<!weigh )(?<!weighs )(?:(?:[$€£]\s?|(?<![A-Za-z])(?-i:{CODES})\s?)\d[\d,.]*\s?k?|\d[\d,.]*\s?k)\s+(?:max|maximum|tops)\b"
    rf"(?!\s+(?:per (?:PO|order)|go(?:es)? through|I can sign))|\bmax(?:imum)?\s+(?:of\s+)?(?:[$€£]|(?-i:{CODES})\s?)\d|"
    rf"(?:批的是|给的就是|给的是|只给了|只批了|拨了)\s*{_FIGURE}|(?<!付)最多(?:只能)?(?:出|花|给)?\s*{_FIGURE}[^，。；]{{0,6}}万(?![台套个件只把张条辆盏人次小时天年米吨])|"
    # a cap said as "no more than": "全部加起来不超过八万", "总共就36万", "设备总共给到七十五万", "no more than EUR 20k"
    rf"(?:不(?:能|可以|得|要)?超(?:过)?|(?:总共|一共|统共|加起来|全部)(?:就|只|只有|就只有|就给|只给|给到|就给到))"
    rf"\s*{_FIGURE}[\d.,万千百十一二两三四五六七八九]*\s*{_YUAN}|"
    rf"\b(?:no more than|not (?:a (?:cent|penny) )?(?:more than|over|above)|(?:can'?t|cannot) go (?:above|over|past|beyond))\s+"
    rf"(?:(?:[$€£]\s?|(?-i:{CODES})\s?)\d[\d,.]*\s*(?:k\b|million\b)?|\d[\d,.]*\s*(?:k\b|million\b|(?:US\s)?dollars|euros|pounds))|"
    rf"(?<!量)(?<!数)(?<!订)(?<![用产存])\s*{_FIGURE}[\d.,万千百十一二两三四五六七八九]*\s*[万元块][\d一二两三四五六七八九千百]*\s*(?:以内|封顶)"
    r"(?![^，。；]{0,8}(?:能签|能批|直接签|直接批|审批|不用|流程|权限))",
    re.I,
)
_OVER = lazy_re.compile(
    r"超(?:出|过)?了?(?:我们的?)?预算|比(?:我们的?)?预算|预算.{0,4}(?:高|超|差)|"
    r"\b(?:above|over|exceeds?|beyond|more than)\b[^.;!?]{0,20}\bbudget",
    re.I,
)

# money kept back, not a budget: "还留了20万尾款没结"
_KEPT_BACK = lazy_re.compile(r"留了[^，。；]{0,10}(?:尾款|货款|没结|没付|未付|欠)")
# the budget called too low: an objection, not a target
_SHORT = lazy_re.compile(r"不够|太低|太少|偏低|\btoo (?:low|small|tight)\b|\bnot enough\b|\bisn't enough\b", re.I)
# someone else's budget: "竞争对手的预算", "our rival's budget"
_THIRD = lazy_re.compile(
    r"(?:竞争对手|对手|同行|别家|别的客户|其他客户)的?预算|"
    r"\b(?:rivals?|competitors?|another customer|other customers?)(?:'s|s')?\s+budget",
    re.I,
)
# the figure after the budget word is money: a currency, 万/元/块/k, or a plain amount with no date, count or share
_NUM = r"(?<![A-Za-z\d.,])(?>\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百千]+(?:点[一二三四五六七八九〇零]+)?)"
_MONEY = lazy_re.compile(
    r"[$€£¥]\s*\d|\b(?:USD|EUR|GBP|NZD|AUD|CAD|RMB|CNY|dollars?|euros?|pounds?|yuan)\b|"
    rf"{_NUM}\s*(?:[万元块]|[kK]\b)|"
    rf"{_NUM}(?!\s*(?:个|月|季度|号|日|天|周|年|%|台|套|件|[a-z]+\d|(?:units?|pcs|pieces|pallets?|crates?|items?|sets?|people|months?|weeks?|days?|years?|quarters?)\b))",
    re.I,
)


def _money_after(text: str) -> bool:
    """Whether a budget word in ``text`` is followed, within its clause, by an amount of money."""
    for m in _BUDGET.finditer(text):
        window = re.split(r"[，。；;!?！？]", text[m.start() : m.end() + 25])[0]
        if _MONEY.search(window):
            return True
    return False


def states_budget(text: str) -> bool:
    """Whether ``text`` states a budget with its figure and does not object that a price is over it.

    Args:
        text: The sentence.

    Returns:
        True for "我们这批设备预算是六十万" or "our budget is GBP 12 a unit"; False for "超预算八万" or
        "that is still over our budget".
    """
    if _OVER.search(text) or _SHORT.search(text) or _THIRD.search(text) or _KEPT_BACK.search(text):
        return False
    return _money_after(text)


def budget_phrase(text: str) -> re.Match[str] | None:
    """Return where ``text`` states its budget ("按60万批的钱" in "院里是按60万批的钱"), when it does; else None."""
    return _BUDGET.search(text) if states_budget(text) else None
