"""Needs are the customer's: our own questions ("要不要做成磨砂的？") restate or probe, they are not needs."""

from __future__ import annotations

import datetime as dt

import assistant.summaries.offline_learned as ol
from assistant.summaries import Catalog
from assistant.text.conversation import parse_conversation


def test_our_question_read_as_need_is_not_a_need(monkeypatch) -> None:
    chat = "销售：杯盖要不要换成磨砂的？\n客户：杯盖我们要磨砂黑，每个杯子配两个盖。\n"
    monkeypatch.setattr(ol, "labelled_units", lambda sents, _p: [(s, "need") for s in sents])
    summary = ol.summarize_offline(
        parse_conversation(chat), today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="zh"
    )
    quotes = [q.text for n in summary.needs for q in n.quotes]
    assert quotes == ["杯盖我们要磨砂黑，每个杯子配两个盖。"]


def test_english_question_from_our_side_is_not_a_need(monkeypatch) -> None:
    chat = "Sales: Would you prefer the matte lids?\nCustomer: We need matte black lids, two per cup.\n"
    monkeypatch.setattr(ol, "labelled_units", lambda sents, _p: [(s, "need") for s in sents])
    summary = ol.summarize_offline(
        parse_conversation(chat), today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="en"
    )
    assert [q.text for n in summary.needs for q in n.quotes] == ["We need matte black lids, two per cup."]
