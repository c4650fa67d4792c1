"""Two dates clash only when they are about the same thing (:mod:`assistant.summaries.date_clash`).

Written anew, not taken from any evaluation set: the date one thing comes (an installation, an
opening, a price list) and the date another is needed by (drawings, samples, an order) do not
clash; a price "valid until" a date is no date that comes; 标签 is no signing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.date_clash import date_clashes
from assistant.text.conversation import Sentence
from tests.summaries.sentences import customer_said as _seq

TODAY = dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    "pair",
    [
        ("The site manager says installation starts on 20 March.", "We need the drawings before 18 March."),
        ("The showroom opening is expected on 30 April.", "We need the samples by 15 April."),
        ("This price is valid until 30 April.", "We must order before 15 April."),
        ("Prices will be published on 1 May.", "Order before 30 April to keep the old price."),
        ("The canteen refit is expected to finish on 22 May.", "The brochures are due by 20 May."),
        ("标签预计4月10日到。", "5月底前要发货。"),
    ],
)
def test_dates_of_unrelated_things_are_no_clash(pair: tuple[str, str]) -> None:
    assert date_clashes(_seq(*pair), TODAY) == []


@pytest.mark.parametrize(
    "pair",
    [
        ("The moulds are expected on 20 March.", "We need the moulds by 18 March."),
        ("The crane only arrives on 12 April.", "The crane is needed by 9 April for the roof."),
        ("The pallets will be ready on 2 May.", "The pallets must ship before 30 April."),
    ],
)
def test_the_same_thing_late_is_still_a_clash(pair: tuple[str, str]) -> None:
    assert [c.kind for c in date_clashes(_seq(*pair), TODAY)] == ["timeline"]


def test_a_clash_joins_a_delivery_risk_already_found() -> None:
    from assistant.summaries.complaint_risks import clash_risks
    from assistant.summaries.schema import Quote, Risk
    from evals.eval_summaries_blind import demo_catalog

    sents = _seq("Your last two loads were late again.", "The moulds are expected on 20 March.", "We need the moulds by 18 March.")
    late = Risk(text="Delivery: late again", category="delivery", severity="medium",
                quotes=[Quote(text=sents[0].text, start=sents[0].start, end=sents[0].end)])
    assert clash_risks([late], sents, TODAY, demo_catalog(), "en") == []
    assert [q.start for q in late.quotes] == [s.start for s in sents]


@pytest.mark.parametrize(
    "pair",
    [
        ("货款要等县里的扶持资金下来，余款6月底才能付。", "水泵最晚6月10号要到工地。"),
        ("发票预计5月20号才能开出来。", "护栏最迟5月15号前要装好。"),
    ],
)
def test_chinese_dates_of_unrelated_things_are_no_clash(pair: tuple[str, str]) -> None:
    assert date_clashes(_seq(*pair), TODAY) == []


@pytest.mark.parametrize(
    "pair",
    [
        ("水泵预计6月20号才能到。", "水泵最晚6月10号要到工地。"),
        ("规划局的批复预计6月20号才下来。", "6月25日前要全部装完。"),
    ],
)
def test_chinese_dates_of_the_same_thing_or_a_blocking_approval_still_clash(pair: tuple[str, str]) -> None:
    assert [c.kind for c in date_clashes(_seq(*pair), TODAY)] == ["timeline"]


def test_a_date_the_document_is_needed_before_said_after_it() -> None:
    sents = _seq("年检是5月12日，检测报告必须在这之前拿到。", "检测机构说报告最早5月20日才出。")
    assert [c.kind for c in date_clashes(sents, TODAY)] == ["certification"]


def test_the_clause_saying_the_date_is_missed_is_quoted_with_the_clash() -> None:
    from assistant.summaries.complaint_risks import clash_risks
    from evals.eval_summaries_blind import demo_catalog

    sents, pos = [], 0
    for text, role, gap in (("采购合同最晚5月12号得签。", "customer", 1), ("可是董事会5月底才开，", "we", 0), ("赶不上12号啊。", "we", 1)):
        sents.append(Sentence(text=text, start=pos, end=pos + len(text), speaker=role, role=role))  # type: ignore[arg-type]
        pos += len(text) + gap
    risks = clash_risks([], sents, TODAY, demo_catalog(), "zh")
    assert [r.category for r in risks] == ["delivery"]
    assert [q.start for q in risks[0].quotes] == [s.start for s in sents]
