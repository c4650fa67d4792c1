"""Both offline engines: a next step belongs to whoever committed, and a churn threat is a risk.

Conversations written for these tests (WeCom export, email thread, 销售/客户 call, Sales/Customer
call): our rep's or manager's promise is ours, the customer's request addressed to us is ours
to do, the customer's own promise is theirs, and "otherwise we'll move the volume" is a churn
risk that is neither a next step nor a commitment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import override_settings
from assistant.summaries import summarize_text
from assistant.summaries.schema import SalesSummary
from assistant.summaries.speakers import Directory, Person

TODAY = dt.date(2026, 11, 25)
WECOM = """陈晨 2026-11-20 10:02
王总您好，上次寄的样品您看过了吗？
王总 2026-11-20 10:15
样品收到了，手感不错。下周三前把报价单发我
周经理 2026-11-20 10:18
王总好，我们这边争取月底之前把合作框架协议的初稿发给您。
王总 2026-11-20 10:20
好的。我这边明天跟财务确认一下预付比例。
王总 2026-11-20 10:21
付款方式我今天下午回复您。
"""
EMAIL = """From: Lynn Zhu <lynn@brightway-home.com>
Date: 25 Nov 2026 09:40

Dear Oliver,
Thanks for the call. I will check with our plant manager and send you the revised lead time by Friday.

From: Oliver Grant <o.grant@harbourretail.co.uk>
Date: 24 Nov 2026 16:05

Hi Lynn,
Please send the test report for the ceramic mugs before Thursday.
Otherwise we will need to move next year's volume to another vendor.
I'll prepare the forecast for Q1 and share it next week.
"""
CALL_ZH = """销售：张经理，上次说的色卡我们已经寄出了。
客户：收到了，颜色没问题。你们下周五之前把合同发过来吧。
销售：没问题，我们周四之前把合同发给您。
客户：我这边明天跟财务确认一下预付比例。
客户：要是交期再拖，我们只能换供应商了。
"""
CALL_EN = """Sales: Hi Mark, our manager approved the 3% discount.
Customer: Great. Please send the updated proposal by Wednesday.
Sales: Sure, I will send it by Tuesday.
Customer: I'll prepare the forecast for Q1 and share it next week.
Customer: If the delivery slips again, we will have to look at other suppliers.
"""
DIRECTORY = Directory(
    ours=(Person("陈晨"), Person("周经理", is_manager=True), Person("Lynn Zhu")),
    theirs=(Person("王建国"), Person("Oliver Grant")),
)


@pytest.fixture(scope="module", params=["lexicon", "learned"])
def engine(request: pytest.FixtureRequest):  # the offline model under test
    with override_settings(summary_offline_model=request.param):
        yield request.param


def _summary(text: str) -> SalesSummary:
    return summarize_text(text, today=TODAY, engine="offline", directory=DIRECTORY)


def _owner(summary: SalesSummary, words: str) -> str:
    owners = {s.owner for s in summary.next_steps if any(words in q.text for q in s.quotes)}
    assert len(owners) == 1, (words, [(s.owner, s.action) for s in summary.next_steps])
    return owners.pop()


def _threat_is_a_churn_risk(summary: SalesSummary, words: str) -> None:
    churn = [r for r in summary.risks if r.category == "churn"]
    assert churn and any(words in q.text for q in churn[0].quotes), summary.risks
    assert not any(words in q.text for r in summary.risks if r.category == "competitor" for q in r.quotes)
    assert not any(words in q.text for s in summary.next_steps for q in s.quotes)
    assert not any(words in q.text for p in summary.progress if p.kind == "commitment" for q in p.quotes)


def test_wecom_export(engine: str) -> None:
    summary = _summary(WECOM)
    assert _owner(summary, "下周三前把报价单发我") == "we"  # the customer asks us
    assert _owner(summary, "合作框架协议的初稿发给您") == "we"  # our manager promises
    assert _owner(summary, "我这边明天跟财务确认") == "customer"  # the customer promises
    assert _owner(summary, "付款方式我今天下午回复您") == "customer"
    due = next(s.due for s in summary.next_steps if "今天下午回复您" in s.quotes[0].text)
    assert due == dt.date(2026, 11, 20)  # "今天" is the message's own day


def test_email_thread(engine: str) -> None:
    summary = _summary(EMAIL)
    assert _owner(summary, "send you the revised lead time") == "we"
    assert _owner(summary, "Please send the test report") == "we"
    assert _owner(summary, "I'll prepare the forecast") == "customer"
    _threat_is_a_churn_risk(summary, "Otherwise we will need to move")


def test_call_with_sales_and_customer_labels_zh(engine: str) -> None:
    summary = _summary(CALL_ZH)
    assert _owner(summary, "你们下周五之前把合同发过来") == "we"
    assert _owner(summary, "我们周四之前把合同发给您") == "we"
    assert _owner(summary, "我这边明天跟财务确认") == "customer"
    _threat_is_a_churn_risk(summary, "只能换供应商")


def test_call_with_sales_and_customer_labels_en(engine: str) -> None:
    summary = _summary(CALL_EN)
    assert _owner(summary, "Please send the updated proposal") == "we"
    assert _owner(summary, "I will send it by Tuesday") == "we"
    assert _owner(summary, "I'll prepare the forecast") == "customer"
    _threat_is_a_churn_risk(summary, "look at other suppliers")


MINUTES = """会议纪要：2026年11月24日 包材年度洽谈
我方：周倩（销售）、马建国（销售经理）
客户方：采购部孔德明经理、品控部吴工

周倩周五前把打样稿发给吴工确认。
吴工负责下周一前提供检验标准。
"""


def test_third_person_minutes_owner_is_the_named_person_s_side() -> None:
    with override_settings(summary_offline_model="learned"):  # the default engine
        summary = _summary(MINUTES)
    assert _owner(summary, "周倩周五前把打样稿") == "we"
    assert _owner(summary, "吴工负责下周一前提供检验标准") == "customer"
