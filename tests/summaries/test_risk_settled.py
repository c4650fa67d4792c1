"""Risks settled in the conversation itself, and our own admissions, are no open risks (summ23).

Written anew, not taken from any evaluation set: a worry answered later in the same talk (an approval
given, a certificate issued, a balance paid, a defect fixed), a clause that states its own settlement,
and our own apology for a mistake.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.catalog import Catalog
from assistant.summaries.risk_settled import open_risk, our_admission, settled_later, settles
from assistant.summaries.service import summarize_text
from assistant.text.conversation import Sentence


def _s(text: str, start: int = 0, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker="客户", role=role)


@pytest.mark.parametrize(
    ("kind", "text", "want"),
    [
        ("decision_chain", "采购总监昨天已经签字了", True),
        ("decision_chain", "合同还没批下来", False),
        ("decision_chain", "finance signed it off this morning", True),
        ("decision_chain", "the board has not approved it yet", False),
        ("certification", "CE证书上周已经下来了", True),
        ("certification", "the UL report was issued on Monday", True),
        ("certification", "证书还没下来", False),
        ("credit", "上个月的尾款已经结清", True),
        ("credit", "the March invoice has been paid", True),
        ("quality", "漏水的问题已经修好了", True),
        ("quality", "the hinge problem is fixed", True),
        ("quality", "the hinge problem is not fixed yet", False),
        ("price_gap", "老板签字了", False),  # no settlement word of that kind
    ],
)
def test_settles(kind: str, text: str, want: bool) -> None:
    assert settles(kind, text) is want


def test_our_admission_is_no_risk_but_a_late_shipment_still_is() -> None:
    assert our_admission(_s("这是我们的失误，给您添麻烦了", role="we"), "we")
    assert our_admission(_s("that one is on us, sorry", role="we"), "we")
    assert not our_admission(_s("our mistake, so the shipment will be late", role="we"), "we")
    assert not our_admission(_s("这是你们的失误"), "customer")


def test_a_worry_answered_later_is_settled() -> None:
    units = [(_s("这个要老板批"), "risk:decision_chain"), (_s("老板刚刚批了", start=20), "done")]
    assert settled_later("decision_chain", 0, units)
    assert not settled_later("decision_chain", 30, units)  # the answer came before
    assert not open_risk("decision_chain", units[0][0], units)


def test_summary_drops_an_approval_already_given() -> None:
    """End to end: the approval worry raised and then answered is not listed as a risk."""
    text = (
        "客户：价格这块我得请示一下我们老板\n"
        "销售：好的，我等您消息\n"
        "客户：刚问了，老板已经批了，就按这个价下单\n"
    )
    summary = summarize_text(
        text, today=dt.date(2026, 12, 1), catalog=Catalog.from_products([]), engine="offline", language="zh"
    )
    assert not [r for r in summary.risks if r.category == "decision_maker"]


def test_a_price_gap_is_settled_by_a_later_price_agreement_only() -> None:
    gap = _s("52太高了")
    deal = _s("行，那就按50成交", start=30)
    ask = _s("好的，那就这样", start=40, role="we")
    assert settled_later("price_gap", 0, [(gap, "risk:price_gap"), (deal, "agreement")])
    assert not settled_later("price_gap", 0, [(gap, "risk:price_gap"), (deal, "need")])
    assert not settled_later("price_gap", 0, [(gap, "risk:price_gap"), (ask, "agreement")])
    assert not settled_later("price_gap", 35, [(gap, "risk:price_gap"), (deal, "agreement")])
