"""Whether two price figures are of one scale: the shared test of the price readings (issue 14)."""

from __future__ import annotations

from decimal import Decimal

RATIO = Decimal("1.4")  # figures further apart than this are different things (a unit price and a total)


def same_scale(a: Decimal, b: Decimal) -> bool:
    """Whether ``a`` and ``b`` are both positive and within :data:`RATIO` of each other.

    Examples: 880 and 900 → True; 9 and 9,000 → False.
    """
    return a > 0 and b > 0 and max(a, b) <= RATIO * min(a, b)
