"""Price gaps settled later in the same text: no risk at the end (issue 14).

"56太高了" … "51的话我们能接受"; "8.50 is difficult" … "Price is ok with 8.20": the customer's
objection was answered by a price they then accepted. A risk is what could still cost the deal at
the end of the text, so a price gap whose every objection precedes the customer's own agreement to
a figure is settled. So is a rival's price raised while bargaining once the customer takes ours for
the same thing ("河南本地有家厂报了四十一" … "行，四十三就四十三": the writers' rule since blind20). Other
kinds stay: an accepted price does not cure a defect or a missing certificate.
"""

from __future__ import annotations

import re

from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures
from assistant.summaries.price_scale import same_scale as _same_scale
from assistant.summaries.progress_points import prices
from assistant.summaries.schema import Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_ACCEPTS = lazy_re.compile(
    r"可以|(?<![银旅步进流执运发举])行(?![程业李驶情])|接受|同意|成交|没问题|就按|就这么|定了|\b(?:ok|okay|fine|deal|agreed?|accept\w*|works|go ahead)\b",
    re.I,
)


def settled_price(risk: Risk, labelled: list[tuple[Sentence, str]]) -> bool:
    """Whether the price-gap ``risk`` is followed by the customer agreeing to a figure ("行，39块5").

    The agreement must accept ("可以", "ok", "deal") a price: not a count, a date or a code
    ("行，先下100个试试" settles nothing).
    """
    if risk.category != "price":
        return False
    last = max(q.end for q in risk.quotes)
    return any(
        lab == "agreement"
        and s.start >= last
        and party_of(s) == "customer"
        and prices(s.text)
        and _ACCEPTS.search(s.text)
        for s, lab in labelled
    )


_HEDGED = lazy_re.compile(
    r"考虑|试试|往上报|报上去|前提|的话|先口头|\b(?:if|provided|consider|think about|run it by)\b", re.I
)


def settled_rival(risk: Risk, labelled: list[tuple[Sentence, str]]) -> bool:
    """Whether the competitor ``risk``'s price is followed by the customer taking ours ("行，四十三就四十三").

    A rival's figure raised while bargaining ("河南本地有家厂报了四十一") is settled once the customer
    accepts our price for the same thing (a figure at or above the rival's, within 40% of it) without a
    condition ("1,460 is acceptable for the islands" does not settle a rival's 1,890 multideck); a
    rival named with no price, or an acceptance that only weighs our figure ("9300可以考虑", "51的话我们能
    接受"), settles nothing.
    """
    if risk.category != "competitor":
        return False
    theirs = [f for q in risk.quotes for f in figures(q.text)]
    last = max(q.end for q in risk.quotes)
    return bool(theirs) and any(
        lab == "agreement"
        and s.start >= last
        and party_of(s) == "customer"
        and _ACCEPTS.search(s.text)
        and not _HEDGED.search(s.text)
        and any(_same_scale(f, t) and f >= t for f in figures(s.text) for t in theirs)  # ours over theirs
        for s, lab in labelled
    )
