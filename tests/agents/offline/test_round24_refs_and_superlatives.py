"""Round 24: alert ids written the Chinese way, and other agent fixes of round 24.

Pure tests; new sentences, none from the held-out sets.
"""

from __future__ import annotations

import pytest

from assistant.agents.offline.alert_refs import alert_request
from assistant.agents.offline.followups import Memory


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第143号告警帮我看一下", (143, False)),
        ("31号预警具体什么情况", (31, False)),
        ("把告警 301 的原话改成合规说法", (301, True)),
        ("违规 64 号的原文发我", (64, False)),
        ("alert no. 55 — what did they say?", (55, False)),
        ("pull up alert 412 please", (412, False)),
        ("alert number 19, rewrite it compliantly", (19, True)),
    ],
)
def test_an_alert_id_with_hao_or_the_word_alert_is_that_alert(text: str, expected: tuple[int, bool]) -> None:
    assert alert_request(text, Memory()) == expected


@pytest.mark.parametrize(
    "text",
    ["12号发货的那单看一下", "11月5号告警详情", "告警 3 条具体是什么", "alert 14 days details", "订单 88 号的原文"],
)
def test_days_counts_and_order_numbers_are_no_alert_ids(text: str) -> None:
    assert alert_request(text, Memory()) is None
