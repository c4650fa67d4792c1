"""The day a lead time counts from when it counts from an event said elsewhere (issue 14).

"production is 18 days after artwork, then 6 days express" counts from the day the artwork comes, which the
customer said two messages before: "I send you the final logo artwork on Wednesday". "Production takes 14 days
after you approve the revised welding procedure" counts from "I will approve the welding procedure on Monday".
:func:`event_start` reads the event a lead time is counted from (not an order, a deposit or a payment: those
are :mod:`~assistant.summaries.timeline_starts`'), finds a sentence naming the same thing with a day from
today on, and returns that sentence and day.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.said_on import said_dates
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_AFTER_EVENT = lazy_re.compile(  # "18 days after artwork", "14 days after you approve the revised welding procedure"
    r"\b(?:days?|weeks?)\s+(?:after|from)\s+(?:(?:you|we|they)\s+(?:have\s+)?(?:approve[sd]?|send|sent|confirm\w*|sign\w*|receive[sd]?|get)\s+)?"
    r"(?:(?:the|your|our|their)\s+)?(?:(?:revised|final|signed|approved|new)\s+)?(?P<w>[a-z]+(?:\s+[a-z]+)?)",
    re.I,
)
_HANDLED = lazy_re.compile(  # events other modules date: the order, the deposit, the payment, the goods' own stages
    r"\b(?:order|po|deposit|payment|down|advance|contract|signing|delivery|arrival|receipt|installation|acceptance|"
    r"shipment|production|approval|invoice|that|this|it|them|now|today|then|there)\b",
    re.I,
)
_APPROVED = frozenset({"approval", "approvals", "sign-off", "signoff", "confirmation", "release"})
_NOT_KEY = frozenset({"the", "and", "of", "to", "then", "is", "are"})


def event_start(said: str, sents: list[Sentence], today: dt.date) -> tuple[Sentence, dt.date] | None:
    """Return the sentence and day of the event a lead time in ``said`` counts from, else None.

    Example: "production is 18 days after artwork" with "I send you the final logo artwork on Wednesday" said
    on Monday 24 April 2034 → that sentence and 26 April.
    """
    m = _AFTER_EVENT.search(said)
    if m is None:
        return None
    words = [w for w in m["w"].lower().split() if w not in _NOT_KEY]
    if len(words) > 1 and words[-1] in _APPROVED:
        words = words[:-1]  # "20 days after artwork approval": the artwork's day
    if not words or _HANDLED.search(" ".join(words)):
        return None
    key = words[-1] if len(words[-1]) >= 4 else " ".join(words)  # "welding procedure" → "procedure"; "artwork"
    found = []
    for s in sents:
        low = s.text.lower()
        named = re.search(rf"\b{re.escape(key)}\b", low)  # a word of its own: not "now" in "know"
        if named is None or s.text in said:
            continue
        at = named.start()
        for d in said_dates(s, today):  # the event's own day: after its name, in its clause ("…artwork on Wednesday")
            if d.date >= today and 0 <= d.start - at <= 40 and not re.search(r"[,;.!?，。；]", s.text[at : d.start]):
                found.append((s, d.date))
    return min(found, key=lambda x: x[1]) if found else None
