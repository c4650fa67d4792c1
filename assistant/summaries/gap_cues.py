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
INSISTS = lazy_re.compile(  # English only with the figure right after: not "has to be signed off above EUR 2,000"
    r"还是要|还是得|还是希望|仍然要|坚持|咬死|就要|必须(?:要|是|到)|"
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
LEAVES_OPEN = lazy_re.compile(
    r"再想想|想一想|考虑考虑|考虑一下|再考虑|回去(?:再)?(?:商量|研究|讨论)|再说吧|再看看|"
    r"\b(?:(?:I'll|I will|we'll|we will|let me|let us|need to) (?:think (?:about )?it|think it over|sleep on it|"
    r"discuss (?:it|this) internally|mull it over)|think about it)\b",
    re.I,
)
OUR_LAST = lazy_re.compile(
    r"底价|最低(?:价|了|就是)|最多(?:只能)?(?:到|给到|做到)|做不了主|不能再(?:低|降|让)|再(?:低|降|往下)[^，。]{0,6}(?:不行|不了|没办法|做不了|要.{0,4}批)|"
    r"\b(?:our|the) (?:floor|bottom line)\b|\b(?:final|best|lowest) (?:figure|price|offer)\b"
    r"(?! (?:by|on|tomorrow|today|next|this|after|before|in)\b)|\bbest we can do\b|"
    r"\b(?:is|really is) the floor\b|\bI really can'?t\b|\bcan'?t go (?:any )?lower\b|\bas low as (?:we|I) can go\b",
    re.I,
)
ASKS_TARGET = lazy_re.compile(
    r"(?:心里|心理|目标)价[位格]?|预算|能接受(?:的)?(?:价|多少)|多少(?:合适|能接受)|"
    r"\b(?:your (?:target|budget)|what (?:price|figure) (?:works|would work|do you need)|where do you need)\b",
    re.I,
)
_QUESTION = lazy_re.compile(r"[?？]|吗|多少|\bwhat\b|\bwhere\b", re.I)


def asks_target(text: str) -> bool:
    """Whether our ``text`` asks the customer for their price ("您心里价位是多少？")."""
    return bool(ASKS_TARGET.search(text) and _QUESTION.search(text))


def holds_out(text: str) -> bool:
    """Whether the customer keeps their own figure ("还是要五十", "still needs to be 345")."""
    return bool(INSISTS.search(text))


def turns_down(text: str) -> bool:
    """Whether the customer refuses a figure they name ("I cannot go to the board with 2,120")."""
    return bool(TURNS_DOWN.search(text))


def leaves_open(text: str) -> bool:
    """Whether the customer leaves our offer open ("价格我再想想", "I'll think about it")."""
    return bool(LEAVES_OPEN.search(text)) and not re.search(r"[?？]", text)


def our_last(text: str) -> bool:
    """Whether we say our figure is the last one ("That's genuinely our floor", "再往下我做不了主")."""
    return bool(OUR_LAST.search(text))
