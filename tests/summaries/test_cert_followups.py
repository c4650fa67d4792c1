"""What follows a missing certificate (:mod:`assistant.summaries.cert_followups`): quoted in the same risk."""

from __future__ import annotations

import pytest

from assistant.summaries.cert_followups import add_cert_quotes, follows_document
from assistant.summaries.evidence import quote_of
from assistant.summaries.schema import Risk
from tests.summaries.sentences import said


@pytest.mark.parametrize(
    "text",
    [
        "实验室说六月中旬出。",
        "新证预计下个月底下来。",
        "没有报告消防那边不让进场。",
        "The report is due on 12 May.",
        "We cannot list the lamp without it.",
        "no cert = no listing",
    ],
)
def test_when_it_comes_or_what_waits_is_read(text: str) -> None:
    assert follows_document(text)


@pytest.mark.parametrize("text", ["价格下周再谈。", "好的，收到。", "The price is due on Friday."])
def test_other_remarks_are_not(text: str) -> None:
    assert not follows_document(text)


def test_the_certification_risk_quotes_what_follows_it() -> None:
    talk = said(
        ("TX-9的型式检验报告还在做。", "we"),
        ("实验室说六月中旬出。", "we"),
        ("那我们七月的招标就麻烦了。", "customer"),
        ("没有报告消防那边不让进场。", "customer"),
        ("另外颜色要改成深灰。", "customer"),
    )
    risk = Risk(text="认证/合规：TX-9", category="compliance", severity="medium", quotes=[quote_of(talk[0])])
    (out,) = add_cert_quotes(talk, [risk])
    assert [q.text for q in out.quotes] == [talk[0].text, talk[1].text, talk[3].text]


def test_other_risks_take_no_quotes() -> None:
    talk = said(("价格还是高。", "customer"), ("实验室说六月中旬出。", "we"))
    risk = Risk(text="价格差距", category="price", severity="medium", quotes=[quote_of(talk[0])])
    (out,) = add_cert_quotes(talk, [risk])
    assert len(out.quotes) == 1


@pytest.mark.parametrize(
    "text",
    ["The prototypes will be ready by Tuesday on your side?", "样板下周三能寄出吗？", "Not yet.", "货周二能到。"],
)
def test_a_time_that_names_no_document_or_issuer_is_no_follow_up(text: str) -> None:
    assert not follows_document(text)


def test_an_unrelated_question_after_the_certificate_is_not_quoted() -> None:
    talk = said(
        ("The RoHS report for the RX-4 fan is still open.", "we"),
        ("The prototypes will be ready by Tuesday on your side?", "customer"),
        ("The lab says the report will be issued on 9 June.", "we"),
    )
    risk = Risk(text="compliance", category="compliance", severity="medium", quotes=[quote_of(talk[0])])
    (out,) = add_cert_quotes(talk, [risk])
    assert [q.text for q in out.quotes] == [talk[0].text, talk[2].text]
