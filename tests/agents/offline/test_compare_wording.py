"""The order-totals compare line: equal totals read "与去年持平" / "the same as last year"; a whole period says so."""

from __future__ import annotations

from typing import Any

from assistant.agents.offline.render_orders import compare

_THIS = {"label": "this_year", "start": "2026-01-01", "end": "2026-12-31"}
_LAST = {"label": "last_year", "start": "2025-01-01", "end": "2025-12-31"}


def _data(change: float, pct: float | None, **extra: Any) -> dict[str, Any]:
    return {"compare": {"order_count": 3, "total_usd": 2000.0, "change_usd": change, "change_pct": pct,
                        "period": _LAST, **extra}, "period": _THIS, "currency": "USD"}  # fmt: skip


def test_equal_totals_are_the_same_in_natural_words() -> None:
    zh_, en = compare(_data(0.0, 0.0, to_date="2025-11-30"), "zh"), compare(_data(0.0, 0.0, to_date="2025-11-30"), "en")
    assert "与去年" in zh_ and zh_.endswith("持平。") and "比去年" not in zh_ and "%" not in zh_
    assert "is the same as last year" in en and "%" not in en and "$0" not in en


def test_a_change_that_rounds_to_zero_percent_is_about_the_same_with_the_amount() -> None:
    zh_, en = compare(_data(4.0, 0.002), "zh"), compare(_data(4.0, 0.002), "en")
    assert "与去年" in zh_ and "基本持平" in zh_ and "多 $4" in zh_ and "+0%" not in zh_
    assert "about the same as last year" in en and "$4 above" in en and "+0%" not in en


def test_a_real_change_keeps_its_direction_and_percent() -> None:
    zh_, en = compare(_data(-499.5, -0.2498), "zh"), compare(_data(-499.5, -0.2498), "en")
    assert "比去年" in zh_ and "少 $500" in zh_ and "（-25%）" in zh_
    assert "$500 below" in en and "(-25%)" in en


def test_a_whole_period_against_a_running_one_is_said() -> None:
    d = _data(100.0, 0.05, whole_period=True)
    assert "整期" in compare(d, "zh") and "the whole period" in compare(d, "en")
