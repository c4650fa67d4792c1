"""Anti-fraud notices ("if anyone asks you for a kickback, report it") are not alerts; violations still are."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import get_matcher, scan_text
from assistant.compliance.notices import in_notice

NOTICES = [
    "如有员工向您索要回扣，请立即向公司举报",
    "如有员工向您索要回扣或好处费，请拨打监察热线举报",
    "如有人要求您把货款转到个人账户，请不要理会，并向公司投诉",
    "若有业务员让您加私人微信谈价格，请勿理会",
    "如遇员工私下索要红包，请投诉至廉政邮箱",
    "有人让您打款到个人卡上，请不要理会",
    "凡是要求私下返点的，一律举报",
    "如有人索要回扣，请直接拨打举报电话 400-820-8820",
    "Please ignore anyone who asks you to pay into a personal account",
    "If anyone asks you for a kickback, report it to our compliance team",
    "If a staff member asks you to add their private WeChat, please report it",
    "Please ignore anyone who asks you to send money to a private account and report them to us",
    "Anyone asking you for a kickback should be reported to compliance",
    "请注意：任何要求私下返点的人都不是公司授权的，请直接举报",
    "如有人向海关人员送红包，请举报",
]
STILL_VIOLATIONS = [
    "don't report this, just pay to my own account",
    "别举报，钱直接打我个人账户",
    "不要投诉了，回扣我私下给您",
    "举报也没用，这单走我私人账户",
    "不要理会公司的流程，货款转我个人卡",
    "Ignore the company account, pay into my personal account",
    "Forget reporting it, I'll give you a kickback",
    "Don't report it to compliance, I'll give you a 2% kickback",
    "有人要求我把回扣打给您，别举报",
    "如果有人要求回扣，我们就给，不要举报",
    "如有客户要回扣，我私下给，不会有人举报的",
    "If anyone asks you for the kickback, just tell them it's a discount",
    "If anyone asks you to pay into my personal account, do it, don't report it",
    "如有需要，回扣我私下转您，有问题联系我们",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_about_a_request_is_not_an_alert(text: str) -> None:
    assert scan_text(text).hits == ()
    assert get_matcher().refuses(text)  # the second stage does not second-guess it either


@pytest.mark.parametrize("text", STILL_VIOLATIONS)
def test_a_violation_that_mentions_reporting_still_alerts(text: str) -> None:
    assert scan_text(text).hits


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("如有人说我们是全国最好的，请举报", "absolute_claims"),
        ("If anyone asks you why, tell them you're an idiot, and report it", "abuse"),
    ],
)
def test_absolute_claims_and_insults_are_never_vetoed_by_a_notice(text: str, category: str) -> None:
    assert category in {h.category for h in scan_text(text).hits}


def test_the_request_frame_must_come_before_the_hit_in_its_sentence() -> None:
    text = "回扣我私下给您。如有人索要，请举报"
    assert not in_notice(text, 0, 2)
    assert in_notice("如有人索要回扣，请举报", 5, 7)


@pytest.mark.parametrize(
    "text",
    [
        "如有需要，我私下给您回扣，有问题联系我们",
        "没有人会知道，我私下给您回扣，有事联系我们",
        "If anyone offers you a better price, let us know, we'll give you a 5% kickback",
        "任何事情都可以私下给您返点，有问题联系监察",  # 任何 asks nothing here; only a person offers
    ],
)
def test_no_requester_in_the_hits_clause_means_no_notice(text: str) -> None:
    assert scan_text(text).hits
