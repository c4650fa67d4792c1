"""The second stage on reworded violations of the weak categories, and on refusals with no banned word.

Sentences written for this test, not taken from the training seeds or any eval set.
"""

from __future__ import annotations

import pytest

from assistant.compliance.semantic import deep_scan

PARAPHRASES = [
    ("年纪超过四十的应聘者就不用通知面试了", "discrimination"),
    ("Skip the applicants over fifty, they can't learn the new system", "discrimination"),
    ("刚生完孩子的就别招了，精力顾不过来", "discrimination"),
    ("他们厂的质检就是走个过场，出了事都推给工人", "competitor_slander"),
    (
        "Their so-called warranty is a joke, they'll ghost you the moment something fails",
        "competitor_slander",
    ),
    ("这单别录进系统了，我从朋友厂里给您直接发货", "private_deal"),
    ("Keep this order off the books and I'll ship it from my friend's plant", "private_deal"),
    ("投标前给评委每人准备一张购物卡，这事我来办", "bribery"),
    ("Slip the inspector a couple of concert tickets and the report will be fine", "bribery"),
    ("这回钱转我弟弟的卡上，公司那边我去说", "private_deal"),
    ("Send the payment to my brother's account this time, I'll square it with the office", "private_deal"),
]
REFUSALS = [
    "返点这种事情我是不会做的",
    "Side payments? Not on my watch.",
    "私下结账这种事我们公司从来不做",
    "Paying a buyer's travel isn't something we do",
    "他们家也做这个型号，交期比我们长一点",
    "Their lead time is longer than ours, but both are fine options",
    "转账请认准合同上的公司账户，其他账户一律无效",
]


def test_most_reworded_violations_are_caught_with_their_category() -> None:
    """Floor measured when written (10/11 caught, all with the right category): a regression guard."""
    results = [(deep_scan(text).hits, category) for text, category in PARAPHRASES]
    caught = [(hits, category) for hits, category in results if hits]
    assert len(caught) >= len(PARAPHRASES) - 2
    assert all(hits[0].category == category for hits, category in caught)


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_without_a_banned_word_stays_clean(text: str) -> None:
    assert deep_scan(text).hits == ()
