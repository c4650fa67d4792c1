"""One need per point: restated terms merge with every quote; changed figures update; distinct points stay."""

from __future__ import annotations

from assistant.summaries.needs_restated import merge_restated_needs
from assistant.summaries.schema import Need, Quote

_AT = [0]


def _need(topic: str, quote: str, values: list[str] | None = None, subject: str | None = None) -> Need:
    _AT[0] += 100
    q = Quote(text=quote, start=_AT[0], end=_AT[0] + len(quote))
    return Need(text=f"{topic}: {quote}", topic=topic, subject=subject, values=values or [], quotes=[q])


def test_payment_terms_restated_are_one_need_with_every_quote() -> None:
    a = _need("payment_terms", "Payment.")
    b = _need("payment_terms", "Our standard for equipment suppliers is 90 days from delivery, no deposit.")
    c = _need("payment_terms", "账期我们还是要月结90天")
    merged = merge_restated_needs([a, b, c])
    assert len(merged) == 1
    assert [q.text for q in merged[0].quotes] == [a.quotes[0].text, b.quotes[0].text, c.quotes[0].text]


def test_a_warranty_stated_twice_in_the_same_words_is_one_need() -> None:
    a = _need("quality", "Warranty: five years on the compressor, two years on the rest.")
    b = _need("quality", "five years on the compressor, two years on everything else")
    assert len(merge_restated_needs([a, b])) == 1


def test_a_changed_quantity_keeps_the_latest_value_and_both_quotes() -> None:
    a = _need("quantity", "我们要2000个保温杯", ["2000 个"], "TB-01")
    b = _need("quantity", "数量改成1000个吧", ["1000 个"], "TB-01")
    merged = merge_restated_needs([a, b])
    assert len(merged) == 1
    assert merged[0].values == ["1000 个"]
    assert merged[0].text == b.text
    assert len(merged[0].quotes) == 2


def test_different_figures_without_a_change_are_distinct_points() -> None:
    a = _need("quantity", "1.5米的要300张", ["300 张"], "BED")
    b = _need("quantity", "1.8米的要200张", ["200 张"], "BED")
    assert len(merge_restated_needs([a, b])) == 2


def test_different_products_never_merge() -> None:
    a = _need("payment_terms", "冰箱的账期要60天", subject="FR-1")
    b = _need("payment_terms", "冷柜的账期要60天", subject="FZ-2")
    assert len(merge_restated_needs([a, b])) == 2


def test_different_points_of_one_topic_stay_apart() -> None:
    a = _need("delivery", "The first wave must arrive in our Poznan warehouse by 1 June.")
    b = _need("delivery", "Samples need to reach the lab before the tender closes.")
    assert len(merge_restated_needs([a, b])) == 2


def test_a_summary_gives_one_item_for_payment_terms_restated() -> None:
    import datetime as dt

    from assistant.summaries.service import summarize_text

    text = (
        "Li Na: Good morning Tom, thanks for joining the call about the kettles.\n"
        "Tom Baker: We need 4,000 kettles for the spring promotion, delivered by 15 March.\n"
        "Tom Baker: For payment we need 90 days after delivery.\n"
        "Li Na: Our standard is 30% deposit.\n"
        "Tom Baker: We need the kettles with our logo on the box.\n"
        "Tom Baker: And again, payment must be 90 days after delivery, no deposit.\n"
    )
    summary = summarize_text(
        text, today=dt.date(2027, 1, 5), engine="offline", language="en", we_names=("Li Na",)
    )
    # The customer's term differs from ours, so it is one credit risk (payment_terms), not a need: one item
    # for the point, however often it is restated, with every quote.
    assert not [n for n in summary.needs if n.topic == "payment_terms"]
    payment = [r for r in summary.risks if r.category == "payment"]
    assert len(payment) == 1
    assert {q.text for q in payment[0].quotes} >= {
        "For payment we need 90 days after delivery.",
        "And again, payment must be 90 days after delivery, no deposit.",
    }


def test_a_recap_restating_the_same_set_of_terms_under_another_topic_is_one_need() -> None:
    a = _need(
        "quality",
        "我们的惯例是货到付百分之三十，验收合格付百分之六十，百分之十质保一年。",
        ["30%", "60%", "10%"],
    )
    b = _need(
        "payment_terms",
        "二、付款百分之三十预付、百分之六十验收合格后、百分之十质保一年",
        ["30%", "60%", "10%"],
    )
    c = _need("product", "发票要开百分之十三的增值税专票", ["13%"])
    assert [len(n.quotes) for n in merge_restated_needs([a, b, c])] == [2, 1]


def test_a_change_under_another_items_label_is_another_need() -> None:
    lids = Need(
        text="Quantity: 250000 lids",
        topic="quantity",
        values=["250000 lids"],
        quotes=[Quote(text="we only need 250,000 lids now", start=0, end=29)],
    )
    jars = Need(
        text="Quantity: 900000 pcs",
        topic="quantity",
        values=["900000 pcs"],
        quotes=[Quote(text="Jars: make it 900,000, the spring line sold out.", start=40, end=88)],
    )
    assert merge_restated_needs([lids, jars]) == [lids, jars]
