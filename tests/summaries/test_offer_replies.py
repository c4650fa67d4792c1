"""Only an offer of ours, answered by a plain yes, is an agreed point (:mod:`progress_offers`).

A fact about a free term ("delivery is free above 300 units"), a report of a past visit or sample,
a pitch against a rival, or a bare mention of what we could also do is no offer; an "OK" that
goes on to defer ("I'll ask my boss", "我考虑一下") or to refuse ("that date doesn't suit us") is
no yes. The pairing also stays linear in the length of the conversation.
"""

from __future__ import annotations

import pytest

from assistant.summaries.progress_offers import accepted_offers
from assistant.text.conversation import Sentence


def _turns(*pairs: tuple[str, str]) -> list[Sentence]:
    out, at = [], 0
    for role, text in pairs:
        out.append(Sentence(text=text, start=at, end=at + len(text), speaker=role, role=role))  # type: ignore[arg-type]
        at += len(text) + 1
    return out


@pytest.mark.parametrize(
    ("ours", "reply", "lang"),
    [
        ("Delivery is free on any order over 300 cartons.", "OK, let me run it past our director.", "en"),
        ("Thank you for the visit to our Ningbo plant on Tuesday.", "Sure, the tour was very helpful.", "en"),
        ("Other suppliers bill the commissioning separately; we do it free.", "Okay, noted.", "en"),
        ("我们的样布前天已经发出去了。", "好的，到了我看一下。", "zh"),
        ("上门安装我们也能免费做。", "行，我再想想。", "zh"),
        ("Our engineer can come to Bristol on 6 May.", "Great, thank you. Sadly 6 May is not possible for us.", "en"),
        ("我们可以下周三派人上门调试。", "好的，不过下周三我们不方便。", "zh"),
    ],
)
def test_a_fact_report_or_pitch_or_a_deferred_ok_agrees_nothing(ours: str, reply: str, lang: str) -> None:
    s = _turns(("we", ours), ("customer", reply))
    assert accepted_offers([], s, lang) == []


def test_an_offer_taken_with_a_plain_yes_still_agrees() -> None:
    s = _turns(("we", "We can send two sample rolls next week."), ("customer", "OK, send them over."))
    assert len(accepted_offers([], s, "en")) == 1
    s = _turns(("we", "需要的话我们可以免费给您的工人做一次培训。"), ("customer", "好的，那就安排吧。"))
    assert len(accepted_offers([], s, "zh")) == 1
