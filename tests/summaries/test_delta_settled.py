"""Change since last time read from what was said: needs dropped only when the customer says so,
risks resolved when the new conversation settles them, steps done when a sentence reports them."""

from __future__ import annotations

import datetime as dt

from assistant.summaries import summarize_text

FIRST_ZH = (
    "客户：不锈钢保温杯我们要2000个，杯身需要激光刻字。\n客户：另外要单独的礼盒包装。\n"
    "客户：你们的价格比另一家工厂高了两块，太贵了。\n客户：没有FDA检测报告的话我们不好报关。\n"
    "客户：这个单子还要我们老板审批。\n销售：我周五前把修改后的报价发给您。\n"
    "销售：特价申请我下周一前提交审批。"
)
SECOND_ZH = (
    "客户：刻字不要了，直接用素面的。\n客户：新报价收到了，价格可以接受。\n"
    "客户：FDA检测报告也收到了，没问题。\n客户：老板已经批了。\n销售：特价审批已经提交了。"
)


def _pair(first: str, second: str, d1: dt.date, d2: dt.date):
    a = summarize_text(first, today=d1, engine="offline")
    return summarize_text(second, today=d2, previous=a, engine="offline")


def test_only_a_need_the_customer_cancels_is_dropped() -> None:
    second = _pair(FIRST_ZH, SECOND_ZH, dt.date(2026, 11, 2), dt.date(2026, 11, 16))
    assert second.changes is not None
    dropped = second.changes.needs_dropped
    assert len(dropped) == 1 and "刻字" in dropped[0]  # the gift box, never mentioned, is kept


def test_price_and_certificate_risks_settled_and_steps_done() -> None:
    second = _pair(FIRST_ZH, SECOND_ZH, dt.date(2026, 11, 2), dt.date(2026, 11, 16))
    changes = second.changes
    assert changes is not None
    resolved = " ".join(changes.risks_resolved)
    assert "贵" in resolved or "价格" in resolved
    assert "FDA" in resolved
    status = {s.action: s.status for s in changes.steps}
    assert status["我周五前把修改后的报价发给您。"] == "done"
    assert status["特价申请我下周一前提交审批。"] == "done"  # "特价审批已经提交了"


def test_english_replacement_drops_a_need_and_an_approval_settles_the_decision() -> None:
    first = (
        "Customer: We need 500 bamboo cutting boards with our logo burned in.\n"
        "Customer: We also want them shrink-wrapped in pairs.\n"
        "Customer: Our CFO still has to approve any new supplier.\n"
        "Sales: I will send the revised quote by Friday."
    )
    second = (
        "Customer: Let's switch to 600 olive wood boards instead of the bamboo ones.\n"
        "Customer: Good news, the CFO approved you as a supplier yesterday.\n"
        "Customer: Thanks for the revised quote, received it Monday."
    )
    summary = _pair(first, second, dt.date(2026, 11, 2), dt.date(2026, 11, 12))
    changes = summary.changes
    assert changes is not None
    assert not any("shrink" in d for d in changes.needs_dropped)  # not mentioned: not dropped
    assert any("CFO" in r for r in changes.risks_resolved)
    (step,) = changes.steps
    assert step.status == "done" and "revised quote" in (step.evidence or "")


def test_a_promise_to_send_is_not_a_step_done() -> None:
    first = "Customer: Please send the test report by Nov 10.\nSales: Sure, I will."
    second = "Sales: The test report will be sent next week, sorry for the delay."
    summary = _pair(first, second, dt.date(2026, 11, 2), dt.date(2026, 11, 12))
    assert summary.changes is not None
    assert [s.status for s in summary.changes.steps] == ["overdue"]


def test_payment_terms_taken_up_settle_a_credit_risk() -> None:
    from assistant.summaries.delta_rules import SETTLES

    rx = SETTLES["payment"]
    assert rx.search("好的，付款就按你说的来。")
    assert rx.search("付款这样可以。")
    assert rx.search("Our bank line is renewed, so we can do 30% deposit and 70% before shipment now.")
    assert not rx.search("付款方式我们还要再商量。")
