"""Plain-statement risk cues (:mod:`assistant.summaries.risk_cues`) that must not fire, and ones that must."""

from __future__ import annotations

import pytest

from assistant.summaries.risk_cues import pending_document, stated_risk
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker=role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "检测报告出来了，全部合格",
        "证书下来了，我发您邮箱",
        "The test report came back, all passed and it is attached",
    ],
)
def test_a_report_that_came_out_is_not_pending(text: str) -> None:
    assert not pending_document(_s(text))


@pytest.mark.parametrize(
    "text",
    [
        "检测报告还没出来",
        "报告下个月才出来",
        "Certificates are still pending at the lab",
        "The certificate is being renewed",
        "The BSCI report is not ready yet",
    ],
)
def test_a_report_still_missing_is_pending(text: str) -> None:
    assert pending_document(_s(text))


@pytest.mark.parametrize(
    "text",
    [
        "I'm leaving Monday for the fair in Cologne",
        "I'm leaving Tomorrow",
        "I am leaving January 5 for holidays",
    ],
)
def test_leaving_on_a_day_is_no_handover(text: str) -> None:
    assert stated_risk(_s(text)) is None


def test_leaving_a_company_is_a_handover() -> None:
    assert stated_risk(_s("I'm leaving Harbor Goods at the end of the month")) == "contact_change"
