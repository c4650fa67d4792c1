"""Progress is movement stated in the sentence: bare assent and the customer's "concessions" are not."""

from __future__ import annotations

import datetime as dt

import pytest

import assistant.summaries.offline_learned as ol
from assistant.summaries import Catalog
from assistant.summaries.progress_noise import bare as bare_clause
from assistant.text.conversation import parse_conversation


@pytest.mark.parametrize(
    ("text", "bare"),
    [("OK", True), ("Fine 👍", True), ("好的", True), ("可以", True), ("19.8可以", False),
     ("all good 👍", False), ("价格可以", False), ("Agreed.", True)],
)  # fmt: skip
def test_bare_assent_names_nothing_that_moved(text: str, bare: bool) -> None:
    assert bare_clause(text) is bare


def test_a_customer_concession_and_bare_assent_are_no_progress(monkeypatch) -> None:
    chat = "客户：运费你们出吧。\n销售：可以。\n销售：单价从3.2降到3.0，这是最终报价。\n客户：好的。\n"
    parsed = parse_conversation(chat)
    given = {"运费你们出吧。": "concession", "可以。": "agreement", "好的。": "agreement"}

    def fake_units(sents, _min_prob):
        return [(s, given.get(s.text, "concession")) for s in sents]

    monkeypatch.setattr(ol, "labelled_units", fake_units)
    summary = ol.summarize_offline(
        parsed, today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="zh"
    )
    progress = [q.text for p in summary.progress for q in p.quotes]
    assert progress == ["单价从3.2降到3.0，这是最终报价。"]
    assert not any("运费你们出吧" in q.text for n in summary.needs for q in n.quotes)


def test_an_agreement_that_only_restates_a_figure_or_fact_is_no_progress(monkeypatch) -> None:
    chat = "Customer: What refrigerant does it use?\nRep: The CR-9 runs on R290.\nRep: USD 9.10 per unit.\nCustomer: 9.10 works for us.\n"
    parsed = parse_conversation(chat, we_names=("Rep",))
    given = {"What refrigerant does it use?": "need"}

    def fake_units(sents, _min_prob):
        return [(s, given.get(s.text, "agreement")) for s in sents]

    monkeypatch.setattr(ol, "labelled_units", fake_units)
    summary = ol.summarize_offline(
        parsed, today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="en"
    )
    quoted = [q.text for p in summary.progress for q in p.quotes]
    assert "The CR-9 runs on R290." not in quoted
    assert "9.10 works for us." in quoted

