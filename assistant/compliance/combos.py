"""Co-occurrence rules (``combos.yaml``): a hit when one cue of every group occurs in one sentence.

QA teams write rules this way ("money word + personal account", "contact channel + private",
"guarantee + outcome") because it covers wordings nobody listed. A rule names its
category, severity, a label (the alert's term), a ``window`` (the most collapsed
characters from the first cue to the end of the last; twice that for an all-Latin span) and ``unless`` phrases: a cue
occurrence overlapping one of them does not count ("不能保证" covers "保证", "他个人账户"
covers "个人账户").

The first group's cues ride along in the matcher's automaton (write the rarest group
first); only a text holding one is searched for the other groups and the ``unless``
phrases, and only a rule with every group present has its positions compared
(:meth:`ComboIndex.find`). A clean message costs almost nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ahocorasick_rs

from assistant.compliance.expand import leet_variants
from assistant.compliance.normalize import BREAK, is_latin, normalize

MAX_OCCURRENCES = 8  # per group and message: enough for any real sentence, bounded for hostile text
DEFAULT_WINDOW = 24
MIN_CUE_CHARS = 2  # after normalisation: "qq" becomes "q" (repeats collapse), far too common
LATIN_WINDOW_FACTOR = 2  # English words are longer than Chinese ones: "guaranteeitwillpass" is one clause


@dataclass(frozen=True, slots=True)
class Combo:
    """One co-occurrence rule."""

    name: str
    category: str
    severity: str
    label: str
    window: int
    groups: tuple[tuple[str, ...], ...]
    unless: tuple[str, ...] = ()


def parse_combos(data: dict[str, Any], severities: tuple[str, ...], problems: list[str]) -> list[Combo]:
    """Validate the ``combos`` list of ``combos.yaml``; problems are appended as ``combos.yaml: ...``."""
    out: list[Combo] = []
    raw = data.get("combos")
    if not isinstance(raw, list):
        problems.append("combos.yaml: 'combos' must be a list of rules")
        return out
    for i, rule in enumerate(raw, start=1):
        where = f"combos.yaml rule #{i}"
        if not isinstance(rule, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        groups = rule.get("groups")
        if (
            not isinstance(groups, list)
            or len(groups) < 2
            or not all(isinstance(g, list) and g for g in groups)
        ):
            problems.append(f"{where}: 'groups' must be a list of at least two non-empty lists")
            continue
        severity = str(rule.get("severity", ""))
        if severity not in severities:
            problems.append(f"{where}: severity {severity!r} must be one of {', '.join(severities)}")
            continue
        window = rule.get("window", DEFAULT_WINDOW)
        if not isinstance(window, int) or not 2 <= window <= 200:
            problems.append(f"{where}: window must be a whole number from 2 to 200")
            continue
        short = [str(c) for g in groups for c in g if len(normalize(str(c))) < MIN_CUE_CHARS]
        if short:
            problems.append(
                f"{where}: cues {short} normalise to under {MIN_CUE_CHARS} characters (too common to use)"
            )
            continue
        cleaned = tuple(tuple(str(c).strip() for c in g) for g in groups)
        out.append(
            Combo(
                name=str(rule.get("name") or f"combo_{i}"),
                category=str(rule.get("category") or ""),
                severity=severity,
                label=str(rule.get("label") or rule.get("name") or f"combo_{i}"),
                window=window,
                groups=cleaned,
                unless=tuple(str(u).strip() for u in rule.get("unless") or [] if normalize(str(u))),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class ComboHit:
    """A rule that fired, with its span in the collapsed text."""

    combo: Combo
    start: int
    end: int


class ComboIndex:
    """Every cue and ``unless`` phrase of the rules as one pattern list, with what each pattern means.

    Each pattern carries a bit mask of the (rule, group) pairs it is a cue for, so "does some
    rule have all its groups?" is a few integer operations per message; positions and word
    boundaries are looked at only for a rule that passes that test.
    """

    def __init__(self, combos: tuple[Combo, ...]) -> None:
        self.combos = combos
        owners: dict[str, list[tuple[int, int]]] = {}
        for ci, combo in enumerate(combos):
            for gi, group in enumerate(combo.groups):
                for cue in group:
                    for form in (cue, *leet_variants(cue)):
                        owners.setdefault(normalize(form), []).append((ci, gi))
            for phrase in combo.unless:
                owners.setdefault(normalize(phrase), []).append((ci, -1))
        usable = [p for p in owners if p and BREAK not in p]
        # Patterns that trigger a rule (a first-group cue) come first: only they ride in the
        # matcher's automaton; the rest are searched by this index's own automaton, and only
        # in a text where a trigger occurred.
        self.patterns = [p for p in usable if any(gi == 0 for _, gi in owners[p])]
        self._rest = [p for p in usable if p not in set(self.patterns)]
        self._owners = [tuple(owners[p]) for p in self.patterns + self._rest]
        self._rest_ac = ahocorasick_rs.AhoCorasick(
            self._rest or ["\x00\x00"], matchkind=ahocorasick_rs.MatchKind.Standard
        )
        offsets = list(itertools.accumulate((len(c.groups) for c in combos), initial=0))
        self._full = [((1 << len(c.groups)) - 1) << offsets[ci] for ci, c in enumerate(combos)]
        self._pairs = sum(((1 << (len(c.groups) - 1)) - 1) << offsets[ci] for ci, c in enumerate(combos))
        self._masks = [sum(1 << (offsets[ci] + gi) for ci, gi in set(own) if gi >= 0) for own in self._owners]

    def is_latin(self) -> list[tuple[bool, bool]]:
        """Per pattern (triggers, then the rest): whether it starts and ends with a Latin letter or digit."""
        return [(is_latin(p[0]), is_latin(p[-1])) for p in self.patterns + self._rest]

    def complete(self, triggers: list[tuple[int, int, int]], collapsed: str) -> list[tuple[int, int, int]]:
        """Add the other groups' cues and the ``unless`` phrases found in ``collapsed`` to the trigger matches."""
        base = len(self.patterns)
        rest = self._rest_ac.find_matches_as_indexes(collapsed, overlapping=True)
        return triggers + [(i + base, s, e) for i, s, e in rest]

    def ready(self, found: list[tuple[int, int, int]]) -> list[int]:
        """Indexes of the rules with a cue of every group among ``found`` (positions not checked yet).

        ``found`` holds ``(pattern index, start, end)`` matches (see :meth:`complete`). A rule's
        group bits are adjacent, so "two neighbouring bits of one rule" is a necessary
        condition tested with two integer operations before any rule is looked at.
        """
        masks = self._masks
        seen = 0
        for p, _, _ in found:
            seen |= masks[p]
        if not seen & (seen >> 1) & self._pairs:
            return []
        return [ci for ci, full in enumerate(self._full) if seen & full == full]

    def find(
        self,
        found: list[tuple[int, int, int]],
        collapsed: str,
        bounded: Callable[[int, int, int], bool],
        ready: list[int] | None = None,
    ) -> list[ComboHit]:
        """Rules whose groups all occur (uncovered, in one sentence, within the window).

        Args:
            found: ``(pattern index, start, end)`` matches of :attr:`patterns` in ``collapsed``.
            collapsed: the matcher's collapsed text.
            bounded: ``bounded(pattern index, start, end)`` says whether a match stands as a
                word (Latin cues must not be part of a longer word).
            ready: what :meth:`ready` returned for ``found``, when the caller has it.
        """
        hits = []
        for ci in self.ready(found) if ready is None else ready:
            hit = self._place(ci, found, collapsed, bounded)
            if hit is not None:
                hits.append(hit)
        return hits

    def _place(
        self,
        ci: int,
        found: list[tuple[int, int, int]],
        collapsed: str,
        bounded: Callable[[int, int, int], bool],
    ) -> ComboHit | None:
        """Place rule ``ci`` as narrowly as possible, with cues that stand as words and are not covered."""
        combo = self.combos[ci]
        covers: list[tuple[int, int, int]] = []
        groups: list[list[tuple[int, int, int]]] = [[] for _ in combo.groups]
        for p, s, e in found:
            for oc, gi in self._owners[p]:
                if oc != ci:
                    continue
                if gi < 0:
                    covers.append((p, s, e))
                elif len(groups[gi]) < MAX_OCCURRENCES:
                    groups[gi].append((p, s, e))
        candidates = []
        for pick in itertools.product(*groups):
            start, end = min(s for _, s, _ in pick), max(e for _, _, e in pick)
            span = collapsed[start:end]
            limit = combo.window * LATIN_WINDOW_FACTOR if span.isascii() else combo.window
            if end - start <= limit and BREAK not in span and not _overlapping(pick):
                candidates.append((end - start, start, end, pick))
        for _, start, end, pick in sorted(candidates, key=lambda c: c[:3]):
            if all(
                bounded(p, s, e) and not any(a < e and s < b and bounded(q, a, b) for q, a, b in covers)
                for p, s, e in pick
            ):
                return ComboHit(combo, start, end)
        return None


def _overlapping(pick: tuple[tuple[int, int, int], ...]) -> bool:
    """Whether two cues of the pick share characters (one word cannot serve two groups)."""
    spans = sorted((s, e) for _, s, e in pick)
    return any(b[0] < a[1] for a, b in itertools.pairwise(spans))
