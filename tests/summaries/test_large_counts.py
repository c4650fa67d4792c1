"""Large counts written with thousands separators or in millions are read whole, as the quantity."""

from __future__ import annotations

from assistant.summaries.numbers import asked_quantities, find_numbers


def _values(text: str) -> list[tuple[str, str]]:
    return [(n.kind, n.value) for n in find_numbers(text)]


def test_a_count_with_two_separators_is_not_cut_at_the_first() -> None:
    assert asked_quantities("This season we only need 400,000 lids, the rest stays with our old vendor.") == [
        "400000 lids"
    ]
    assert asked_quantities("Bottles: make it 2,750,000, the summer range sold out.") == ["2750000 pcs"]
    assert asked_quantities("we need 3,200,000 labels for the relaunch") == ["3200000 labels"]


def test_a_count_in_millions_is_read_as_the_quantity() -> None:
    assert asked_quantities("For next year we need 2.5 million jar lids.") == ["2500000 jar lids"]
    assert asked_quantities("Plan on 3 million tubes") == ["3000000 tubes"]
    assert asked_quantities("PV-420M panels: 600 M, 300 L") == []


def test_a_count_in_millions_is_not_a_price_when_a_price_follows() -> None:
    got = _values("At 2.5 million I could do USD 31.20 per thousand.")
    assert ("quantity", "2500000 pcs") in got
    assert ("amount", "USD 31.20") in got
    assert ("amount", "2.5") not in got


def test_money_in_millions_stays_money() -> None:
    assert _values("The whole budget is EUR 1.8 million.") == [("amount", "EUR 1800000")]
    assert asked_quantities("The whole budget is EUR 1.8 million.") == []


def test_chinese_counts_in_wan_are_read_whole() -> None:
    assert asked_quantities("明年我们要两百万个瓶盖") == ["2000000 个"]
    assert asked_quantities("这次要120万个瓶坯") == ["1200000 个"]
