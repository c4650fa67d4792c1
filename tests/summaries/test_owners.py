"""Next-step owners: the committer owns it; a request addressed to the other party is theirs."""

from __future__ import annotations

import pytest

from assistant.summaries.owners import is_threat, step_owner
from assistant.text.conversation import Sentence


def _s(text: str, role: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text, role=role)


@pytest.mark.parametrize(
    ("text", "role", "owner"),
    [
        ("下周三前把报价单发我", "customer", "we"),
        ("我们争取下周三之前把框架协议草稿发给您", "we", "we"),
        ("I will escalate this and send a written proposal by tomorrow 12:00 UK.", "we", "we"),
        ("Please send us the test reports by Friday.", "customer", "we"),
        ("麻烦您月底前确认颜色。", "we", "customer"),
        ("We'll send the PO on Monday.", "customer", "customer"),
        ("付款方式我今天下午回复您。", "customer", "customer"),
        ("I'll prepare the forecast for Q1 and share it next week.", "customer", "customer"),
        ("你们下周五之前把合同发过来吧。", "customer", "we"),
        ("Let me talk to our plant manager and come back to you tomorrow.", "we", "we"),
    ],
)
def test_owner_follows_who_commits(text: str, role: str, owner: str) -> None:
    assert step_owner(_s(text, role)) == owner


@pytest.mark.parametrize(
    ("text", "role", "threat"),
    [
        ("Otherwise we will need to move next year's volume to another vendor.", "customer", True),
        ("If the delivery slips again, we will have to look at other suppliers.", "customer", True),
        ("要是交期再拖，我们只能换供应商了。", "customer", True),
        ("不然我们就取消这单了。", "unknown", True),
        ("We are also talking to other suppliers.", "customer", False),  # a competitor, not a condition
        ("如果价格合适，我们就下单。", "customer", False),  # a condition, but no threat to leave
        ("Otherwise we will have to look at other suppliers.", "we", False),  # our side never threatens
    ],
)
def test_a_conditional_threat_to_leave_is_told_apart(text: str, role: str, threat: bool) -> None:
    assert is_threat(_s(text, role)) is threat
