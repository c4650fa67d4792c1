"""A step kept later in the same conversation (the file sent, the receipt confirmed) is no open step."""

from __future__ import annotations

import datetime as dt

from assistant.summaries import summarize_text

CHAT = (
    "销售：您好，冷柜的参数表我下午发您邮箱。\n"
    "销售：合同草稿我周五前发您。\n"
    "客户：好的。\n"
    "销售：参数表已经发您邮箱了，请查收。\n"
    "客户：参数表收到了，没问题。\n"
)


def _steps(text: str) -> list[str]:
    s = summarize_text(text, today=dt.date(2027, 3, 2), engine="offline")
    return [q.text for st in s.next_steps for q in st.quotes]


def test_a_step_reported_done_later_is_dropped() -> None:
    steps = _steps(CHAT)
    assert not any("参数表我下午发您" in q for q in steps), steps
    assert any("合同草稿" in q for q in steps), steps


def test_an_unrelated_later_receipt_keeps_the_step() -> None:
    text = "Sales: I'll send you the revised drawings by Friday.\nCustomer: Thanks, the samples arrived yesterday.\n"
    assert any("revised drawings" in q for q in _steps(text))


def test_a_later_plan_about_the_same_object_keeps_the_step() -> None:
    text = "销售：报价单我今天下班前发您。\n客户：好，报价单我下周一前给老板看一下，他签了才能下单。\n"
    assert any("报价单我今天下班前发您" in q for q in _steps(text))


def test_a_later_when_then_sentence_is_no_report_that_it_was_done() -> None:
    """ "样品到了我们再谈价格" waits for the samples: the step to send them stays open."""
    text = "客户 李总：交期能不能再快一点？\n我：我们下周三前把样品寄过去，您先看看。\n客户 李总：行，样品到了我们再定数量。\n"
    assert any("样品寄过去" in q for q in _steps(text))
    text = "Customer: Can you send the samples first?\nSales: I'll ship the samples by Friday.\nCustomer: Once the samples arrive we'll decide.\n"
    assert any("ship the samples" in q for q in _steps(text))
