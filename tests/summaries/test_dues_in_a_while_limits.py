""""一会"/"稍后" mean later today only as a time word: not inside 会议, 第一会议室, 十一 or a postponement."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_due_pick import step_due
from assistant.text.dates import find_dates

REF = dt.date(2027, 3, 3)  # a Wednesday


def _due(text: str) -> dt.date | None:
    due = step_due([d for d in find_dates(text, REF) if d.date >= REF], text, REF)
    return due.date if due else None


def test_a_meeting_room_or_a_meeting_is_no_time_of_today() -> None:
    assert _due("咱们第一会议室周五碰一下") == dt.date(2027, 3, 5)
    assert _due("麻烦把合同原件拿到第一会议室") is None
    assert _due("交期我们等会议开完再跟您确认") is None
    assert _due("运费待会议纪要出来后再核") is None


def test_a_postponement_or_a_holiday_number_is_no_time_of_today() -> None:
    assert _due("付款方式稍后再议吧") is None
    assert _due("折扣的事稍后再说") is None
    assert _due("五一会停工三天") == dt.date(2027, 5, 1)  # the May Day holiday, never "一会" (later today)


def test_in_a_while_still_means_today() -> None:
    assert _due("规格书我一会儿传给您") == REF
    assert _due("我待会把报价单发过去") == REF
    assert _due("稍后我把链接发您") == REF


def test_dengxia_is_in_a_while_but_not_next_week() -> None:
    assert _due("她微信我等下推给你") == REF
    assert _due("报价单等一下发你") == REF
    assert _due("等下周一开完会再定") == dt.date(2027, 3, 8)
    assert _due("等下次见面再说") is None
    for later in ("等下一批货到了再发给您", "等下旬再安排发货", "等下季度预算批了再下单", "等下游客户确认了再回复您"):
        assert _due(later) is None, later
    assert _due("等下发文后再安排") is None  # 下发: to issue
