"""Our own words carry only date, certificate and credit risks (summ23, :func:`open_risk`).

Written anew, not taken from any evaluation set: our price, our own manager's sign-off and our
apology are no risks the customer raised; a certificate we report as pending still is one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.catalog import Catalog
from assistant.summaries.risk_rules import OUR_RISK_KINDS, open_risk
from assistant.summaries.service import summarize_text
from assistant.text.conversation import Sentence


def _s(text: str, role: str) -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker="x", role=role)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "text", "role", "want"),
    [
        ("decision_chain", "这个折扣我得请示一下我们经理", "we", False),
        ("decision_chain", "这个价格我得请示一下老板", "customer", True),
        ("price_gap", "this is already our lowest price", "we", False),
        ("quality", "that was our mistake, the wrong glue was used", "we", False),
        ("certification", "the UL report is still pending", "we", True),
        ("timeline", "工厂排期满了，交期可能赶不上", "we", True),
        ("credit", "the March invoice is 40 days overdue", "we", True),
    ],
)
def test_open_risk_by_side(kind: str, text: str, role: str, want: bool) -> None:
    assert open_risk(kind, _s(text, role)) is want


def test_our_kinds_are_the_ones_we_report() -> None:
    assert OUR_RISK_KINDS == {"timeline", "certification", "credit"}


def test_summary_keeps_no_approval_risk_of_ours() -> None:
    """End to end: our "I need my manager's OK for that discount" is not a decision-chain risk."""
    text = "客户：能不能再便宜两块？\n销售：这个折扣我得请示一下我们经理\n客户：好的，等你消息\n"
    summary = summarize_text(
        text, today=dt.date(2026, 12, 1), catalog=Catalog.from_products([]), engine="offline", language="zh"
    )
    assert not [r for r in summary.risks if r.category == "decision_maker"]
