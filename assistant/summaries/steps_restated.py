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

A meeting's closing recap ("好，我来总结一下：…第五，认证的问题彭工下周一前答复", "Let me summarise …
Mr. Peng confirms by Tuesday …") restates steps agreed earlier in other words: a step in the recap
merges into the earlier step of the same known owner and the same due date (the best-overlapping one).
"""

from __future__ import annotations

import re

from assistant.summaries.need_recap import recap_spans
from assistant.summaries.schema import NextStep
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.summaries.steps_merge import absorb_quotes, merge_into, overlap
from assistant.text import lazy_re

RESTATED = 0.6  # content-word overlap for two steps to be one point


def _adopt(kept: NextStep, other: NextStep) -> None:
    """Take ``other``'s owner, wording and due date into ``kept`` (the quotes stay merged)."""
    kept.owner, kept.text, kept.action = other.owner, other.text, other.action
    if other.due is not None:
        kept.due, kept.due_text = other.due, other.due_text


_RECAP = lazy_re.compile(
    r"总结一下|我来总结|小结一下|回顾一下|汇总一下|\bsummari[sz]e\b|\bto recap\b|\blet me recap\b|\bto wrap up\b"
    r"|\bin summary\b|\bto sum up\b",
    re.I,
)
RECAP_FROM = 0.4  # a recap closes a meeting: a cue in its first 40% opens no recap


def recap_start(source: str) -> int | None:
    """Where a closing recap starts, else None.

    The line of the last recap cue in the later part of ``source`` ("我来总结一下"), or a recap heading
    ("会议小结（…整理）", "Action items", :func:`~assistant.summaries.need_recap.recap_spans`), whichever is later.
    """
    cues = [m.start() for m in _RECAP.finditer(source) if m.start() >= RECAP_FROM * len(source)]
    starts = [source.rfind("\n", 0, cues[-1]) + 1] if cues else []
    return max([*starts, *(a for a, _ in recap_spans(source))], default=None)


def _merge_recap(steps: list[NextStep], start: int) -> list[NextStep]:
    """Fold each step quoted in the recap into an earlier step of the same known owner and due date.

    Each earlier step takes one restatement in other words: a second recap line of that owner and date
    sharing no content word with it is another step ("2. 小韦周四前把安装图发给甲方" beside "1. 检测：我方周四前
    答复能否提前", both after "检测的事我们问一下实验室…周四前给您准信").
    """
    kept: list[NextStep] = []
    taken: set[int] = set()  # the earlier steps that took a recap line

    def shared(k: NextStep, text: str) -> float:
        return max(overlap(q.text, text) for q in k.quotes)

    for step in steps:
        first = step.quotes[0]
        earlier = [
            k
            for k in kept
            if (id(k) not in taken or shared(k, first.text) > 0)
            and k.quotes[0].start < start <= first.start
            and k.owner == step.owner != "unknown"
            and k.due is not None
            and k.due == step.due
        ]
        if not earlier:
            kept.append(step)
            continue
        same = max(earlier, key=lambda k: shared(k, first.text))
        taken.add(id(same))
        absorb_quotes(same, step)
        if len(first.text) > len(same.quotes[0].text):  # the recap's wording is the self-contained one
            same.text, same.action = step.text, step.action
    return kept


def merge_restated(steps: list[NextStep], threshold: float = RESTATED, source: str = "") -> list[NextStep]:
    """Merge steps that restate one point (dates agree or one has none); keep all quotes, prefer the promise.

    With ``source``, a step restated in the closing recap merges into the earlier one (:func:`recap_start`).
    """
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
    start = recap_start(source) if source else None
    return kept if start is None else _merge_recap(kept, start)
