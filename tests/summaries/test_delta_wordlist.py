"""Change since last time with the word-list offline engine (lexicon), across all four sections."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import summarize_text


@pytest.fixture(scope="module", autouse=True)
def _lexicon_model():  # pins the word-list engine's own rules/in-sample bars (SUMMARY_OFFLINE_MODEL=lexicon)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="lexicon"):
        yield


FIRST = (
    "客户：保温杯我们要1000个，需要刻字。\n客户：你们的价格太贵了，另一家工厂报了18块。\n"
    "销售：我明天把新报价发给您。\n客户：我下周一前确认颜色。\n销售：样品我们11月20日前寄出。"
)
SECOND = "客户：保温杯改成800个吧。\n客户：新报价已经收到了，价格可以。\n销售：样品已经寄出了。\n客户：对了，我们的采购经理下个月离职。"


def test_changes_across_needs_risks_and_last_steps() -> None:
    first = summarize_text(FIRST, today=dt.date(2026, 11, 10), engine="offline")
    second = summarize_text(
        SECOND,
        today=dt.date(2026, 11, 24),
        previous=first,
        engine="offline",
        activities=[(dt.date(2026, 11, 12), "新报价已发给客户")],
    )
    qty = next(n for n in second.needs if n.topic == "quantity")
    assert qty.status == "changed" and "800" in qty.text and qty.previous and "1000" in qty.previous
    changes = second.changes
    assert changes is not None
    assert changes.needs_dropped == []  # engraving is not raised again, which is not dropping it
    assert any("离职" in r for r in changes.risks_new)
    assert any("18" in r for r in changes.risks_resolved)
    status = {s.action: s.status for s in changes.steps}
    assert status["我明天把新报价发给您。"] == "done"
    assert status["样品我们11月20日前寄出。"] == "done"  # "样品已经寄出了" in this conversation
    assert status["我下周一前确认颜色。"] == "overdue"  # due 11-16, nothing says it happened


def test_rerun_after_saving_is_not_compared_with_itself() -> None:
    first = summarize_text(FIRST, today=dt.date(2026, 11, 10), engine="offline")
    again = summarize_text(FIRST, today=dt.date(2026, 11, 10), previous=first, engine="offline")
    assert again.changes is None and all(n.status == "new" for n in again.needs)
