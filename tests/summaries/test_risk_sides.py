"""Our own words carry only date, certificate and credit risks (summ23, :func:`open_risk`).

Written anew, not taken from any evaluation set: our price, our own manager's sign-off and our
apology are no risks the customer raised; a certificate we report as pending still is one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.catalog import Catalog
from assistant.summaries.risk_rules import false_risk, open_risk
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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("客户：价格还能谈吗？\n销售：我们比越南那家工厂贵一点，但质量更稳定\n客户：我再想想\n", "competitor"),
        ("Customer: any update?\nUs: the last batch had damaged cartons, that was our packing mistake, "
         "we fixed it\nCustomer: ok\n", "quality"),
    ],
)
def test_our_own_competitor_or_quality_words_are_no_risk(
    text: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: our comparison with a competitor, our admitted packing slip are no open risk.

    Without the side check (only :func:`false_risk`, as before ``open_risk``) the same talk files the risk.
    """
    import assistant.summaries.learned_risks as learned

    def kinds() -> set[str]:
        summary = summarize_text(
            text, today=dt.date(2026, 12, 1), catalog=Catalog.from_products([]), engine="offline", language="zh"
        )
        return {r.category for r in summary.risks}

    assert kind not in kinds()
    monkeypatch.setattr(learned, "open_risk", lambda k, s: not false_risk(k, s.text))
    assert kind in kinds()  # the sentence is one the old code filed as a risk
