"""Stage signals that report no movement: work under way, plans for later, the customer's own changes, defects.

A stage signal is progress when something happened between the two sides: a sample or document
received, a test passed, an approval, a cause found, a fix made. Many sentences read as done and
are not: work still under way ("the CE file is being revised", "the spare unit is being tested
now"), a plan for later ("the crates go into the oven on Thursday", "the pallets arrive next
week", "明天就送检"), the customer's own plans moving ("我们展会改到五月了", "the launch was pushed
to spring") and a defect the customer found ("twelve lids arrived cracked"), which is a risk. Each
is dropped unless it also names a receipt, a pass, an approval or a cause.
"""

from __future__ import annotations

import re

from assistant.summaries.schema import ProgressItem

_UNDER_WAY = re.compile(
    r"\b(?:is|are) being (?!changed|replaced|fixed|made)\w+|\bbeing tested\b|正在(?:测|检|做|办|改|申请)"
)
_LATER = re.compile(
    r"\bwill be\b|\bnext week\b|\bbooked for\b|\bgo(?:es)? into the\b|\bfollows? on\b|今天就|明天就", re.I
)
_THEIR_CHANGE = re.compile(
    r"改成|改送|改日子|改到|新上了|又加了|pushed (?:to|back)|moved (?:forward|back)|switched (?!to)", re.I
)
_DEFECT = re.compile(r"\bwarped\b|\bchipped\b|\bcracked\b|\bsplit along\b|pulled the whole batch", re.I)
_MOVED = re.compile(
    r"收到|received|\bcame\b|arrived(?! with)|passed|合格|approv|accept|cause|traced|原因|查明|fixed|正常|达标",
    re.I,
)


def still(item: ProgressItem) -> bool:
    """Whether a stage signal reports no movement between the two sides (see the module docstring)."""
    if item.kind != "stage_signal":
        return False
    text = " ".join(q.text for q in item.quotes)
    if _MOVED.search(text):
        return False
    if _UNDER_WAY.search(text) or _LATER.search(text):
        return True
    return item.by == "customer" and bool(_THEIR_CHANGE.search(text) or _DEFECT.search(text))
