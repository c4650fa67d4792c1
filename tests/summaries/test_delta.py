"""Change since last time: needs changed/dropped, risks new/resolved, last steps done/overdue/open."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import summarize_text
from evals.eval_summaries import load_catalog


@pytest.fixture(scope="module", autouse=True)
def _learned_model():  # these tests are about the learned offline summariser (SUMMARY_OFFLINE_MODEL=learned)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="learned"):
        yield


CATALOG = load_catalog()
FIRST = "客户：纯棉毛巾我们要5000条。\n客户：你们的价格太贵了。\n销售：我明天把新报价发给您。\n客户：麻烦3月8日前寄样品。"
SECOND = "客户：纯棉毛巾的数量改成8000条。\n客户：上周的样品已经收到了，质量不错。"


def _sum(text: str, day: dt.date, previous=None, activities=None):
    return summarize_text(
        text, today=day, catalog=CATALOG, previous=previous, activities=activities, engine="offline"
    )


def test_changed_need_resolved_risk_and_step_statuses() -> None:
    first = _sum(FIRST, dt.date(2024, 3, 6))
    second = _sum(
        SECOND, dt.date(2024, 3, 12), previous=first, activities=[(dt.date(2024, 3, 7), "新报价已发给客户")]
    )
    qty = next(n for n in second.needs if n.topic == "quantity")
    assert qty.status == "changed" and qty.previous and "5000" in qty.previous
    assert second.changes is not None and any(
        "价格" in r or "Price" in r for r in second.changes.risks_resolved
    )
    statuses = {s.status for s in second.changes.steps}
    assert statuses and statuses <= {"done", "overdue", "open"}
    assert all(
        s.status != "open" or (s.due is None or s.due >= second.conversation_date)
        for s in second.changes.steps
    )


def test_a_summary_is_never_compared_with_itself() -> None:
    first = _sum(FIRST, dt.date(2024, 3, 6))
    again = _sum(FIRST, dt.date(2024, 3, 6), previous=first)
    assert again.changes is None and all(n.status == "new" for n in again.needs)


def test_duplicates_merge_into_one_step_with_all_quotes() -> None:
    text = "\n".join(["销售：我明天把新的报价单发给您。", "客户：好的。"] * 6)
    summary = _sum(text, dt.date(2024, 3, 6))
    steps = [s for s in summary.next_steps if "报价" in s.action]
    assert len(steps) == 1 and len(steps[0].quotes) == 6
