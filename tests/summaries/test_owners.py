"""Next-step owners: the committer owns it; a request addressed to the other party is theirs."""

from __future__ import annotations

import pytest

from assistant.summaries.owners import step_owner
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
    ],
)
def test_owner_follows_who_commits(text: str, role: str, owner: str) -> None:
    assert step_owner(_s(text, role)) == owner
