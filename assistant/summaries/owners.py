"""Who owns a next step: the one function the summariser asks (swap in sum-speakers' rule here).

Local rule until the shared commitment-owner function lands: the speaker who commits
("我/我们…会", "I will", "we'll") owns it; a request addressed to the other party
("把报价单发我", "please send us…", "麻烦您…") is owned by the addressee.
"""

from __future__ import annotations

import re

from assistant.text.conversation import Party, Sentence

_OTHER: dict[str, Party] = {"we": "customer", "customer": "we", "unknown": "unknown"}
REQUEST = re.compile(
    r"发(?:给)?我|给我(?:发|寄|报)|寄(?:给)?我|告诉我|请您|请你|麻烦(?:您|你)|(?<![我])(?:您|你们|你|贵司)(?:这边|那边)?"
    r"(?:先|尽快|帮忙|一定|务必|要|得|需要|确认|把)|(?:^|[，,：:])(?:您|你们|你)\S{0,10}(?:前|之前)|"
    r"\bplease\b|\bcould you\b|\bcan you\b|\bwould you\b|\bneed you to\b|\byou (?:will|should|need to)\b|"
    r"send (?:it |them |this )?(?:to )?(?:me|us)\b",
    re.I,
)
COMMIT = re.compile(
    r"(?:^|[，,。：:\s]|的话)(?:好的?[，,]?|嗯[，,]?|那[，,]?|没问题[，,]?)?(?:我|我们|我司|我这边|我们这边)"
    r"(?!们?(?:的|这边的)客户)|\bI(?:'ll| will| shall| can)\b|\bwe(?:'ll| will| shall| can)\b|\blet me\b|\blet'?s\b",
    re.I,
)


def party_of(s: Sentence) -> Party:
    """Return the sentence's side: ``Sentence.party`` once the speaker parser sets it, else its role."""
    party = getattr(s, "party", None)
    return party if party in ("we", "customer") else s.role


def step_owner(s: Sentence) -> Party:
    """Return who owns the next step stated in ``s`` (``unknown`` when the speaker is unknown)."""
    side = party_of(s)
    req, me = REQUEST.search(s.text), COMMIT.search(s.text)
    if req and (not me or req.start() <= me.start()):
        return _OTHER[side]
    return side
