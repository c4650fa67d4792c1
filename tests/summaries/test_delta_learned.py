"""Change since last time and step wording with the learned offline engine (the default)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import summarize_text
from assistant.summaries.statements import as_said


@pytest.fixture(scope="module", autouse=True)
def _learned_model():  # these tests are about the learned offline summariser (SUMMARY_OFFLINE_MODEL=learned)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="learned"):
        yield


def test_a_changed_quantity_is_a_changed_need() -> None:
    day = dt.date(2026, 11, 2)
    first = summarize_text(
        "客户：这批毛巾我们要3000条。\n销售：我后天把报价单发您。", today=day, engine="offline"
    )
    second = summarize_text("客户：这批订单改成6000条。", today=day, previous=first, engine="offline")
    assert second.changes is not None
    assert any("6000" in n.text and n.status == "changed" for n in second.needs)
    assert not second.changes.needs_dropped


def test_an_english_quantity_change_is_a_changed_need() -> None:
    day = dt.date(2026, 11, 2)
    first = summarize_text("Customer: We need 1,200 mugs for the spring range.", today=day, engine="offline")
    second = summarize_text(
        "Customer: Please change the order to 2,400 mugs.", today=day, previous=first, engine="offline"
    )
    assert any("2400" in n.text and n.status == "changed" for n in second.needs)


def test_a_step_keeps_its_closing_mark() -> None:
    summary = summarize_text(
        "客户：好的。\n销售：样品我周四前寄给您。", today=dt.date(2026, 11, 2), engine="offline"
    )
    assert [s.action for s in summary.next_steps] == ["样品我周四前寄给您。"]


def test_as_said_trims_greetings_but_keeps_the_mark() -> None:
    assert as_said("王总，合同我明天发您。") == "合同我明天发您。"
    assert as_said("Hi Tom, I'll send the quote tomorrow.") == "I'll send the quote tomorrow."
    assert as_said("报价明天发您") == "报价明天发您"
