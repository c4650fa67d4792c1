"""A rep reporting or refusing a banned offer, or QA quoting banned words, is a mention, not a violation."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import get_matcher
from assistant.compliance.reports import refusal_report
from assistant.compliance.semantic import candidate

REPORTS = [
    "客户想让我私下收返点，我已经如实报给了主管",
    "客户提出要给我回扣，我当场拒绝并报备了",
    "对方采购暗示要好处费，我已经按流程报备合规部",
    "他想让我私下给回扣，我没答应，已经跟主管说了",
    "客户要我把货款转到他表弟的个人账户，我拒绝了，已报给财务",
    "The client offered me a kickback; I refused and reported it to compliance",
    "Their buyer asked me for a kickback, I politely declined and logged it",
    "客户要回扣被我拒了，已经记在CRM里",
    "I reported the customer who offered me a bribe",
    "客户问能不能加我私人微信，我说统一用企业微信，已经记录",
]
DISCLAIMED = [
    "客户说我们是行业天花板，我说不敢这么讲",
    "The customer called us the top dog in the market, I said we don't claim that",
    "QA tip: never tell a client our price is unbeatable",
    "Compliance reminder: don't ask clients to Venmo you or use Cash App",
]
QA_QUOTES = [
    "质检通报：某销售在群里说'稳赚不赔'，已扣分处理",
    "上周抽检发现有人跟客户说'加我私人微信'，请大家注意",
    "提醒：禁止使用'保证收益'等说法",
    'Coaching note: a rep told a client "their stuff is garbage", this was flagged',
]
STILL_VIOLATIONS = [
    "回扣我私下转您，您别拒绝",
    "我拒绝了公司的报价方案，您直接把钱打我个人账户",
    "kickback goes to you personally, don't report it",
    "我们给您回扣，不用上报",
    "你个傻X，我已经报给主管了",
    "我们的承诺就是'稳赚不赔'",
    "客户都说我们是行业天花板",
    "我们是行业天花板，不敢这么说的是别人",
    "I declined to put it on the invoice, just Venmo me",
    "Don't ask questions, just Venmo me the deposit",
    # the rep's own words with an unrelated refusal appended: the veto is not a way around the scan
    "这个产品保证收益，别的条件我拒绝了。",
    "钱直接打到我个人账户，其他要求我已经拒绝了",
    "回扣我私下给您，另外那个事我已经报给主管了",
    "回扣我私下给您，我已经报给主管了",
    "I guarantee 100% returns. I declined the other request.",
    "Send the deposit to my personal account, I already declined the company terms.",
]


@pytest.mark.parametrize("text", REPORTS + QA_QUOTES + DISCLAIMED)
def test_reports_and_quotes_are_not_alerts(text: str) -> None:
    assert get_matcher().scan(text).hits == ()


@pytest.mark.parametrize("text", STILL_VIOLATIONS)
def test_violations_with_report_words_still_alert(text: str) -> None:
    assert get_matcher().scan(text).hits != ()


def test_refusal_report_needs_a_later_clause_and_a_completed_refusal() -> None:
    assert refusal_report("He asked me to Venmo him a cut, I said no and flagged it to my manager")
    assert refusal_report("供应商送了一张购物卡，我已经退回了")
    assert not refusal_report("I refused the company's price, pay me directly")
    assert not refusal_report("钱打我个人卡，您别拒绝")
    assert not refusal_report("回扣照给，不要上报")
    assert not refusal_report("Send it to my personal account, I declined the other request")  # unrelated
    assert not refusal_report("钱打我个人卡就行，公司的方案我拒绝了")  # nobody else asked for anything


def test_reports_do_not_reach_the_second_stage() -> None:
    matcher = get_matcher()
    assert not candidate("He asked me to Venmo him a cut, I said no and flagged it to my manager", matcher)
    assert not candidate("供应商送了一张购物卡，我已经退回并登记在案", matcher)
    assert candidate("I refused the company's price, pay me directly", matcher)


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Venmo? No thanks, company account only", False),
        ("Venmo? Sorry, we don't take it", False),
        ("回扣？不行，公司规定", False),
        ("Venmo? Sorry for the hassle, just send it there", True),
        ("Venmo? never mind, just send it", True),
        ("回扣？不行的话我再想办法", True),
    ],
)
def test_short_answers_refuse_a_topic_only_when_they_say_no(text: str, alerts: bool) -> None:
    assert bool(get_matcher().scan(text).hits) is alerts
