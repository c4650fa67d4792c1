"""Compare a summary's needs with the customer's previous saved summary: new / changed / unchanged.

Needs are matched on (topic, subject): "price of SKU-1" now vs. "price of SKU-1" last time.
A need whose figures (quantities, amounts, percentages) differ from last time is *changed*
and keeps the earlier wording in ``previous``; same or no figures is *unchanged*.
"""

from __future__ import annotations

from assistant.summaries.schema import Need, SalesSummary


def apply_delta(summary: SalesSummary, previous: SalesSummary | None) -> SalesSummary:
    """Mark each need of ``summary`` against ``previous`` (in place) and return ``summary``."""
    earlier: dict[tuple[str, str | None], Need] = {}
    for need in previous.needs if previous else []:
        earlier.setdefault((need.topic, need.subject), need)
    for need in summary.needs:
        before = earlier.get((need.topic, need.subject))
        if before is None and need.subject is None:  # "price" now may refine "price of X" before
            before = next((n for (t, _), n in earlier.items() if t == need.topic), None)
        if before is None:
            need.status, need.previous = "new", None
        elif need.values and set(need.values) != set(before.values):
            need.status, need.previous = "changed", before.text
        else:
            need.status, need.previous = "unchanged", before.text
    return summary
