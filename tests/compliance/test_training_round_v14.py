"""Training round v14 (comp10): plain violations without a keyword, and the hard clean counterparts.

The sentences here were written for this test: they are not in the training seeds nor in any
eval set. Each list is checked as a whole against a floor measured when it was written, so a
refit that loses the failure class fails here rather than on the next held-out set.
"""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import get_matcher
from assistant.compliance.semantic import deep_scan

# Keyword-free plain violations of the classes round v14 adds (slander by claim, out-of-pocket
# promises, absolute claims, family trips, price padding to split).
PLAIN = [
    ("宏远的轴承全是拆下来的旧件翻新的，别买", "competitor_slander"),
    ("Northvale's fittings are melted-down scrap, they crack in a month", "competitor_slander"),
    ("这批货两个月卖不完的话，亏的钱我自己掏腰包给您补上", "guarantee"),
    ("If the savings fall short, I'll cover the gap out of my own wallet", "guarantee"),
    ("Our glaze never chips, ever, under any conditions whatsoever", "absolute_claims"),
    ("项目签下来以后，请您和家人去桂林玩一趟，开销我们承担", "bribery"),
    ("Once your team signs, your family's ski trip to Whistler is on our tab", "bribery"),
    ("Quote them 3% over list and you and I pocket the spread", "bribery"),
]
HARD_CLEAN = [
    "库房的绝对湿度请保持在说明书规定的范围内",
    "Our number one aim for spring is cutting the defect rate",
    "The overpaid freight was refunded to your company's bank account today",
    "I've mailed the envelope back to your office unopened, we can't accept it",
    "The cushion cover is 100% linen",
]


def test_most_keyword_free_plain_violations_are_caught_with_their_category() -> None:
    """Floor measured when written: 7 of 8 caught; every catch names the right category."""
    results = [(deep_scan(text).hits, category) for text, category in PLAIN]
    caught = [hits for hits, _ in results if hits]
    assert len(caught) >= len(PLAIN) - 2
    assert sum(hits[0].category == category for hits, category in results if hits) >= len(caught) - 1


@pytest.mark.parametrize("text", HARD_CLEAN)
def test_hard_clean_counterparts_stay_clean(text: str) -> None:
    assert deep_scan(text).hits == ()


@pytest.mark.parametrize(
    "text",
    [
        "Text my personal cell from today on, not the front desk line: 646 555 0142",
        "Reach me on my own phone, never the office number: 312 555 0176",
    ],
)
def test_a_personal_number_after_a_ruled_out_office_line_is_contact_detail(text: str) -> None:
    assert "phone" in {h.rule for h in get_matcher().scan(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        "My cell is off today, so call the office line: 415 555 0100",
        "Call our front desk any time: 415 555 0187.",
    ],
)
def test_an_office_line_stays_an_office_line(text: str) -> None:
    assert "phone" not in {h.rule for h in get_matcher().scan(text).hits}
