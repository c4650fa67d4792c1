"""Our earliest date against the customer's latest one (:mod:`assistant.summaries.timeline_gaps`)."""

from __future__ import annotations

import pytest

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.timeline_gaps import deadline, earliest_date, timeline_gap
from assistant.text.conversation import Sentence
from evals.eval_summaries_blind import demo_catalog


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "水泵最快也要下个月十号才能发",
        "那批布料得十二月下旬才能到",
        "the earliest we can ship is 14 March",
        "the kilns won't be ready before the end of May",
        "that gets them to your warehouse on 9 June at the earliest",
    ],
)
def test_an_earliest_date(text: str) -> None:
    assert earliest_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "水泵下个月十号能发",
        "我们最快明天就能回复您",
        "we can ship on 14 March",
        "the price is valid until May",
    ],
)
def test_no_earliest_date(text: str) -> None:
    assert not earliest_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "最晚三月五号要到工地",
        "货最迟月底前必须到",
        "we need them on site by 2 April at the latest",
        "2 April is our deadline",
    ],
)
def test_a_deadline(text: str) -> None:
    assert deadline(text)


def test_two_dates_make_one_gap() -> None:
    ours = _s("水泵最快也要下个月十号才能发", role="we", start=0)
    theirs = _s("最晚下个月五号要到工地", start=20)
    assert timeline_gap([ours, theirs]) == [ours, theirs]


def test_an_earliest_date_alone_is_no_gap() -> None:
    assert timeline_gap([_s("水泵最快也要下个月十号才能发", role="we")]) == []


def test_their_deadline_alone_is_no_gap() -> None:
    assert timeline_gap([_s("最晚下个月五号要到工地")]) == []


def test_the_gap_is_one_delivery_risk_naming_both_dates() -> None:
    ours = _s("水泵最快也要下个月十号才能发", role="we", start=0)
    theirs = _s("最晚下个月五号要到工地", start=20)
    [risk] = learned_risks([(ours, "none"), (theirs, "need")], demo_catalog(), "zh")
    assert risk.category == "delivery"
    assert [q.start for q in risk.quotes] == [0, 20]
    assert "十号" in risk.text and "五号" in risk.text
