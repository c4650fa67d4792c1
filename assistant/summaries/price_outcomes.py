"""A round of negotiation split by where each price ended: one progress item per outcome.

A price ends one of three ways (:func:`outcome`): ``agreed`` (a figure taken), ``refused`` (the
customer turned down our latest figure) or ``open`` (no answer yet). Prices moved in one line
("胶辊四百一，托架二百二") are one point while they end the same way; when they part, each outcome
is its own point ("托架二百二行，胶辊还是贵" gives what was settled and what was turned down). A
refused price and an open one are kept apart too: "turned down" and "no answer yet" ask a manager
for different follow-ups. A price with no code (the total of the offer) stays with the prices that
ended as it did.
"""

from __future__ import annotations

from assistant.summaries.price_pieces import Path


def outcome(path: Path) -> str:
    """Return how one negotiation ended: ``agreed``, ``refused`` (after our latest figure) or ``open``."""
    if path.agreed is not None:
        return "agreed"
    last = max((k for k, p in enumerate(path.pieces) if p.party == "we"), default=-1)
    if any(p.party == "customer" and p.refused for p in path.pieces[last + 1 :]):
        return "refused"
    return "open"


def by_outcome(group: list[Path]) -> list[list[Path]]:
    """Split one round of negotiations into rounds that each ended one way, in order of first mention.

    Args:
        group: The negotiations moved together in one clause.

    Returns:
        One list per outcome; a single-outcome round comes back whole.
    """
    rounds: dict[str, list[Path]] = {}
    for path in group:
        rounds.setdefault(outcome(path), []).append(path)
    return list(rounds.values())
