"""An offer and the customer's acceptance read as one agreement with the offered value."""

from __future__ import annotations

import datetime as dt

import pytest

import assistant.summaries.offline_learned as ol
from assistant.summaries import Catalog
from assistant.summaries.progress_noise import bare as bare_clause
from assistant.summaries.progress_pairs import merge_offers
from assistant.summaries.schema import ProgressItem, Quote
from assistant.text.conversation import parse_conversation


def _item(text: str, start: int, kind: str, by: str) -> ProgressItem:
    return ProgressItem(
        text=text, kind=kind, by=by, quotes=[Quote(text=text, start=start, end=start + len(text))]
    )


def test_a_short_acceptance_carries_the_offered_figure() -> None:
    offer = _item("2,000只的话我们给到18.6元", 0, "concession", "we")
    accept = _item("行，就这么定", 40, "agreement", "customer")
    [merged] = merge_offers([offer, accept], "zh")
    assert merged.kind == "agreement" and merged.by == "customer"
    assert "18.6" in merged.text and "客户接受" in merged.text
    assert [q.start for q in merged.quotes] == [0, 40]


def test_an_acceptance_of_another_figure_is_its_own_point() -> None:
    offer = _item("For 800 units I can do 9.40", 0, "concession", "we")
    accept = _item("OK, 9.10 works", 40, "agreement", "customer")
    assert len(merge_offers([offer, accept], "en")) == 2


def test_a_long_reply_is_not_a_bare_acceptance() -> None:
    offer = _item("We can include the wall brackets free of charge", 0, "concession", "we")
    accept = _item(
        "Good, and the packaging will follow our retail spec from the March brief",
        60,
        "agreement",
        "customer",
    )
    assert len(merge_offers([offer, accept], "en")) == 2


def test_far_apart_items_stay_apart() -> None:
    offer = _item("单价给到7.2元", 0, "concession", "we")
    accept = _item("可以，就按这个", 2000, "agreement", "customer")
    assert len(merge_offers([offer, accept], "zh")) == 2


def test_in_a_summary_the_offer_and_its_yes_are_one_item(monkeypatch: pytest.MonkeyPatch) -> None:
    chat = "销售：3000个的话单价给到4.35元。\n客户：OK, let's go with that.\n"
    given = {"3000个的话单价给到4.35元。": "concession", "OK, let's go with that.": "agreement"}
    monkeypatch.setattr(
        ol, "labelled_units", lambda sents, _p: [(s, given.get(s.text, "none")) for s in sents]
    )
    summary = ol.summarize_offline(
        parse_conversation(chat), today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="zh"
    )
    assert len(summary.progress) == 1
    assert "4.35" in summary.progress[0].text and len(summary.progress[0].quotes) == 2


@pytest.mark.parametrize(
    ("text", "bare"), [("收到了", True), ("好的，收到～", True), ("收到了，刚签收", False)]
)
def test_got_your_message_is_not_a_receipt(text: str, bare: bool) -> None:
    assert bare_clause(text) is bare
