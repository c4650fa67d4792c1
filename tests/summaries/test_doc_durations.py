"""When a document comes, worked out from a start and how long it takes (:mod:`assistant.summaries.doc_durations`)."""

from __future__ import annotations

import datetime as dt

import pytest

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
    for text in ("Shipping the lab-tested lamps to you takes about five weeks.", "Payment in USD within 30 days."):
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


NEED = ("All monitors must be installed and commissioned by 20 December.", "customer")


@pytest.mark.parametrize(
    "text",
    [
        "The KX-4 pumps need about ten weeks.",
        "The UL-listed model ships in about 10 weeks.",
        "Lead time for the CE version is about 10 weeks.",
        "Our CEO needs about ten weeks to decide.",
        "The test report stays valid for about 90 days.",
        "Our current CE certificate expires in about 3 months.",
        "The warranty on the certified units is about 24 months.",
        "The inspection invoice is payable within 90 days.",
        "The registration must be filed about ten weeks before installation.",
        "报告有效期大约90天。",
        "检测合格后质保大约24个月。",
    ],
)
def test_a_lead_time_validity_warranty_or_payment_period_is_no_documents_wait(text: str) -> None:
    assert date_clashes(said(NEED, (text, "we")), TODAY) == []


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("The application will be submitted to the regulator in November;", "the review usually takes about 100 working days."),
        ("The KX-4 dossier was submitted to the SFDA in September;", "it usually takes about 120 working days."),
        (None, "The lab says the certificate takes about ten weeks."),
        (None, "11月3号测试，之后大概要八周出证书。"),
    ],
)
def test_a_documents_wait_from_a_future_or_past_start_or_said_by_the_lab(before: str | None, text: str) -> None:
    sents = said(NEED, *([(before, "we")] if before else []), (text, "we"))
    (clash,) = date_clashes(sents, TODAY)
    assert clash.kind == "certification" and clash.comes is sents[-1]


def test_a_needed_by_day_is_no_start_and_a_step_due_date_is_no_needed_by_day() -> None:
    own = said(("We need the monitors installed by 15 December.", "customer"), ("The lab report takes about six weeks.", "customer"))
    assert date_clashes(own, TODAY) == []  # six weeks from today: 26 November
    step = said(("Please tell us clearly by 28 October which model.", "customer"), ("The certificate takes about four weeks.", "we"))
    assert date_clashes(step, TODAY) == []


def test_the_installation_far_away_is_found() -> None:
    filler = [("OK.", "customer")] * 30
    sents = said(NEED, *filler, ("The KX-4 dossier went to the SFDA in September;", "we"), ("it usually takes about 120 working days.", "we"))
    (clash,) = date_clashes(sents, TODAY)
    assert clash.needed is sents[0]


def test_a_dated_test_that_starts_a_certificates_wait_is_no_arrival_of_its_own() -> None:
    sents = said(
        ("Our buyers sign off both certificates by 30 November.", "customer"),
        ("The new model's EN 71 test is booked for 10 November and the certificate usually comes about five weeks after the test.", "we"),
    )
    (clash,) = date_clashes(sents, TODAY)  # 10 November + 35 days = 15 December, not 10 November
    assert clash.kind == "certification" and clash.comes is sents[1]


def test_a_date_said_after_the_wait_is_still_when_the_report_comes() -> None:
    sents = said(
        ("The retailer needs the toys on shelf by 2 November.", "customer"),
        ("The EN 71 retest takes three weeks, so the earliest report is around 10 November.", "we"),
    )
    (clash,) = date_clashes(sents, TODAY)
    assert clash.comes is sents[1]


def test_a_stated_arrival_with_a_usual_wait_beside_it_keeps_its_own_day() -> None:
    late = said(
        ("We need the test report by 10 November, before the installation.", "customer"),
        ("The lab says the report will be ready by 14 November, they usually need about two weeks.", "we"),
    )
    assert len(date_clashes(late, TODAY)) == 1  # 14 November, not today + two weeks
    fits = said(
        ("We need the test report by 20 November, before the installation.", "customer"),
        ("The report is expected on 12 November; they usually need about two weeks.", "we"),
    )
    assert date_clashes(fits, TODAY) == []  # 12 November, not 12 November + two weeks
