"""Prices in need candidates: the customer's target is a need, our quote and their objection are not.

- "目标价3.6元一个", "Target price is GBP 165", "our budget is USD 4.20 per unit": the customer's
  target price is a need stated with its figure (topic ``price``).
- Our own quote ("我们报价4.8元一套", "we can do USD 4.50") is an offer, not something the customer
  needs; it belongs to progress or nowhere, never to a "产品：/Product:" need.
- Minutes record our figure as ours ("我方原报单套398元", "we quoted GBP 11.80"): an offer too,
  whoever's line it sits in.
- The customer's objection ("…still 6 cents over our budget", "比预算高了两毛", "比审定预算高5万")
  is a price gap (a risk), not a product need.
- Any other figure in a customer's price line is no price they ask for: a rival's quote ("a factory in
  Ningbo offered 97"), a difference ("still 5 dollars over"), an approval threshold ("anything above
  EUR 50,000 goes to the board"). Such a line is no need (:func:`untargeted_price`); a target it states in other
  words is read by the price gaps, which file it as a need with both sides.
"""

from __future__ import annotations

import re

from assistant.summaries.need_budgets import states_budget
from assistant.summaries.price_asides import price_aside
from assistant.summaries.price_gaps import TARGET as GAP_TARGET
from assistant.text import lazy_re
from assistant.text.conversation import Party

TARGET = lazy_re.compile(
    r"目标价|心理价|预算(?:是|在|只有|大概|最多)|(?:最多|顶多)(?:只能)?(?:接受|给到?)|"
    r"\btarget(?: price)?\b|\bour budget (?:is|was)\b|\bbudget of\b|\b(?:can|could) (?:only )?(?:pay|go to|accept)\b",
    re.I,
)
_OBJECTION = lazy_re.compile(
    r"比(?:我们的?)?[^，。,；;\d]{0,4}?(?:目标价?|预算|心理价位?).{0,6}(?:高|贵|多)|超(?:出|过)?(?:了)?(?:我们的?)?预算|"
    r"\b(?:above|over|more than|higher than)\s+(?:(?:our|the|my|his|her|their)\s+)?(?:budget|target)\b",
    re.I,
)
_OUR_OFFER = lazy_re.compile(
    r"(?:我们|我方|我这边)?(?:报价|报的?是|报了|给您?(?:做|算)?到|能做到|最低)|"
    r"\b(?:we|I)\s+(?:can|could|will)\s+(?:do|offer|quote|go (?:down )?to)\b|\bour (?:price|quote|offer) (?:is|was)\b",
    re.I,
)


# the customer restating our quote: "Your offer is USD 68 …", "your price was 4.20", "你们报的是…"
_YOUR_OFFER = lazy_re.compile(
    r"^\W*(?:so\s+|now\s+|ok,?\s+)?your (?:offer|quote|quotation|price|last price) (?:is|was|came to|of)\b|"
    r"^\W*你们(?:的)?(?:报价|报的价?)(?:是|为)",
    re.I,
)


# our figure named as ours, whoever's line it is (minutes: "价格：我方原报单套398元", "we quoted GBP 11.80")
_WE_QUOTED = lazy_re.compile(
    r"我方(?:原|最初|最终|最后|之前|上次)?(?:报价?|报的|给的|开价)|\bwe (?:had )?(?:originally |first )?quoted\b",
    re.I,
)


def price_need_kind(text: str, party: Party, has_price: bool) -> str | None:
    """Classify a need candidate by its price: ``target`` (a need with its figure), ``skip`` or None.

    Args:
        text: The sentence (or need point).
        party: Who said it.
        has_price: Whether the sentence states an amount.

    Returns:
        ``target`` for the customer's target price or budget; ``skip`` for our own quote or the
        customer's objection that a price is above their budget; None when prices say nothing.
    """
    if party != "we" and ((has_price and TARGET.search(text)) or states_budget(text)):
        return "target"  # "比预算高了，我们目标价是3.5", "项目预算是四百二十万": the target is still stated
    if _OBJECTION.search(text):
        return "skip"
    if party == "we" and has_price and _OUR_OFFER.search(text) and not TARGET.search(text):
        return "skip"
    if has_price and _WE_QUOTED.search(text) and not TARGET.search(text):
        return "skip"  # our quote recorded in minutes: an offer, not their target
    if party != "we" and has_price and _YOUR_OFFER.search(text) and not TARGET.search(text):
        return "skip"  # "Your offer is USD 68 per set": the customer reads our quote back, no target
    return None


# the customer asks for a sum: "we need the whole EUR 2,300", "要求赔偿3000元"
_WANTS_SUM = lazy_re.compile(
    r"\b(?:need|needs|want|wants|would like|ask(?:ing)? for|insist on|expect|require|claim)\b[^.;!?]{0,60}?"
    r"(?:(?:[$€£¥]|USD|EUR|GBP|NZD|AUD|CAD|RMB)\s?\d|\d+(?:\.\d+)?\s?%)|"
    r"(?:要求|希望|需要|坚持)[^，。；;,\d]{0,6}\d[\d.,]*\s*(?:万|元|块|%)|(?:别|不要|不能)超过",
    re.I,
)


# besides the figure the line asks something of us: a requirement, a request, a condition, what a price includes
_ASKS_MORE = lazy_re.compile(
    r"\b(?:must|has to|have to|please|if you)\b|必须|请|含[^，。？?！!]{0,6}(?:吧|吗)", re.I
)


def untargeted_price(
    topic: str, prices: list[str], kind: str | None, text: tuple[str, str], party: Party
) -> bool:
    """Whether a price line names only figures that are no price the customer asks for.

    A price line is a need unless its figures are a rival's quote, a difference, an approval threshold or
    our figure read back (:func:`assistant.summaries.price_asides.price_aside`); a sum asked ("we need the
    whole EUR 2,300"), a target, or a line asking more of us beside the figure is a need whatever else it says.

    Args:
        topic: The candidate's topic (``price`` for a line about price).
        prices: The amounts and percentages the line names.
        kind: What :func:`price_need_kind` said of the line (``target`` when it states a target).
        text: The point and the whole sentence it is part of ("Mei Lin's quote: KT-4 EUR 212" is one
            sentence, two points: the rival's quote is said in the first).
        party: Who said it: our own price line ("Prices for these quantities: …") is never their need.
    """
    if topic != "price" or not prices or kind == "target":
        return False
    if party == "we":
        return True
    point, sentence = text
    if _WANTS_SUM.search(point) or GAP_TARGET.search(point) or _ASKS_MORE.search(point):
        return False
    return price_aside(sentence)
