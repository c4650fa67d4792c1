"""Span bookkeeping of a scan, each step linear (or log) per hit, never hits × hits or hits × text.

Helpers of :mod:`assistant.compliance.matcher`: which hits an allow-list phrase covers,
whether two collapsed characters touched in the original, and dropping contained hits.
"""

from __future__ import annotations

import bisect
import itertools

from assistant.compliance.lexicon import SEVERITY_RANK
from assistant.compliance.normalize import CollapseMap, collapse_map, is_latin
from assistant.compliance.result import Hit


class Cover:
    """Answers "is ``[s, e)`` inside one of these spans?" in O(log n) (allow-list phrases).

    A scan asks once per hit; testing every allow-list span each time made a text with many
    hits and many allow-list phrases quadratic.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [a for a, _ in spans]
        self._reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far

    def covers(self, start: int, end: int) -> bool:
        """Whether some span starts at or before ``start`` and ends at or after ``end``."""
        k = bisect.bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end


class Pairs:
    """Whether collapsed characters ``i - 1`` and ``i`` touch in the original, from the strings alone.

    Neighbours in ``collapsed`` differ unless they are digits, and two different characters
    side by side in ``folded`` are always neighbours in ``collapsed``. So a pair absent
    from ``folded`` never touches, and a pair that occurs once in ``collapsed`` touches
    exactly when it occurs in ``folded``. The answers for each distinct pair are computed
    once per scan (two substring counts each), so many hits on the same words stay linear.
    """

    def __init__(self, folded: str, collapsed: str) -> None:
        self._folded = folded
        self._collapsed = collapsed
        self._known: dict[str, bool | None] = {}

    def touching(self, i: int) -> bool | None:
        """True/False when the strings settle it; None: undecided, ask the offset map."""
        pair = self._collapsed[i - 1 : i + 1]
        if pair[0] == pair[1]:
            return None
        if pair not in self._known:
            if pair not in self._folded:
                self._known[pair] = False
            else:
                self._known[pair] = True if self._collapsed.count(pair) == 1 else None
        return self._known[pair]


def drop_redundant_combos(hits: list[Hit]) -> list[Hit]:
    """Drop a co-occurrence hit that overlaps a term or detector hit, or an earlier rule hit of its category.

    A rule is there for wordings the lexicon lacks; where a term already matched, a second
    alert on the same words would only be noise for QA.
    """
    combos = [h for h in hits if h.rule == "combo"]
    if not combos:
        return hits
    kept = [h for h in hits if h.rule != "combo"]
    spans = [(h.start, h.end, "") for h in kept]
    for hit in sorted(combos, key=lambda h: (h.start, h.end)):
        if any(a < hit.end and hit.start < b and c in ("", hit.category) for a, b, c in spans):
            continue
        spans.append((hit.start, hit.end, hit.category))
        kept.append(hit)
    return kept


def dedupe(hits: list[Hit]) -> list[Hit]:
    """Drop hits contained in another hit of the same category (the higher severity of equal spans stays).

    One sweep in start order (longer first at equal starts) keeping, per category, the
    furthest end seen: a hit ending at or before it lies inside an earlier hit. Linear after
    the sort; comparing every hit with every kept one was quadratic in the number of hits.
    """
    out: list[Hit] = []
    reach: dict[str, int] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -h.end, -SEVERITY_RANK[h.severity])):
        if hit.end <= reach.get(hit.category, -1):
            continue
        reach[hit.category] = hit.end
        out.append(hit)
    return out


class Words:
    """Word-boundary and offset answers for one scanned text, the offset map built only when needed."""

    def __init__(self, folded: str, collapsed: str) -> None:
        self.folded = folded
        self.collapsed = collapsed
        self._pairs = Pairs(folded, collapsed)
        self._cmap: CollapseMap | None = None

    @property
    def cmap(self) -> CollapseMap:
        """The offset map of the collapsed text (built on first use)."""
        if self._cmap is None:
            self._cmap = collapse_map(self.folded)
        return self._cmap

    def _touches(self, k: int) -> bool:
        known = self._pairs.touching(k)
        return known if known is not None else not self.cmap.gap_before(k)

    def stands(self, s: int, e: int, latin_start: bool, latin_end: bool) -> bool:
        """Whether collapsed ``[s, e)`` is not part of a longer Latin word (a plural "s" is allowed)."""
        collapsed = self.collapsed
        glued_start = latin_start and s > 0 and is_latin(collapsed[s - 1])
        glued_end = latin_end and e < len(collapsed) and is_latin(collapsed[e])
        if glued_end and collapsed[e] == "s" and (e + 1 == len(collapsed) or not is_latin(collapsed[e + 1])):
            glued_end = False  # a plural "s" is still the same word
        return not ((glued_start and self._touches(s)) or (glued_end and self._touches(e)))

    def span(self, s: int, e: int) -> tuple[int, int]:
        """Original-text offsets of collapsed ``[s, e)``."""
        return self.cmap.span(s, e)
