"""Round 18: risks said in passing, complaints about the past, and talk that is no risk.

The label cases are not training sentences (checked by the first test); each is a kind the packaged
classifier used to miss on the pooled spent dev sets (summaries_blind…blind11), written anew.
"""

from __future__ import annotations

import pytest

from assistant.summaries import lexicon as lx
from assistant.summaries.classifier import probabilities
from assistant.summaries.clauses import decide
from assistant.summaries.offline_learned import MIN_PROB
from assistant.summaries.risk_needs import price_objection
from assistant.summaries.risk_rules import apology_only, false_risk, past_complaint
from assistant.summaries.sentence_set import load_sentences, load_spec
from assistant.text.conversation import Sentence

CASES = [
    ("月底交货时间上有点紧张", "risk:timeline"),
    ("下周五交的话时间太赶了", "risk:timeline"),
    ("CE证书还在办，下个月才能拿到", "risk:certification"),
    ("the FDA letter is still pending with the agency", "risk:certification"),
    ("这个价格我得先请示老板", "risk:decision_chain"),
    ("above 5% I have to get my director to sign off", "risk:decision_chain"),
    ("不好意思，昨天忘了回您", "none"),
    ("sorry, I was travelling all week", "none"),
]


def _s(text: str, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker="客户", role=role)


def test_the_cases_are_not_training_sentences() -> None:
    seen = {r.text for r in load_sentences()}
    assert not any(text in seen for text, _ in CASES)


def test_round18_templates_are_merged() -> None:
    spec = load_spec()
    used = {r.tpl for r in load_sentences() if r.label == "risk:timeline" and r.lang == "zh"}
    assert len(used) == len(spec["templates"]["risk:timeline"]["zh"])


@pytest.mark.parametrize(("text", "label"), CASES)
def test_label_by_kind(text: str, label: str) -> None:
    [row] = probabilities([text])
    got = decide(row, MIN_PROB)
    assert got == label  # the kind of risk, not just "some risk"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("交期拖得太久了", "timeline"),
        ("上一批到货晚了一个星期", "timeline"),
        ("the last shipment was ten days late", "timeline"),
        ("上批货有好几箱压坏了", "quality"),
        ("the previous lot had leaking caps", "quality"),
    ],
)
def test_a_complaint_about_the_past_is_a_risk(text: str, kind: str) -> None:
    assert past_complaint(_s(text)) == kind


@pytest.mark.parametrize(
    "text",
    ["上次的破损问题已经解决了", "交货得在月底前", "the last batch was fine", "我们要两百双拖鞋"],
)
def test_no_complaint(text: str) -> None:
    assert past_complaint(_s(text)) is None


def test_our_own_words_are_no_complaint() -> None:
    assert past_complaint(_s("上批货晚了，实在抱歉", role="we")) is None


def test_need_cue_reads_must_not_a_complement() -> None:
    assert not lx.NEED_CUE.search("交期拖得太久了")
    assert lx.NEED_CUE.search("交期得在下月十号前")


@pytest.mark.parametrize("text", ["Sorry for the late reply!", "不好意思，回复晚了", "抱歉抱歉，让您久等了"])
def test_an_apology_alone_is_no_risk(text: str) -> None:
    assert apology_only(text)
    assert false_risk("timeline", text)


@pytest.mark.parametrize(
    "text",
    [
        "抱歉，交货15号肯定来不及了",
        "Sorry, we can't ship before the 20th.",
        "Sorry, but we have decided to go with another supplier",  # an apology does not undo a churn threat
        "不好意思，这次我们决定用别家了",
        "抱歉，老板说预算砍了",
        "Sorry, the shipment will be late.",
        "不好意思回复晚了，价格还是太高",  # a slow-reply apology with a price objection beside it
    ],
)
def test_an_apology_with_a_threat_stays_a_risk(text: str) -> None:
    assert not apology_only(text)
    assert not false_risk("timeline", text)


@pytest.mark.parametrize(
    "text", ["上次说的退货流程能再发我一份吗", "Can you send the catalogue again, the link was broken?", "上个月的货款我们会拖几天付"]
)
def test_a_request_or_a_late_payment_is_no_complaint_about_the_goods(text: str) -> None:
    assert past_complaint(_s(text)) is None


@pytest.mark.parametrize("text", ["你们这批的不良率太高了", "仓库湿度太高，货都受潮了", "MOQ太高了"])
def test_too_high_without_a_price_word_is_no_price_objection(text: str) -> None:
    assert not price_objection(_s(text))


@pytest.mark.parametrize(
    "text", ["Sorry for the delayed response, price is too high", "Sorry for the late reply - we're cancelling", "抱歉回复晚了，太贵了"]
)
def test_a_short_risk_after_a_slow_reply_apology_stays_a_risk(text: str) -> None:
    assert not apology_only(text)
