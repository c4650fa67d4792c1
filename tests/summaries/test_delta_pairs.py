"""Change since last time on two fresh pairs of conversations (written before the rules were tuned):
a skipped item is dropped, a price that now works and an approval that came through are resolved,
and both of last time's steps (ours and the customer's) are done."""

from __future__ import annotations

import datetime as dt

from assistant.summaries import summarize_text

EN = (
    "Customer: We need 2,000 ceramic vases in matte white, plus gift boxes for each.\n"
    "Customer: Your price of USD 6.20 is higher than what we pay now.\n"
    "Sales: I will send the revised quote by Friday.\n"
    "Customer: I'll get our director's approval by next Wednesday.",
    "Customer: Thanks, we received the revised quote and USD 5.90 works for us.\n"
    "Customer: We'll skip the gift boxes, plain cartons are fine.\n"
    "Customer: Director signed off yesterday, so please go ahead.",
)
ZH = (
    "客户：我们需要3000把折叠伞，伞面印我们的logo。\n客户：你们的交期45天太长了，我们最多等30天。\n"
    "销售：我明天把打样图发给您确认。\n客户：合同我们下周五前走完内部审批。",
    "客户：打样图收到了，没问题。\n客户：交期你们说35天也可以接受。\n客户：合同审批已经走完了，今天盖章。\n"
    "客户：数量我们还是3000把。",
)


def _changes(pair: tuple[str, str]):
    first = summarize_text(pair[0], today=dt.date(2026, 11, 2), engine="offline")
    second = summarize_text(pair[1], today=dt.date(2026, 11, 16), previous=first, engine="offline")
    assert second.changes is not None
    return second.changes


def test_english_skip_price_settled_and_both_steps_done() -> None:
    changes = _changes(EN)
    assert len(changes.needs_dropped) == 1 and "gift boxes" in changes.needs_dropped[0]
    assert any("6.20" in r for r in changes.risks_resolved)
    assert [s.status for s in changes.steps] == ["done", "done"]
    assert any("signed off" in (s.evidence or "") for s in changes.steps)


def test_chinese_nothing_dropped_lead_time_and_approval_settled() -> None:
    changes = _changes(ZH)
    assert changes.needs_dropped == []  # "数量我们还是3000把": the need stands
    resolved = " ".join(changes.risks_resolved)
    assert "45天" in resolved and "审批" in resolved
    assert [s.status for s in changes.steps] == ["done", "done"]
