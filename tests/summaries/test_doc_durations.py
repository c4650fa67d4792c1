"""When a document comes, worked out from a start and how long it takes (:mod:`assistant.summaries.doc_durations`)."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.date_clash import date_clashes
from assistant.summaries.doc_durations import document_arrivals
from tests.summaries.sentences import said

TODAY = dt.date(2031, 10, 15)


def test_working_days_from_a_month_said_in_the_sentence_before() -> None:
    before, s = said(
        ("The KX-4 dossier was submitted to the regulator in September;", "we"),
        ("the review usually takes about 100 working days.", "we"),
    )
    (d,) = document_arrivals(s, before, TODAY)
    assert d.date == dt.date(2031, 9, 1) + dt.timedelta(days=140)


def test_weeks_after_a_dated_test_and_chinese_weeks_from_today() -> None:
    (s,) = said(("Our UL test is booked for 3 November and the certificate follows about eight weeks later.", "we"),)
    (d,) = document_arrivals(s, None, TODAY)
    assert d.date == dt.date(2031, 12, 29)
    (s,) = said(("认证机构说变更大概要六周。", "we"),)
    (d,) = document_arrivals(s, None, TODAY)
    assert d.date == TODAY + dt.timedelta(weeks=6)


def test_a_lead_time_naming_no_document_or_a_money_code_is_none() -> None:
    for text in ("Sea freight takes about five weeks.", "Payment in USD within 30 days."):
        (s,) = said((text, "we"),)
        assert document_arrivals(s, None, TODAY) == []


def test_a_certificate_worked_out_after_the_installation_is_a_certification_clash() -> None:
    sents = said(
        ("All monitors must be installed and commissioned by 31 December.", "customer"),
        ("The KX-4 dossier was submitted to the regulator in September;", "we"),
        ("the review usually takes about 100 working days.", "we"),
    )
    (clash,) = date_clashes(sents, TODAY)
    assert clash.kind == "certification" and clash.needed is sents[0] and clash.comes is sents[2]
