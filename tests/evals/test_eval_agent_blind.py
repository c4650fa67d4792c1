"""The blind agent scorer counts a forbidden fact only as a whole name or figure."""

from __future__ import annotations

from evals.eval_agent_blind import _has, _leaked


def test_a_longer_name_is_not_a_leak_of_a_shorter_one() -> None:
    answer = "您的客户 Summit Trading Ltda 本月下单 12,340 美元。"
    assert not _leaked(answer, "Summit Trading Ltd")
    assert _leaked("Summit Trading Ltd owes 5,000", "Summit Trading Ltd")
    assert _leaked(answer, "Other Co|12,340")  # any alternative
    assert not _leaked("金额 112,340", "12,340")  # a figure inside a larger figure is not that figure
    assert _leaked("客户：恒嘉贸易有限公司", "恒嘉贸易")  # Chinese names have no word boundaries
    assert _has(answer, "summit trading")  # expected facts stay substring matches
