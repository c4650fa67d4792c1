"""Holidays as dates ("五一开业", "国庆节前") and periods counted from an approval (:mod:`assistant.text.dates`)."""

from __future__ import annotations

import datetime as dt

from assistant.text.dates import find_dates

REF = dt.date(2035, 3, 20)


def _dates(text: str) -> list[tuple[str, dt.date]]:
    return [(d.text, d.date) for d in find_dates(text, REF)]


def test_may_day_and_national_day_are_their_first_days() -> None:
    assert _dates("我们餐厅五一开业") == [("五一", dt.date(2035, 5, 1))]
    assert _dates("国庆节前一定要装好") == [("国庆", dt.date(2035, 10, 1))]
    assert _dates("国庆前后都行") == [("国庆", dt.date(2035, 10, 1))]  # at the start of the sentence
    assert _dates("元旦停产三天") == [("元旦", dt.date(2036, 1, 1))]


def test_numbers_and_names_are_no_holiday() -> None:
    assert _dates("良品率百分之九十五一直没变") == []
    assert _dates("五一二个样品") == []
    assert _dates("采购部张国庆前天来过") == []


def test_a_period_counted_from_an_approval_or_a_vote_is_no_date() -> None:
    assert _dates("理事会批准后两周内签合同") == []
    assert _dates("审批通过后三个工作日内付款") == []
    assert _dates("we sign within two weeks of approval") == []
    assert _dates("签完一周内付预付款") == []
    assert _dates("两周内发货") == [("两周内", dt.date(2035, 4, 3))]  # from today: still a date


def test_sept_is_september() -> None:
    assert _dates("the gala is Sept 14!!") == [("Sept 14", dt.date(2035, 9, 14))]
    assert _dates("by 3 Sept. please") == [("3 Sept", dt.date(2035, 9, 3))]
    assert _dates("septic tank 3") == []
