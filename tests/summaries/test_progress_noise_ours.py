"""Our own one-clause agreement or stage remark is no progress, unless it reports a cause, a sending or a replacement."""

from __future__ import annotations

from assistant.summaries.progress_noise import our_remark


def test_our_own_one_line_agreement_or_stage_remark_is_noise() -> None:
    assert our_remark("agreement", "we", "Teal grips and the engraving are no problem.")
    assert our_remark("stage_signal", "we", "我们新车间上个月投产了")
    assert our_remark("stage_signal", "we", "The 300 bowls go into the kiln on Monday")
    assert not our_remark("stage_signal", "we", "报关单刚发您邮箱了。")
    assert not our_remark("stage_signal", "we", "Attached is the lab analysis: the cause was a wrong glaze batch.")
    assert not our_remark("stage_signal", "customer", "我们老板已经批了")
    assert not our_remark("concession", "we", "我最多做到三千二")
