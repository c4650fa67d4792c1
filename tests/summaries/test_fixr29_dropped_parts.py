"""Review fixes: what the customer no longer needs drops only that part of the clause (new sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import Catalog, summarize_text
from assistant.summaries.need_markers import drops_item, without_dropped


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("彩卡不用了，到货必须在1月5号之前", "到货必须在1月5号之前"),
        ("不用报关税了，单价按9.5走", "单价按9.5走"),
        ("提手不要了，袋子要80个", "袋子要80个"),
    ],
)
def test_a_drop_beside_a_need_keeps_the_need(text: str, kept: str) -> None:
    assert not drops_item(text)
    assert without_dropped(text) == kept


def test_a_drop_alone_is_still_dropped() -> None:
    assert drops_item("彩卡先不要了") and without_dropped("彩卡先不要了") == "彩卡先不要了"


def test_the_deadline_beside_a_drop_is_summarised_as_a_need() -> None:
    from assistant.config import override_settings

    text = "李总：样品就不用了，交期一定要在1月5号之前\n我：好的，我来安排"
    with override_settings(summary_offline_model="learned"):
        summary = summarize_text(text, today=dt.date(2026, 11, 30), catalog=Catalog([]), engine="offline", language="zh")
    needs = [n.text for n in summary.needs]
    assert any("1月5" in n or "01-05" in n or "1/5" in n for n in needs), needs
    assert not any("样品" in n for n in needs), needs
