"""Last time's risks resolved by what the new conversation says about their own subject."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.delta import apply_delta
from assistant.summaries.schema import Quote, Risk, SalesSummary


def _risk(text: str, category: str) -> Risk:
    return Risk(
        text=text, category=category, severity="medium", quotes=[Quote(text=text, start=0, end=len(text))]
    )  # type: ignore[arg-type]


def _resolved(text: str, *risks: Risk) -> list[str]:
    previous = SalesSummary(
        engine="offline", language="en", conversation_date=dt.date(2027, 3, 1), risks=list(risks)
    )
    summary = SalesSummary(
        engine="offline", language="en", conversation_date=dt.date(2027, 3, 9), source_hash="x"
    )
    apply_delta(summary, previous, text=text)
    assert summary.changes is not None
    return summary.changes.risks_resolved


def test_a_report_still_being_retested_is_not_resolved_by_silence() -> None:
    report = _risk("UL 60335 report for the heater not yet issued", "compliance")
    text = "Customer: Where is the UL 60335 report?\nSales: The lab is re-testing the heater, the report will be issued on 20 March."
    assert _resolved(text, report) == []
    later = text + "\nSales: Update: the UL 60335 report was issued this morning, attached."
    assert _resolved(later, report) == [report.text]  # settled after it was pending


def test_a_figure_accepted_settles_the_price_not_the_quality_of_the_same_product() -> None:
    price = _risk("our USD 9.80 per kettle vs their target of 9.00", "price")
    quality = _risk("kettle lids rattled on the first samples", "quality")
    text = "Customer: USD 9.40 per kettle works for us.\nCustomer: The lids on the new kettle samples still rattle a bit."
    assert _resolved(text, price, quality) == [price.text]


def test_a_promise_to_send_the_report_later_keeps_it_pending() -> None:
    report = _risk("CB report for the charger not yet issued", "compliance")
    text = "Customer: Any news?\nSales: The lab is checking the label. I will send you the CB report by 30 April."
    assert _resolved(text, report) == []
