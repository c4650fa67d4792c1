"""A recap under a heading ("会议小结", "Actions agreed") restates steps; each earlier step takes one restatement."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.schema import NextStep, Quote
from assistant.summaries.steps_restated import merge_restated, recap_start

_TALK = "".join(f"甲方：第{i}项讨论内容，双方交换了意见。\n" for i in range(6))
_ZH = (
    f"{_TALK}乙方：检测的事我们问一下实验室能不能提前，周四前给您准信。\n甲方：好。\n\n"
    "五、会议小结（记录人整理）\n1. 检测：我方周四前答复能否提前。\n2. 小韦周四前把安装图发给甲方。\n"
)
_THU = dt.date(2030, 5, 9)


def _step(text: str, owner: str, due: dt.date | None, source: str) -> NextStep:
    start = source.index(text)
    quote = Quote(text=text, start=start, end=start + len(text))
    return NextStep(text=text, action=text, owner=owner, due=due, quotes=[quote])  # type: ignore[arg-type]


def test_a_recap_heading_opens_the_recap() -> None:
    assert recap_start(_ZH) == _ZH.index("五、会议小结")
    en = "".join(f"A: point {i} was discussed at length today.\n" for i in range(8)) + "\n6. Actions agreed\n- Ann sends it.\n"
    assert recap_start(en) == en.index("6. Actions agreed")


def test_each_earlier_step_takes_one_restatement_from_the_recap() -> None:
    """"我方周四前答复能否提前" restates the earlier promise; "小韦周四前把安装图发给甲方" is another step."""
    first = _step("检测的事我们问一下实验室能不能提前，周四前给您准信。", "we", _THU, _ZH)
    again = _step("1. 检测：我方周四前答复能否提前。", "we", _THU, _ZH)
    other = _step("2. 小韦周四前把安装图发给甲方。", "we", _THU, _ZH)
    steps = merge_restated([first, again, other], source=_ZH)
    assert [[q.text for q in s.quotes] for s in steps] == [[first.text, again.text], [other.text]]
