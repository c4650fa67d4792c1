"""A negotiation named by its product code is followed across a long thread."""

from __future__ import annotations

from assistant.summaries.price_pieces import CODE_SPAN, SPAN, find_paths
from tests.summaries.sentences import unlabelled as _talk


def test_an_offer_naming_the_code_joins_its_negotiation_past_the_usual_span() -> None:
    talk = _talk(
        ("we", "For the HV-70 the price is USD 342 per unit."),
        ("customer", "We need USD 330 for the HV-70."),
        ("we", "Our best is USD 336 for the HV-70."),
        gap=SPAN + 400,
    )
    [path] = find_paths(talk)
    assert [p.party for p in path.pieces] == ["we", "customer", "we"]


def test_an_unnamed_figure_far_away_starts_its_own_negotiation() -> None:
    talk = _talk(
        ("we", "The price is USD 342 per unit."),
        ("we", "Our best is USD 336 per unit."),
        gap=SPAN + 400,
    )
    assert len(find_paths(talk)) == 2


def test_the_customers_counter_without_the_code_stays_in_the_long_negotiation() -> None:
    talk = _talk(
        ("we", "For the KT-40 the price is EUR 518 per set."),
        ("customer", "We can pay EUR 490."),
        ("we", "Our last offer is EUR 505 for the KT-40."),
        gap=SPAN + 300,
    )
    [path] = find_paths(talk)
    assert [p.party for p in path.pieces] == ["we", "customer", "we"]


def test_an_offer_naming_the_code_past_the_long_span_starts_its_own_negotiation() -> None:
    talk = _talk(
        ("we", "For the KT-40 the price is EUR 518 per set."),
        ("we", "Our last offer is EUR 505 for the KT-40."),
        gap=CODE_SPAN + 10,
    )
    assert len(find_paths(talk)) == 2
