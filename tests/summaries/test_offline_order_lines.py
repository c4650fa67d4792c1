"""A customer's verbless order line ("冷藏柜三台，制冰机一台") is a need per thing, each named in its statement."""

from __future__ import annotations

import datetime as dt

import assistant.summaries.offline_learned as ol
from assistant.summaries import Catalog
from assistant.text.conversation import parse_conversation


def test_an_order_line_read_as_none_gives_a_named_need_per_thing(monkeypatch) -> None:
    chat = "销售：这次店里要配哪些设备？\n客户：冷藏柜三台，制冰机一台。\n销售：好的，我晚上把报价发您。\n"
    monkeypatch.setattr(ol, "labelled_units", lambda sents, _p: [(s, "none") for s in sents])
    summary = ol.summarize_offline(
        parse_conversation(chat), today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="zh"
    )
    needs = [(n.text, [q.text for q in n.quotes]) for n in summary.needs]
    assert [q for _, qs in needs for q in qs] == ["冷藏柜三台", "制冰机一台。"]
    assert "冷藏柜" in needs[0][0] and "3 台" in needs[0][0]
    assert "制冰机" in needs[1][0] and "1 台" in needs[1][0]


def test_our_own_restated_list_is_no_need(monkeypatch) -> None:
    chat = "客户：要冷藏柜。\n销售：收到，冷藏柜三台，制冰机一台。\n"
    monkeypatch.setattr(ol, "labelled_units", lambda sents, _p: [(s, "none") for s in sents])
    summary = ol.summarize_offline(
        parse_conversation(chat), today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="zh"
    )
    assert not [q.text for n in summary.needs for q in n.quotes if "三台" in q.text]


def test_two_things_with_the_same_count_stay_two_needs(monkeypatch) -> None:
    chat = "客户：冷风机两台，制冰机两台。\n客户：另外展示柜两台。\n"
    monkeypatch.setattr(ol, "labelled_units", lambda sents, _p: [(s, "none") for s in sents])
    summary = ol.summarize_offline(
        parse_conversation(chat), today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="zh"
    )
    named = sorted(n.text for n in summary.needs)
    assert len(named) == 3 and all("2 台" in t for t in named)
    assert [any(x in t for t in named) for x in ("冷风机", "制冰机", "展示柜")] == [True, True, True]
