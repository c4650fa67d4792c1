"""One quantity need per order line (:mod:`assistant.summaries.need_counts`)."""

from __future__ import annotations

from assistant.summaries.need_counts import add_count_needs
from assistant.summaries.schema import Need, Quote
from tests.summaries.sentences import said


def _talk(*lines: tuple[str, str]) -> list:
    return said(*((text, role) for role, text in lines))


TALK = _talk(
    ("customer", "We are opening four new cafes, so it's thirty-two grinders and the same number of kettles."),
    ("we", "Thirty-two grinders and thirty-two kettles, noted."),
    ("customer", "We also have 12 baristas to train."),
    ("we", "The grinder is USD 410 each."),
)


def test_each_line_we_priced_or_read_back_is_a_quantity_need_quoting_the_customers_clause() -> None:
    needs = add_count_needs(TALK, [], "en")
    assert [n.text for n in needs] == ["Quantity: 32 grinders"]
    (quote,) = needs[0].quotes
    assert quote.text == "so it's thirty-two grinders" and TALK[0].text[quote.start : quote.end] == quote.text
    # the kettles were only read back by us; the customer never counted them: no quote of theirs, no need
    # the baristas and the cafes were never priced or read back: no order line


def test_a_count_a_need_already_quotes_or_shows_adds_nothing() -> None:
    clause = TALK[0].text.index("so it's")
    quoted = Need(text="Quantity: 32 grinders", topic="quantity", quotes=[Quote(text="so it's", start=clause, end=clause + 7)])
    assert add_count_needs(TALK, [quoted], "en") == [quoted]
    shown = Need(text="Quantity: 32 grinders", topic="quantity", values=["32 grinders"], quotes=[Quote(text="x", start=900, end=901)])
    assert add_count_needs(TALK, [shown], "en") == [shown]


def test_a_chinese_order_line_reads_as_thing_and_count() -> None:
    talk = _talk(("customer", "冷柜要六台就够了。"), ("we", "冷柜可以做到4,800一台。"))
    (need,) = add_count_needs(talk, [], "zh")
    assert need.text == "数量：冷柜 6台" and need.quotes[0].text == "冷柜要六台就够了"


def test_two_lines_with_one_figure_are_two_needs() -> None:
    talk = _talk(
        ("customer", "For the new wing it's 18 kettles and 18 toasters."),
        ("we", "Kettles at 34 and toasters at 29."),
    )
    assert [n.text for n in add_count_needs(talk, [], "en")] == ["Quantity: 18 kettles", "Quantity: 18 toasters"]


def test_only_a_count_naming_a_thing_sold_becomes_a_need() -> None:
    from assistant.summaries.need_counts import _names_goods
    from assistant.summaries.order_items import product_counts
    from tests.summaries.sentences import alone

    (lock,) = product_counts(alone("门锁要二十把。"))
    assert _names_goods(lock)
    (clause,) = product_counts(alone("租客半夜被锁在门外三个"))
    assert not _names_goods(clause)
    (seasons,) = product_counts(alone("that covers 3 seasons"))
    assert not _names_goods(seasons)
