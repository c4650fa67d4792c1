"""Last time's next steps checked against the new conversation by what they act on, not their wording."""

from __future__ import annotations

import datetime as dt

from assistant.summaries import summarize_text

FIRST = (
    "客户：竹纤维浴巾我们要3000条。\n销售：我下周三前把新的报价单发给您。\n"
    "客户：样品麻烦11月20日前寄到我们仓库。\n客户：合同我们12月10日前给你答复。\n"
    "销售：形式发票我明天发您。"
)
SECOND = (
    "客户：王经理，你们的报价单我们收到了，价格基本可以。\n"
    "客户：不过样品到现在还没收到，怎么回事？\n"
    "销售：抱歉，我马上查一下物流。"
)


def test_last_steps_done_overdue_and_open_by_their_object() -> None:
    first = summarize_text(FIRST, today=dt.date(2026, 11, 12), engine="offline")
    assert len(first.next_steps) == 4
    second = summarize_text(SECOND, today=dt.date(2026, 11, 26), previous=first, engine="offline")
    assert second.changes is not None
    status = {s.action: s.status for s in second.changes.steps}
    assert status["我下周三前把新的报价单发给您。"] == "done"  # "报价单我们收到了", other words
    assert status["样品麻烦11月20日前寄到我们仓库。"] == "overdue"  # "还没收到" is no proof of done
    assert status["合同我们12月10日前给你答复。"] == "open"  # due after this conversation
    assert status["形式发票我明天发您。"] == "overdue"  # due 11-13, nothing says it was sent
    done = next(s for s in second.changes.steps if s.status == "done")
    assert done.evidence and "收到" in done.evidence


def test_an_english_thanks_closes_the_step_it_names() -> None:
    first = summarize_text(
        "Customer: Two boxes arrived cracked.\nSales: I'll issue the credit note by Friday.",
        today=dt.date(2026, 11, 18),
        engine="offline",
    )
    second = summarize_text(
        "Customer: Thanks for the credit note, all sorted.\nCustomer: Can you quote 500 more units?",
        today=dt.date(2026, 11, 25),
        previous=first,
        engine="offline",
    )
    assert second.changes is not None
    (check,) = second.changes.steps
    assert check.status == "done" and "credit note" in (check.evidence or "")


def _checks(first: str, second: str) -> dict[str, str]:
    a = summarize_text(first, today=dt.date(2027, 2, 24), engine="offline")
    b = summarize_text(second, today=dt.date(2027, 3, 5), previous=a, engine="offline")
    assert b.changes is not None and b.changes.steps
    return {s.action: s.status for s in b.changes.steps}


def test_a_new_promise_about_the_same_object_is_not_last_times_step_done() -> None:
    late = _checks(
        "Customer: We need the UL test report for the heater.\nSales: I'll send you the UL report by March 3.",
        "Customer: Where is the UL report?\nSales: Sorry, the lab needs one more week. I'll send you the report "
        "with the price list.",
    )
    assert list(late.values()) == ["overdue"]
    coming = _checks(
        "Sales: I'll send you the revised price list by March 10.",
        "Customer: Thanks for the call.\nSales: The revised price list follows on Monday.",
    )
    assert list(coming.values()) == ["open"]
