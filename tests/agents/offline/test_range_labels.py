"""A date range is labelled once by its dates, not by its raw period string and then the same dates again."""

from assistant.agents.offline import fmt

SPAN = {"label": "2026-03-01..2026-05-31", "start": "2026-03-01", "end": "2026-05-31"}


def test_a_range_is_shown_by_its_dates_once() -> None:
    assert fmt.period_label(SPAN, "zh") == "2026-03-01 至 2026-05-31"
    assert fmt.period_label(SPAN, "en") == "2026-03-01 to 2026-05-31"


def test_a_named_period_keeps_its_name_and_dates() -> None:
    q = {"label": "this_quarter", "start": "2026-10-01", "end": "2026-12-31"}
    assert fmt.period_label(q, "en") == "this quarter (2026-10-01 to 2026-12-31)"


def test_the_first_months_of_a_year_are_no_count_of_records() -> None:
    from assistant.agents.offline.entities import spot
    from assistant.agents.offline.gazetteer import Gazetteer, static_entries

    g = Gazetteer(static_entries())
    assert spot("今年前五个月的订单", g).limit is None
    assert spot("orders in the first 4 months of 2025", g).limit is None
    assert spot("前五个客户", g).limit == 5
