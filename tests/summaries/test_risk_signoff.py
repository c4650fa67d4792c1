"""Someone else on the customer's side must sign or approve (:mod:`assistant.summaries.risk_signoff`)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import summarize_text
from assistant.summaries.risk_cues import plain_risk
from assistant.summaries.risk_signoff import third_party_signoff
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker=role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "协议得两个合伙人都签字才有效",
        "合同得两位董事一起签，等他们回来我们就把合同签了",
        "采购单还要我们财务经理签",
        "这份合同必须董事长亲自签",
        "Our treasurer, Maria Lopes, approves every refund",
        "Tom runs the budget and has to approve the layout as well",
        "the order has to be signed off by our owner",
        "the contract needs signatures from both directors",
        "all four partners have to sign the lease",
    ],
)
def test_another_person_signs_or_approves(text: str) -> None:
    assert third_party_signoff(text)
    assert plain_risk(_s(text), "next_step") == "decision_chain"


@pytest.mark.parametrize(
    "text",
    [
        "合同我周五签好寄回",
        "我们下周一把协议签了",
        "I'll sign the order tomorrow",
        "we have to sign the NDA first",
        "you have to sign for the delivery",
        "could you approve the artwork by Friday?",
        "老板已经签了",
        "our director signed it yesterday",
        "this time our CFO doesn't need to sign off",
        "这次金额小，不需要老板批",
    ],
)
def test_our_own_signing_or_a_done_approval_is_no_chain(text: str) -> None:
    assert not third_party_signoff(text)


def test_our_own_words_are_no_chain() -> None:
    assert plain_risk(_s("合同要我们总经理签字", role="we"), "next_step") is None


def test_a_signoff_is_a_risk_not_a_step() -> None:
    text = (
        "销售：合同今天下午我改好发您。\n"
        "客户：好的，不过合同得我们两个合伙人一起签字，另一位下周四才出差回来。\n"
        "销售：明白，那我周五再跟您确认。\n"
    )
    s = summarize_text(text, today=dt.date(2027, 3, 2), engine="offline")
    signoff = "合伙人"
    assert any(signoff in q.text for r in s.risks if r.category == "decision_maker" for q in r.quotes)
    assert not any(signoff in q.text for step in s.next_steps for q in step.quotes)


def test_a_signoff_beside_their_own_promise_keeps_the_step() -> None:
    text = "销售：报价单发您了。\n客户：这个数我定不了，要报给我们老板批，批下来我周五回复你。\n"
    s = summarize_text(text, today=dt.date(2027, 3, 2), engine="offline")
    assert any("批下来" in q.text for step in s.next_steps for q in step.quotes)
    assert any(r.category == "decision_maker" for r in s.risks)
