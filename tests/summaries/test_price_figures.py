"""Prices as a negotiation says them (:mod:`assistant.summaries.price_figures`)."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.price_figures import figures


def test_wan_with_thousands_or_a_price_per_piece_after_it() -> None:
    """"2,300万" is 23 million (not 2,300); "6.5万一台" is 65,000 a machine (the 一 says "each")."""
    assert figures("这条线的投资预算是2,300万。") == [Decimal(23000000)]
    assert figures("压机可以做到6.5万一台。") == [Decimal(65000)]
    assert figures("首付46万") == [Decimal(460000)]
