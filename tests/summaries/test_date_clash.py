"""Two dates in prose that do not meet (:mod:`assistant.summaries.date_clash`).

Written anew, not taken from any evaluation set: the date something comes (a report, a signed
contract, a person back from leave) later than, or too close to, the date it is needed by is a
risk naming both — certification for a document, timeline otherwise.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries.date_clash import date_clashes
from assistant.summaries.learned_risks import learned_risks
from assistant.text.conversation import Sentence
from evals.eval_summaries_blind import demo_catalog

TODAY = dt.date(2031, 3, 4)


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)  # type: ignore[arg-type]


def _seq(*pairs: tuple[str, str]) -> list[Sentence]:
    out, pos = [], 0
    for text, role in pairs:
        out.append(_s(text, role, pos))
        pos += len(text) + 1
    return out


def test_a_report_after_the_due_date_is_a_certification_clash() -> None:
    sents = _seq(
        ("The drop test for the full kit is running now", "we"),
        ("the lab says mid-April, maybe 20 April.", "we"),
        ("Our tender file is due on 11 April.", "customer"),
    )
    clashes = date_clashes(sents, TODAY)
    assert [(c.kind, c.comes.start, c.needed.start) for c in clashes] == [("certification", sents[1].start, sents[2].start)]


def test_a_contract_weeks_before_installation_is_a_timeline_clash() -> None:
    sents = _seq(("合同预计6月中旬才能签", "customer"), ("但业主要求7月20日前全部安装完", "customer"))
    clashes = date_clashes(sents, TODAY)
    assert [c.kind for c in clashes] == ["timeline"]


def test_someone_away_past_the_needed_date_is_a_timeline_clash() -> None:
    sents = _seq(
        ("the artwork is needed by Friday for sea freight", "we"),
        ("the art director is away until 20 March", "customer"),
    )
    assert [c.kind for c in date_clashes(sents, TODAY)] == ["timeline"]


def test_dates_that_meet_are_no_clash() -> None:
    sents = _seq(
        ("预计4月10日发货", "we"),
        ("我们要求5月20日前到港", "customer"),
        ("the report will be ready by 2 April", "we"),
        ("the tender is due on 30 April", "customer"),
    )
    assert date_clashes(sents, TODAY) == []


def test_a_settled_date_is_no_clash() -> None:
    sents = _seq(("the certificate comes on 9 April, no problem", "we"), ("the file is due on 8 April", "customer"))
    assert date_clashes(sents, TODAY) == []


def test_a_clash_becomes_one_risk_naming_both_dates() -> None:
    sents = _seq(
        ("The drop test for the full kit is running now", "we"),
        ("the lab says mid-April, maybe 20 April.", "we"),
        ("Our tender file is due on 11 April.", "customer"),
    )
    risks = learned_risks([(s, "none") for s in sents], demo_catalog(), "en", TODAY)
    assert [r.category for r in risks] == ["compliance"]
    assert "20 April" in risks[0].text and "11 April" in risks[0].text
    assert {q.start for q in risks[0].quotes} == {sents[1].start, sents[2].start}


def test_a_step_due_date_and_a_later_use_are_no_clash() -> None:
    sents = _seq(
        ("Mr. Ruiz to send the test protocol by Friday.", "customer"),
        ("the lab report is expected in the week of 20 March", "customer"),
        ("设备最晚5月10日要进场", "customer"),
        ("中央厨房六月底才用", "customer"),
    )
    assert date_clashes(sents, TODAY) == []


def test_the_earliest_date_a_report_comes_clashes_with_the_date_it_is_needed_by() -> None:
    sents = _seq(
        ("The retailer needs the toys on shelf by 2 April.", "customer"),
        ("The EN 71 retest takes three weeks, so the earliest report is around 10 April.", "we"),
    )
    (clash,) = date_clashes(sents, TODAY)
    assert (clash.comes, clash.needed, clash.kind) == (sents[1], sents[0], "certification")


def test_at_your_earliest_convenience_says_no_date_something_comes() -> None:
    sents = _seq(
        ("The retailer needs the toys on shelf by 2 April.", "customer"),
        ("Please send the revised test report at your earliest convenience, our QA meeting is on 10 April.", "customer"),
    )
    assert date_clashes(sents, TODAY) == []


def test_a_certificate_in_a_month_part_after_the_dated_audit_is_a_clash_far_apart() -> None:
    filler = [("好的。", "we")] * 9
    sents = _seq(
        ("设备到厂后要有第三方校准证书，4月20号市监局现场审核要看。", "customer"),
        *filler,
        ("计量院排队，校准证书要到5月上旬才能出。", "we"),
    )
    (clash,) = date_clashes(sents, TODAY)
    assert clash.kind == "certification" and clash.needed is sents[0] and clash.comes is sents[-1]


def test_a_past_opening_is_no_date_things_are_needed_by() -> None:
    sents = _seq(("去年4月20号开业，店里一直用你们的柜子。", "customer"), ("新柜子要到5月上旬才能到。", "we"))
    assert date_clashes(sents, TODAY) == []


def test_a_date_far_from_a_document_and_naming_none_is_no_clash() -> None:
    filler = [("好的。", "we")] * 9
    sents = _seq(("设备必须在5月10号前到货。", "customer"), *filler, ("检测报告要到5月中旬才能出。", "we"))
    assert date_clashes(sents, TODAY) == []
