"""Review fixes: a clear acceptance naming a value is progress, not pending work (new sentences)."""

from __future__ import annotations

import pytest

from assistant.summaries.progress_noise import pending_or_refused


@pytest.mark.parametrize(
    "text",
    ["行，运费就按300算，大概月底前发出", "可以，箱数加到80，包材涨了点也能接受", "OK, we will check the slot and confirm the 4.8 rate"],
)
def test_an_acceptance_with_a_value_is_not_pending(text: str) -> None:
    assert not pending_or_refused(text)


@pytest.mark.parametrize("text", ["好，这个价格我们回去商量一下", "纸箱最近涨了", "OK, let me check with my boss first", "可以，运费我们再核算一下"])
def test_pending_work_stays_pending(text: str) -> None:
    assert pending_or_refused(text)
