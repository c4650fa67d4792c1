"""One next step per point across sides: a request and the promise that answers it, a recap and its discussion.

The customer's "请在出货前把装箱单发我" and our "装箱单我会在18号前发您" are one step; so are a
minutes line "罗欣：周五前发报价" and the discussion where Luo Xin promised it. Such pairs are said
by different speakers or in other words, so :func:`assistant.summaries.dedupe.merge_similar`
(same owner and due date, near-identical wording) keeps both and the second costs precision (dev,
spent summaries_blind…blind11: about 40 of 211 extra steps restate another step). Two steps merge
when their content words overlap (:func:`assistant.summaries.steps_merge.overlap`) and their due
dates do not conflict; the merged step keeps every quote and the first step's owner (a request's
owner is already the side asked); only an unknown owner is taken from the promise ("self"
commitment) that answers it. Steps of two different known owners never merge: one of the two owners
is wrong, and which one cannot be told here (merging them cost 2-4 wrong owners on dev).
"""

from __future__ import annotations

from assistant.summaries.schema import NextStep
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.summaries.steps_merge import merge_into, overlap

RESTATED = 0.6  # content-word overlap for two steps to be one point


def _adopt(kept: NextStep, other: NextStep) -> None:
    """Take ``other``'s owner, wording and due date into ``kept`` (the quotes stay merged)."""
    kept.owner, kept.text, kept.action = other.owner, other.text, other.action
    if other.due is not None:
        kept.due, kept.due_text = other.due, other.due_text


def merge_restated(steps: list[NextStep], threshold: float = RESTATED) -> list[NextStep]:
    """Merge steps that restate one point (dates agree or one has none); keep all quotes, prefer the promise."""
    kept: list[NextStep] = []
    for step in steps:
        same = merge_into(
            kept,
            step,
            lambda k, new: (k.due is None or new.due is None or k.due == new.due)
            and (k.owner == new.owner or "unknown" in (k.owner, new.owner))
            and overlap(k.quotes[0].text, new.quotes[0].text) >= threshold,
        )
        if same is None:
            continue
        promise = commitment_kind(step.quotes[0].text) == "self"
        if same.owner == "unknown" and step.owner != "unknown" and promise:
            _adopt(same, step)
        elif same.due is None and step.due is not None:
            same.due, same.due_text = step.due, step.due_text
    return kept
