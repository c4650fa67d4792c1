"""Chinese dates tied by money, by generic words or by two different goods are no clash (:mod:`assistant.summaries.date_clash`).

Written anew: money that comes late beside goods needed early is a cash matter, not a late delivery;
a shared generic word (工地, 时候, 公司) ties nothing; two different goods arriving are two things.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.date_clash import date_clashes
from tests.summaries.sentences import customer_said as _seq

TODAY = dt.date(2031, 3, 4)
NEEDED = "阀门最晚4月8号要送到工地。"


@pytest.mark.parametrize(
    "comes",
    [
        "报销审批预计4月18号才能下来。",
        "尾款审核估计4月18号才能付。",
        "工地那笔钱预计4月18号才下来。",
        "那个时候资金预计4月18号才到位。",
        "理事会4月18号才开，主要讨论年度预算。",
        "管材预计4月18号才到。",
    ],
)
def test_money_generic_words_and_other_goods_do_not_tie(comes: str) -> None:
    assert date_clashes(_seq(comes, NEEDED), TODAY) == []


def test_the_same_goods_late_still_clash() -> None:
    assert len(date_clashes(_seq("阀门预计4月18号才到。", NEEDED), TODAY)) == 1
