"""Clauses labelled progress that record no movement: bare assents, acknowledgements, pending work, refusals.

- A bare "OK" / "没问题。" / "那行吧" / "收到" names nothing that moved; the point it agrees to is
  progress only where it is stated (dev, spent blind…blind6: 12 bare items produced, none
  expected; blind…blind15: 11 "没问题。"-like items, all acknowledging a need or a date, none expected).
- A short clause whose subject is only a pronoun or missing ("出来了", "达标了", "That's fine",
  "They did") names nothing that moved: dev (spent blind…blind16) 6 such items, none
  expected. It counts only where it joins the point it answers (:mod:`~assistant.summaries.progress_points`).
- A standard feature stated is no concession ("蒸发罐是标配", "the remote comes standard"), and the
  customer's demand that we accept a term is no agreement ("这个你们要接受", "you have to accept 90
  days"), nor is a counter on a condition ("Make it 4.10 and we have a deal"): nothing moved yet
  (:func:`pending_or_refused`).
- Work still to do or a refusal is not an agreement: "包装费我们再核算一下", "印刷费我还差您一个报价",
  "再低就要找老板批了", "这已经是我能给的最低价", "纸箱最近涨了" (dev, spent blind…blind15: 16 such
  items, none expected).
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_ACK = lazy_re.compile(
    r"^(?:好的?|嗯+|ok|okay)?[，,\s]*收到(?:了|啦)?[，,。.!！~～\s]*(?:谢谢)?[。.!！~～\s]*$", re.I
)
_ASSENT = lazy_re.compile(
    r"(?:(?:那|嗯|哦)?(?:好吧|好的|好|行吧|行|可以|没问题|先?就?这样|那?就这么(?:定|办)|ok|okay|这个我同意)[，,。.!！~～\s]*)+"
    r"(?:拜拜|再见|谢谢)?[。!！~～\s]*",
    re.I,
)
_PENDING = lazy_re.compile(
    r"再(?:算|核算|看|商量|考虑|说)|重新(?:核算|算|报)|算好|一下[。！!]?$|还欠|^再低|太低了|涨了|大概|"
    r"^这(?:已经)?是(?:我们?)?(?:今年)?(?:能给的|给出的)?最低价?了|先放一放|考虑一下|商量一下|回去(?:问|商量|研究)|"
    r"\b(?:will (?:check|get back|revert|look into)|let me check|think about it)\b",
    re.I,
)


def assent_only(text: str) -> bool:
    """Whether ``text`` only assents ("没问题。", "那行吧", "好的，就这么办。").

    Such a clause is a point only where it answers an offer (then it is merged into that offer's item).
    """
    return bool(_ASSENT.fullmatch(text.strip()))


def bare(text: str) -> bool:
    """Whether ``text`` is a bare "OK" / "Fine" / "可以" / "收到": assent to something said elsewhere."""
    if _ACK.match(text.strip()):
        return True
    words = re.findall(r"[A-Za-z]+", text)
    cjk = re.findall(r"[\u4e00-\u9fff]", text)
    return not re.search(r"\d", text) and len(words) + len(cjk) <= (2 if cjk else 1)


_SOFT_PENDING = lazy_re.compile(  # words that only hedge a stated agreement ("大概下周三发货", "涨了一点也接受")
    r"大概|涨了|\b(?:will (?:check|get back|revert|look into)|let me check)\b", re.I
)
_ACCEPTS_VALUE = lazy_re.compile(  # "好，单价就按2.5" / "可以，数量加到3000" / "OK, … confirm the 2.5 price"
    r"^(?:好的?|行|可以|没问题|ok|okay|sure|yes|agreed)[，,\s].*\d|(?:就按|按|加到|定在|接受|\bconfirm\b).{0,12}\d",
    re.I,
)


_STANDARD = lazy_re.compile(r"是标配|属于标配|\b(?:is|are|comes?|come) (?:as )?standard\b", re.I)
_DEMAND = lazy_re.compile(
    r"(?:你们|你方|贵司)(?:要|得|必须|需要|一定要)(?:接受|同意|认)|\byou(?:'ll)? (?:must|have to|need to|will have to) (?:accept|agree)",
    re.I,
)

# the customer's counter on a condition: "Meet me at a thousand and we have a deal", "你们四十三我今天就能定下来"
_COUNTER = lazy_re.compile(
    r"\b(?:meet me at|make it|if you (?:can )?(?:do|go to|meet))\b(?:[^.]|\.\d){0,40}\b(?:deal|agree)|"
    r"(?:你们?|您)[^，。？]{0,8}(?:我|我们)?(?:今天|马上|现在)?就(?:能)?(?:定|成交|下单|签)",
    re.I,
)


def pending_or_refused(text: str) -> bool:
    """Whether ``text`` leaves work still to do, refuses, or moves nothing.

    "包装费我们再核算一下", "再低就要找老板批了" are pending or refused; "蒸发罐是标配" states a
    standard feature, "这个你们要接受" demands and "Meet me at 90 and we have a deal" counters on a
    condition: none is a concession or an agreement yet. A clear
    acceptance naming a value ("好，单价就按2.5，大概下周三发货") is progress: its hedges ("大概",
    "涨了", "will check") do not make it pending.
    """
    if _STANDARD.search(text) or _DEMAND.search(text) or _COUNTER.search(text):
        return True
    hits = [m.group(0) for m in _PENDING.finditer(text)]
    if hits and _ACCEPTS_VALUE.search(text) and all(_SOFT_PENDING.fullmatch(h) for h in hits):
        return False
    return bool(hits)


_PRONOUN_LEAD = lazy_re.compile(r"^(?:yes,?\s+)?(?:that|it|they|this|those|these)\b", re.I)


def subjectless(text: str) -> bool:
    """Whether ``text`` is a short clause with no figure whose subject is missing or a pronoun.

    "出来了", "达标了", "刚签收" (three characters or fewer), "That's fine", "They did" (three words or
    fewer after a pronoun) say that something happened, not what; "They accepted the proforma" says what.
    """
    if re.search(r"\d", text):
        return False
    cjk = re.findall(r"[\u4e00-\u9fff]", text)
    if cjk:
        return len(cjk) <= 3
    words = re.findall(r"[A-Za-z]+", text)
    return len(words) <= 3 and bool(_PRONOUN_LEAD.match(text.strip()))
