"""How a price gap stays open in a negotiation's own words, beside an objection (issue 14).

:mod:`~assistant.summaries.price_gaps` finds the customer's target and our quote; these cues say the two
figures are still apart at the end of the talk:

- The customer holds on to their figure after our quote: "ESL-290还是要五十", "PS-1200 still needs to be
  345", "I still think 180", "We need 1.75 though".
- The customer turns down our figure by naming it: "I cannot go to the board with 2,120", "四千二我们批不下来".
- The customer leaves our last offer open: "价格我再想想", "I'll think about it", "回去再商量".
- We say our figure is the last one: "That's genuinely our floor", "that really is our final figure",
  "再往下我做不了主", "这是底价了".
- We ask for their figure ("您心里价位是多少？", "What's your target?"): the customer's answer ("一千二。") is
  their target although it names no target word.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_CUR = r"(?:(?:USD|EUR|GBP|NZD|AUD|CAD|US\$|[$€£])\s?)?"
_ZH_FIG = (  # a figure that is no date, count or grade ("五十", "一点零", "八毛"; not "三十天", "316的", "一用一备")
    r"(?:\d(?:[\d.,]*\d)?|[零一二两三四五六七八九十百千万][零一二两三四五六七八九十百千万点]*[零一二两三四五六七八九十百千万]|"
    r"[一二两三四五六七八九十](?=[块元毛万千]))(?:[块元毛万千]|块钱)?"
)
# after the cue the figure ends the phrase ("还是要五十，", "控制在一百四十万以内"): not "坚持要用304不锈钢"
_FIG_ENDS = r"(?=$|[，。,；;！!？?\s、~～）)]|以内|以下|左右|上下|了|吧|啊|呀|呢|不然|否则)"
_ZH_INSISTS = r"(?:还是要|还是得|还是希望|仍然要|坚持|咬死|就要|必须(?:要|是|到)?)"
INSISTS = lazy_re.compile(  # with the figure beside it (at most four characters between: "还是希望控制在一百四十万"),
    # not "周五之前必须到", "还是要磨砂黑的"; English with the figure right after: not "has to be signed off above EUR 2,000"
    rf"{_ZH_INSISTS}[^，。,；;！!？?\s\d零一二两三四五六七八九十百千万]{{0,4}}?{_ZH_FIG}{_FIG_ENDS}|{_ZH_FIG}(?:我们?|我这边)?{_ZH_INSISTS}|"
    r"\bstill (?:need|needs|want|wants|think|thinks)(?: (?:it|them))?(?: to be)?(?: at)? " + _CUR + r"\d|"
    r"\b(?:must|has to|have to) be(?: at)? " + _CUR + r"\d|\bneed (?:it |them )?(?:at )?" + _CUR + r"\d[^.;]{0,20}\bthough\b",
    re.I,
)
TURNS_DOWN = lazy_re.compile(  # said of our figure by the customer
    r"批不下来|过不了|交不了差|没法交代|做不了|接受不了|不行|不能接受|"
    r"\b(?:can ?not|can'?t|couldn'?t|won'?t) (?:go|take|sell|justify|get|sign|approve|accept|do|work with)\b|"
    r"\bnot (?:acceptable|possible|enough)\b|\bdoesn'?t work\b",
    re.I,
)
# no one on their side can sign the figure off: said of the figure named anywhere in the sentence
# ("7600我们可以往上报，但我这边做不了主")
_NO_SIGN_OFF = lazy_re.compile(r"批不下来|交不了差|没法交代|做不了主", re.I)
_FIGURE = lazy_re.compile(r"\d|[一二两三四五六七八九十百千万]{2,}|[一二两三四五六七八九][块元毛万千百]")
_CLAUSES = lazy_re.compile(r"[，。；;！!？?\n]|,(?!\d)")
LEAVES_OPEN = lazy_re.compile(
    r"再想想|想一想|考虑考虑|考虑一下|再考虑|回去(?:再)?(?:商量|研究|讨论)|再说吧|再看看|"
    r"\b(?:(?:I'll|I will|we'll|we will|let me|let us|need to) (?:think (?:about )?it|think it over|sleep on it|"
    r"discuss (?:it|this) internally|mull it over)|think about it)\b",
    re.I,
)
OUR_LAST = lazy_re.compile(
    r"底价|最低(?:价|了|就是)|最多(?:只能)?(?:到|给到|做到)|不能再(?:低|降|让)|再(?:低|降|往下)[^，。]{0,6}(?:不行|不了|没办法|做不了|要.{0,4}批)|"
    r"\b(?:our|the) (?:floor|bottom line)\b|\b(?:final|best|lowest) (?:figure|price|offer)\b"
    r"(?! (?:by|on|tomorrow|today|next|this|after|before|in)\b)|\bbest we can do\b|"
    r"\b(?:is|really is) the floor\b|\bcan'?t go (?:any )?lower\b|\bas low as (?:we|I) can go\b|"
    r"\bI really can'?t\b(?!\s+(?!(?:go|do|drop|come|move|lower|budge|offer|give|sell|manage|justify)\b)[a-z])",
    re.I,
)
_OUR_LAST_PRICED = lazy_re.compile(  # "做不了主" is our last word on the price only ("再往下我做不了主")
    r"往下|再低|再降|再让|价|钱|\d|[一二两三四五六七八九十百千万]{2,}|[一二两三四五六七八九][块元毛万千百]"
)
ASKS_TARGET = lazy_re.compile(
    r"(?:心里|心理|目标)价[位格]?|预算|能接受(?:的)?(?:价|多少)|多少(?:合适|能接受)|"
    r"\b(?:your (?:target|budget)|what (?:price|figure) (?:works|would work|do you need)|where do you need)\b",
    re.I,
)
_QUESTION = lazy_re.compile(r"[?？]|吗|呢|多少|\bwhat\b|\bwhere\b", re.I)
# a budget asked about as an amount: not "预算什么时候能批下来？", "Has your budget been signed off?"
_AMOUNT = lazy_re.compile(r"多少|几[万千百块]|大概|范围|区间|\bwhat\b|\bwhere\b|\bhow (?:much|high|low)\b", re.I)


def asks_target(text: str) -> bool:
    """Whether our ``text`` asks the customer for their price as an amount ("您心里价位是多少？", "What's your target?")."""
    cue = ASKS_TARGET.search(text)
    if cue is None or not _QUESTION.search(text):
        return False
    return bool(_AMOUNT.search(text)) or not re.fullmatch(r"预算|your budget", cue.group(), re.I)


def holds_out(text: str) -> bool:
    """Whether the customer keeps their own figure, named beside the cue ("还是要五十", "still needs to be 345")."""
    return bool(INSISTS.search(text))


def turns_down(text: str) -> bool:
    """Whether the customer refuses a figure named in the same clause ("I cannot go to the board with 2,120").

    "这个颜色不行", "we can't sell them without the label" name no figure: no price turned down. That no
    one can sign it off refuses the figure named anywhere in the sentence ("7600可以往上报，但我这边做不了主").
    """
    if _NO_SIGN_OFF.search(text) and _FIGURE.search(text):
        return True
    return any(TURNS_DOWN.search(c) and _FIGURE.search(c) for c in _CLAUSES.split(text))


def leaves_open(text: str) -> bool:
    """Whether the customer leaves our offer open ("价格我再想想", "I'll think about it")."""
    return bool(LEAVES_OPEN.search(text)) and not re.search(r"[?？]", text)


def our_last(text: str) -> bool:
    """Whether we say our figure is the last one ("That's genuinely our floor", "再往下我做不了主", "I really can't.").

    "I really can't make Tuesday" or "交货日期我做不了主" is no word on the price.
    """
    return bool(OUR_LAST.search(text)) or ("做不了主" in text and bool(_OUR_LAST_PRICED.search(text)))


_NOT_ZH = r"(?<!没)(?<!没有)(?<!不)(?<!不会)(?<!未)(?<!并未)"  # "没有超出预算", "不会超预算": a denial
_OVER_BUDGET = lazy_re.compile(
    _NOT_ZH + r"超(?:出|过)?(?:了)?(?:您们?|你们?|贵司)?(?:的)?预算|"
    r"(?<!not )(?<!n't )(?<!never )\b(?:above|over) (?:your|the) (?:budget|target|ceiling)\b",
    re.I,
)
_OVER_BARE = lazy_re.compile(_NOT_ZH + r"超了")  # "确实超了": over the budget only when money is the subject
_MONEY = lazy_re.compile(r"预算|价|钱|元|块|万|千")


def admits_over(text: str) -> bool:
    """Whether our ``text`` admits our figure is over the customer's budget ("合计三万一，确实超了一点").

    A denial ("没有超出预算", "it isn't over your budget") or an overrun of days ("工期超了三天") is none.
    """
    return bool(_OVER_BUDGET.search(text) or (_OVER_BARE.search(text) and _MONEY.search(text)))
