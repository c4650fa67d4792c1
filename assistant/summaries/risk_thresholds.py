"""An approval that applies above an amount: a decision-chain risk whatever else the sentence says (issue 14).

"超过八万的订单要我们董事长签字", "三十万以上的合同得走集团招标", "anything above CAD 40,000 goes to our
owner", "our controller reviews every purchase over 15k": the customer names a money threshold and who
or what decides above it. The sentence often carries another point too ("还是比杭州那家贵，而且超过…"),
and the classifier files it under that one; the threshold still says who decides. A limit that is no
money ("长度不超过3米", "偏差不超过0.5毫米", "超过5000套", "over 2,000 pieces") or no approval ("进价超过50毛利
就不够") is none of it, and so is our own rule: the threshold figure itself names money (元/块/万, a currency,
"k", "thousand", "dollars"). A threshold said as a price objection ("anything over 8,000 is more than we
wanted to spend") is the price risk's, not a second one on the same sentence.
"""

from __future__ import annotations

import re

from assistant.summaries.money_marks import CODES, is_money
from assistant.summaries.owners import party_of
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_ZH_FIGURE = r"[\d,.]+\s*[万千]?|[一二两三四五六七八九十百千]+万"
_THRESHOLD_ZH = lazy_re.compile(
    rf"(?<![不没])(?:超过|超出|高于|大于)[^，。；？?]{{0,8}}?(?:{_ZH_FIGURE})\s*(?:元|块)?(?![\d米毫厘公斤克吨度天个件套台张只支箱平方人次条瓶袋%％])|"
    rf"(?:{_ZH_FIGURE})\s*(?:元|块)?以上"
)
_DECIDES_ZH = lazy_re.compile(
    r"签字|签名|签(?!约|收|合同)|审批|批准|(?:要|得|须|需要|报|上|经|找)[^，。；]{0,8}批|拍板|上会|过会|董事会|股东会|"
    r"委员会|办公会|理事会|说了算|定不了|点头|比价|备案|招标|招采|过目|亲自看|(?:老板|[\u4e00-\u9fff]总)[^，。；]{0,4}定"
)
_CURRENCY = rf"(?:(?<![A-Za-z])(?-i:{CODES})(?![A-Za-z])|(?-i:[A-Z]{{0,3}})[$€£¥￥₹]|\bRs\.?)"  # as money_marks reads them
_THRESHOLD_EN = lazy_re.compile(
    rf"\b(?:above|over|exceeding|more than|beyond)\s+{_CURRENCY}?\s?\d[\d,.]*\s*(?:k\b|m\b|grand\b|million\b|thousand\b)?|"
    r"\b(?:above|over|exceeding|more than)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty(?:-five)?|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|\w+ hundred)\s+(?:thousand|million|grand)\b",
    re.I,
)
_DECIDES_EN = lazy_re.compile(
    r"\b(?:signs?|signed|sign-?off|signing|signature|approv\w*|board|committee|final say|decides?|"
    r"reviews?|goes to|go to|tender|(?:has|have|must|need) to ok(?:ay)?|(?:third|three|two|second|competing|multiple|several) quotes?)\b",
    re.I,
)
_MONEY_EN = lazy_re.compile(rf"{_CURRENCY}|\d\s*(?:k|grand)\b|\b(?:thousand|million|dollars?|euros?|pounds?|riyals?)\b", re.I)
_COUNT_EN = lazy_re.compile(  # a count after the figure: "over 3k units", "above 2,000 pieces"
    r"^\s*(?:units?|pcs|pieces?|items?|kg|kilos?|tonnes?|tons?|hours?|km|kilometres?|miles?|metres?|meters?|m2|sq|"
    r"boxes|cartons?|pallets?|sets?|days?|people|staff)\b",
    re.I,
)
_ZH_MONEY = lazy_re.compile(r"[万元块]")
_OBJECTS = lazy_re.compile(  # the threshold said as a price objection: the price risk's, not a decision chain
    r"贵|高了|太高|\b(?:more than we (?:wanted|planned|hoped|expected)|too (?:much|high|expensive)|expensive|a lot)\b",
    re.I,
)
_CLAUSE = lazy_re.compile(r"[^，,；;。]+")


def _big(m: re.Match[str], text: str) -> bool:
    """Whether an English threshold figure reads as money: a currency or a money word on it, no count after it."""
    digit = re.search(r"\d", m.group(0))  # "over eight thousand" has none; its money word says it
    money = _MONEY_EN.search(m.group(0)) or (digit and is_money(text, m.start() + digit.start(), m.end()))
    return bool(money) and not _COUNT_EN.search(text[m.end() :])


def _objects(m: re.Match[str], text: str) -> bool:
    """Whether the clause of the threshold ``m`` objects to a price ("over 8,000 is more than we wanted")."""
    return any(c.start() <= m.start() < c.end() and _OBJECTS.search(c.group(0)) for c in _CLAUSE.finditer(text))


def amount_signoff(s: Sentence) -> bool:
    """Whether the customer's ``s`` names who or what decides above a money threshold.

    Examples: "超过八万的订单要我们董事长签字" → True; "anything above CAD 40,000 goes to our owner" → True;
    "机身长度不能超过3米" → False; "进价高过80我们就没利润了" → False; ours → False.
    """
    if party_of(s) == "we":
        return False
    text = s.text
    if (m := _THRESHOLD_ZH.search(text)) and _DECIDES_ZH.search(text):
        return bool(_ZH_MONEY.search(m.group(0))) and not _objects(m, text)
    m = _THRESHOLD_EN.search(text)
    return bool(m and _big(m, text) and _DECIDES_EN.search(text) and not _objects(m, text))

