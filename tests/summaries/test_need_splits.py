"""One quantity need per product the customer counts in one sentence (:mod:`assistant.summaries.need_splits`)."""

from __future__ import annotations

from assistant.summaries.need_counts import add_count_needs
from assistant.summaries.schema import Need, Quote
from tests.summaries.sentences import said


def _whole(s) -> Need:  # type: ignore[no-untyped-def]
    return Need(text="Quantity: …", topic="quantity", quotes=[Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker)])


def test_a_need_counting_three_coded_products_becomes_three_needs_each_quoting_its_own_count() -> None:
    talk = said(("Order for the autumn: 1,200 BK-20, 350 LT-7, 90 ST-300.", "customer"), ("Noted, thank you.", "we"))
    needs = add_count_needs(talk, [_whole(talk[0])], "en")
    assert [n.text for n in needs] == ["Quantity: 1,200 BK-20", "Quantity: 350 LT-7", "Quantity: 90 ST-300"]
    assert [n.quotes[0].text for n in needs][1:] == ["350 LT-7", "90 ST-300"]
    for n in needs:
        (q,) = n.quotes
        assert talk[0].text[q.start - talk[0].start : q.end - talk[0].start] == q.text


def test_counts_joined_by_plus_and_and_get_a_piece_of_the_clause_each() -> None:
    talk = said(("we need 40 yoga mats + 25 foam rollers and 12 balance boards 🙂", "customer"))
    needs = add_count_needs(talk, [_whole(talk[0])], "en")
    assert [n.quotes[0].text for n in needs] == ["we need 40 yoga mats", "25 foam rollers", "12 balance boards"]
    assert [n.values[0].split()[0] for n in needs] == ["40", "25", "12"]


def test_one_count_or_our_own_sentence_stays_one_need() -> None:
    one = said(("we need 40 yoga mats with our logo", "customer"))
    assert add_count_needs(one, [_whole(one[0])], "en")[0].text == "Quantity: …"
    ours = said(("So 40 yoga mats and 25 foam rollers.", "we"))
    assert [n.text for n in add_count_needs(ours, [_whole(ours[0])], "en")][:1] == ["Quantity: …"]


def test_a_chinese_count_after_ye_yao_names_the_product_without_the_adverb() -> None:
    talk = said(("蒸烤箱要三台，和面机也要两台", "customer"), ("蒸烤箱一万二一台，和面机六千八一台", "we"))
    needs = add_count_needs(talk, [], "zh")
    assert "数量：和面机 2台" in [n.text for n in needs]


def test_a_count_with_another_unit_is_not_shown_by_a_need_of_the_same_figure() -> None:
    talk = said(("工作台要两张", "customer"), ("消毒柜也要两台", "customer"), ("消毒柜三千一台，工作台一千二一张", "we"))
    shown = Need(text="数量：工作台 2 张", topic="quantity", values=["2 张"], quotes=[Quote(text="x", start=900, end=901)])
    texts = [n.text for n in add_count_needs(talk, [shown], "zh")]
    assert any(t.startswith("数量：消毒柜") for t in texts)


def test_colours_shipments_and_offices_are_no_order_lines_to_split_off() -> None:
    for text in ("We want 900 sweatshirts, 3 colours, 300 each", "Two shipments, 2,400 pairs each", "1,100 desks for our 3 new offices"):
        talk = said((text, "customer"))
        assert [n.text for n in add_count_needs(talk, [_whole(talk[0])], "en")][:1] == ["Quantity: …"], text


def test_counts_sharing_a_piece_a_hedged_count_or_a_sentence_saying_more_stay_one_need() -> None:
    for text in (
        "For the new campus we need 80 laptops for 80 new hires.",  # one piece holds both counts
        "We need 40 sofas, maybe also 10 ottomans.",  # the customer is not sure of the second
        "we need 40 sofas, 40 armchairs, all in fire-retardant fabric with BS 5852 certification",  # more after them
    ):
        talk = said((text, "customer"))
        assert [n.text for n in add_count_needs(talk, [_whole(talk[0])], "en")][:1] == ["Quantity: …"], text
    zh = said(("我们要蒸烤箱三台，和面机两台，都要带CE认证，下个月15号前到货", "customer"))
    assert add_count_needs(zh, [_whole(zh[0])], "zh")[0].text == "Quantity: …"


def test_thousands_keep_their_comma_and_each_piece_quotes_its_own_figure() -> None:
    talk = said(("we need 2,000 paddles + 600 balls", "customer"))
    needs = add_count_needs(talk, [_whole(talk[0])], "en")
    assert [n.quotes[0].text for n in needs] == ["we need 2,000 paddles", "600 balls"]
    spans = [(n.quotes[0].start, n.quotes[0].end) for n in needs]
    assert spans[0][1] <= spans[1][0]  # disjoint
