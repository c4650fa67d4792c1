"""The learned item filter is the summariser's last step: it judges exactly the items the user is shown.

Its training table (``make item-filter``) records the items at the filter point and labels them by the
final summary, so any later step that merged, dropped or folded needs broke the rebuild.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries import item_filter as F
from assistant.summaries.item_features import items_of
from assistant.summaries.service import summarize_text

_TEXT = (
    "客户：我们这次要保温杯2000个，要印logo。\n"
    "销售：好的，2000个保温杯，logo单色印。\n"
    "客户：对，一共2000个保温杯。\n"
    "客户：价格\n"
    "客户：颜色要黑色和白色各一半。\n"
    "销售：没问题，我明天把报价单发您。\n"
)


def test_the_items_the_filter_judges_are_the_items_shown() -> None:
    seen: list[list[tuple[str, int]]] = []
    with F.recording(lambda s, p, c, f: seen.append([(sec, i) for sec, i, _ in items_of(s)])):
        summary = summarize_text(_TEXT, today=dt.date(2026, 12, 1), engine="offline")
    assert seen, "the learned engine reaches the filter"
    assert seen[0] == [(sec, i) for sec, i, _ in items_of(summary)]
