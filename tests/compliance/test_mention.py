"""The learned mention gate: refusals and notices that quote banned words stay clean, uses do not."""

from __future__ import annotations

import pytest

from assistant.compliance import classifier, mention
from assistant.compliance.classifier import Example
from assistant.compliance.mention import gateable, get_gate, split, threshold
from assistant.compliance.result import Hit
from assistant.compliance.semantic import deep_scan


def _hit(category: str, rule: str) -> Hit:
    return Hit(category, "high", "x", "x", 0, 1, rule)


def test_only_lexicon_combo_and_learned_hits_are_gated() -> None:
    assert gateable([_hit("bribery", "lexicon"), _hit("private_deal", "combo")])
    assert not gateable([_hit("contact_leak", "phone")])
    assert not gateable([_hit("bribery", "lexicon"), _hit("contact_leak", "email")])
    assert gateable([_hit("abuse", "lexicon")])
    assert gateable([_hit("discrimination", "combo")])
    assert not gateable([])


def test_insults_and_discrimination_need_a_surer_gate() -> None:
    assert threshold(["bribery", "guarantee"]) == mention.THRESHOLD
    assert threshold(["bribery", "abuse"]) == mention.STRICT_THRESHOLD
    assert threshold(["discrimination"]) == mention.STRICT_THRESHOLD
    assert mention.STRICT_THRESHOLD > mention.THRESHOLD


def test_the_gate_trains_on_violations_against_refusals_and_notices() -> None:
    rows = [
        Example("a", "kickback", "zh", "plain"),
        Example("b", "clean", "zh", "refusal"),
        Example("c", "clean", "en", "notice"),
        Example("d", "clean", "en", "chat"),
        Example("e", "clean", "zh", "numbers"),
    ]
    assert split(rows) == [0, 1, 2]


def test_the_packaged_gate_was_fitted_on_this_training_file() -> None:
    key = mention.PACKAGED.with_suffix(".key").read_text(encoding="utf-8").strip()
    assert key == mention._key(classifier.TRAINING)


# Written for this test, not taken from the training seeds or any eval set. The first stage flags
# each one (a banned word is quoted or recounted); each only names the practice.
MENTIONS = [
    "客户问能不能打到我个人卡，我说只能付公户，这事我也跟主管说过了。",
    "He wanted the payment routed to my own account. Obviously I told him no and copied compliance.",
    "新人手册第三章：回扣、好处费、茶水钱都算商业贿赂，入职前请签字确认。",
]
USES = [
    "货款您转我个人卡上，我这边先给您发货",
    "I'll give you a 3% kickback if you sign this week",
    "这单我们保证稳赚不赔，您放心投",
    "加个v吧，以后私下聊方便",
    "Pay into my personal account and skip the paperwork",
    "回扣按老规矩，每单两个点",
]


def test_most_mentions_are_left_clean() -> None:
    """Floor measured when written (2/3 dropped at 0.95; the handbook line scores 0.93): a regression guard."""
    assert sum(deep_scan(t).hits == () for t in MENTIONS) >= len(MENTIONS) - 1


@pytest.mark.parametrize("text", USES)
def test_a_use_is_never_called_a_mention(text: str) -> None:
    assert deep_scan(text).hits != ()


def test_uses_and_mentions_are_far_apart() -> None:
    gate = get_gate()
    use = gate.mention(classifier.embed(USES))
    said = gate.mention(classifier.embed(MENTIONS))
    assert float(use.max()) < 0.1 and float(said.min()) > 0.5


# Written for this test, not taken from the training seeds or any eval set.
REPORTED_INSULT = "QA review: agent 12 told a caller he was an idiot; a written warning was issued."
OFFENCES = [
    "You're an idiot if you can't read a spec sheet",
    "女的就是搞不懂参数，换个男的来",
    "你是不是傻，这都不会",
]


def test_an_insult_reported_to_qa_is_a_mention() -> None:
    assert deep_scan(REPORTED_INSULT).hits == ()


@pytest.mark.parametrize("text", OFFENCES)
def test_an_insult_or_slur_said_to_a_customer_still_alerts(text: str) -> None:
    assert deep_scan(text).hits != ()
