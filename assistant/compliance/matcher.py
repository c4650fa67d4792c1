"""The compiled matcher: one Aho–Corasick automaton over normalised terms, variants and allow-list.

:func:`scan_text` is the public entry point (pure, no database). The matcher is compiled
once and cached; :func:`get_matcher` checks the lexicon files' modification times at most
once per :data:`RELOAD_CHECK_SECONDS` and recompiles when they changed. A broken edit
never takes scanning down: the previous matcher keeps serving and the error is kept in
:func:`last_reload_error` (``crm-assistant lexicon reload`` prints it).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import ahocorasick_rs

from assistant.compliance import detectors, evasion, negation
from assistant.compliance.combos import ComboIndex
from assistant.compliance.expand import homophone_variants, leet_variants, pinyin_variants
from assistant.compliance.latin import latin_view
from assistant.compliance.lexicon import (
    PACKAGED_DIR,
    SEVERITY_RANK,
    Entry,
    Lexicon,
    fingerprint,
    lexicon_dirs,
    load_lexicon,
)
from assistant.compliance.normalize import BREAK, collapse, is_latin, match_table, translate
from assistant.compliance.pinyin_view import PinyinView
from assistant.compliance.quantities import beside_number
from assistant.compliance.result import Hit, ScanResult
from assistant.compliance.spans import Cover, Pairs, Words, dedupe, drop_redundant_combos

log = logging.getLogger(__name__)
RELOAD_CHECK_SECONDS = 1.0
_NONE: set[str] = set()  # no detector cued (shared, never modified)
_VARIANT_RANK = {"exact": 0, "mixed": 1, "pinyin": 2, "initials": 3, "homophone": 4, "leet": 5}


@dataclass(frozen=True, slots=True)
class _Pattern:
    """What one automaton pattern stands for: an entry (or the allow-list) and the variant kind."""

    entry: Entry | None  # None: an allow-list phrase
    variant: str
    latin_start: bool
    latin_end: bool


class Matcher:
    """A compiled lexicon: call :meth:`scan` on any text."""

    def __init__(self, lexicon: Lexicon) -> None:
        started = time.perf_counter()
        self.lexicon = lexicon
        patterns: dict[str, _Pattern] = {}

        def add(raw: str, entry: Entry | None, variant: str) -> None:
            norm = collapse(translate(raw))
            if len(norm) < 2:
                return
            old = patterns.get(norm)
            if old is not None:
                if old.entry is None or entry is None:
                    if entry is None and old.variant != "exact":
                        patterns[norm] = _Pattern(None, "allow", is_latin(norm[0]), is_latin(norm[-1]))
                    return
                better = (SEVERITY_RANK[entry.severity], -_VARIANT_RANK[variant]) > (
                    SEVERITY_RANK[old.entry.severity],
                    -_VARIANT_RANK[old.variant],
                )
                if not better:
                    return
            patterns[norm] = _Pattern(entry, variant, is_latin(norm[0]), is_latin(norm[-1]))

        for entry in lexicon.entries:
            add(entry.term, entry, "exact")
        for phrase in lexicon.allow:
            add(phrase, None, "allow")
        for entry in lexicon.entries:
            for variant, kind in pinyin_variants(
                entry.term, lexicon.initials_stoplist, short=entry.category == "abuse"
            ):
                add(variant, entry, kind)
            for variant in homophone_variants(entry.term, lexicon.homophones):
                add(variant, entry, "homophone")
            for variant in leet_variants(entry.term):
                add(variant, entry, "leet")
        self._keys = list(patterns)
        self._info = [patterns[k] for k in self._keys]
        # The detectors' cue patterns and the co-occurrence cues ride along in the same
        # automaton (indexes from len(_keys) on), so one scan of the collapsed text serves all.
        self._detectors = detectors.Detectors(lexicon)
        self._combos = ComboIndex(lexicon.combos)
        self._combo_from = len(self._keys) + len(self._detectors.cues)
        self._combo_latin = self._combos.is_latin()
        self._ac = ahocorasick_rs.AhoCorasick(
            self._keys + [p for p, _ in self._detectors.cues] + self._combos.patterns,
            matchkind=ahocorasick_rs.MatchKind.Standard,
        )
        self._table = match_table()  # what translate() uses, without the cache lookup per message
        self.pinyin = PinyinView(
            [e.term for e in lexicon.entries] + [w for c in lexicon.combos for g in c.groups for w in g]
        )
        self.build_seconds = time.perf_counter() - started

    @property
    def pattern_count(self) -> int:
        """How many normalised patterns (terms, variants, allow-list phrases) the automaton holds."""
        return len(self._keys)

    def scan(self, text: str) -> ScanResult:
        """Scan ``text``: lexicon hits (with evasions undone), co-occurrence rules and contact detectors.

        Hits in a clause that refuses or prohibits them ("严禁飞单", "we never pay
        kickbacks") are dropped (:mod:`assistant.compliance.negation`).
        """
        hits = self._all_hits(text)
        if hits:
            hits = negation.drop_negated(text, hits)
        if not hits:
            return ScanResult(text)
        hits = dedupe(drop_redundant_combos(hits))
        return ScanResult(text, tuple(sorted(hits, key=lambda h: (h.start, -h.end, h.category))))

    def refuses(self, text: str) -> bool:
        """Whether ``text`` names a banned practice only to refuse it (every hit negated, at least one)."""
        hits = self._all_hits(text)
        return bool(hits) and all(negation.negated(text, h) for h in hits)

    def _all_hits(self, text: str) -> list[Hit]:
        """Every hit before the negation check: lexicon, combos, detectors, the second look."""
        folded = text.translate(self._table)
        collapsed = collapse(folded)
        hits, cued = self._hits(text, folded, collapsed)
        hits += self._detectors.detect(text, collapsed, cued)
        look = None
        if collapsed.find(BREAK, 0, len(collapsed) - 1) != -1:  # a break before the last character
            look = evasion.second_look(text, folded, collapsed)
        if look is not None:
            found, _ = self._hits(text, look.folded, collapse(look.folded))
            hits += [h for h in found if look.accepts(h)]
        view = latin_view(text)  # "c o n t r a c t", "0ff th3 b00ks": same length, same offsets
        if view is not None:
            folded = view.translate(self._table)
            hits += self._hits(text, folded, collapse(folded))[0]
        if " " in text and not text.isascii() and (view := self.pinyin.view(text)) is not None:
            folded = view.translate(self._table)  # "产品 la ji": pinyin read back, same offsets
            hits += self._hits(text, folded, collapse(folded))[0]
        return hits

    def contacts(self, text: str) -> list[Hit]:
        """Return only the contact detectors' hits in ``text`` (phone, e-mail, link, WeChat id)."""
        return self._detectors.detect(text, collapse(text.translate(self._table)))

    def _hits(self, text: str, folded: str, collapsed: str) -> tuple[list[Hit], set[str]]:
        """Lexicon and co-occurrence hits of one folded form, and the detectors cued in it."""
        found = self._ac.find_matches_as_indexes(collapsed, overlapping=True)
        if not found:
            return [], _NONE
        terms, combo_from = len(self._keys), self._combo_from
        lexicon_found = [m for m in found if m[0] < terms]
        cued: set[str] = _NONE
        ready: list[int] = []
        if len(lexicon_found) < len(found):
            cues = self._detectors.cues
            cued = {cues[i - terms][1] for i, _, _ in found if terms <= i < combo_from}
            combo_found = [(i - combo_from, s, e) for i, s, e in found if i >= combo_from]
            if combo_found:
                combo_found = self._combos.complete(combo_found, collapsed)
                ready = self._combos.ready(combo_found)
        if not lexicon_found and not ready:
            return [], cued
        words = Words(folded, collapsed)
        hits = self._lexicon_hits(text, words, lexicon_found) if lexicon_found else []
        if ready:
            latin = self._combo_latin

            def bounded(p: int, s: int, e: int) -> bool:
                return words.stands(s, e, *latin[p])

            for ch in self._combos.find(combo_found, collapsed, bounded, ready):
                start, end = words.span(ch.start, ch.end)
                c = ch.combo
                hits.append(
                    Hit(c.category, c.severity, c.label, text[start:end], start, end, "combo", "combo")
                )
        return hits, cued

    def _lexicon_hits(self, text: str, words: Words, found: list[tuple[int, int, int]]) -> list[Hit]:
        """Turn automaton matches into hits: allow-list, word boundaries, original offsets.

        The offset map costs a Python loop over the message, so it is built only when a
        match survives the cheap checks: most matches in clean text are allow-list phrases
        or pinyin initials inside English words ("dth" in "and the"), which
        :class:`~assistant.compliance.spans.Pairs` settles from the strings alone.
        """
        info_of = self._info
        allowed = Cover([(s, e) for i, s, e in found if info_of[i].entry is None])
        hits = []
        for i, s, e in found:
            info = info_of[i]
            if info.entry is None or allowed.covers(s, e):
                continue
            if not words.stands(s, e, info.latin_start, info.latin_end):
                continue  # part of a longer word
            start, end = words.span(s, e)
            if info.variant == "initials" and beside_number(text, start, end):
                continue  # "1,440 lbs", "chk 4471": a unit or a label, not an abbreviation
            entry = info.entry
            hits.append(
                Hit(
                    entry.category,
                    entry.severity,
                    entry.term,
                    text[start:end],
                    start,
                    end,
                    "lexicon",
                    info.variant,
                )
            )
        return hits


def _touching(folded: str, collapsed: str, i: int) -> bool | None:
    """One-off form of :meth:`Pairs.touching` (tests compare it with the offset map)."""
    return Pairs(folded, collapsed).touching(i)


_lock = threading.Lock()
_state: dict[str, object] = {
    "matcher": None,
    "fingerprint": None,
    "checked": 0.0,
    "error": None,
    "dirs": None,
}


def get_matcher(*, force: bool = False) -> Matcher:
    """Return the cached matcher, recompiling when lexicon files changed (checked once a second).

    Fails closed: when the files do not load, the last good lexicon keeps serving (the
    packaged one if none loaded yet in this process); the error is logged and kept for
    :func:`last_reload_error` (``lexicon reload`` and ``lexicon validate`` show it).
    """
    now = time.monotonic()
    current = _state["matcher"]
    if current is not None and not force and now - float(_state["checked"]) < RELOAD_CHECK_SECONDS:
        return current
    with _lock:
        dirs = lexicon_dirs()
        fp = (tuple(str(d) for d in dirs), fingerprint(dirs))
        _state["checked"] = now
        if _state["matcher"] is not None and fp == _state["fingerprint"] and not force:
            return _state["matcher"]
        try:
            matcher = Matcher(load_lexicon(dirs))
        except Exception as exc:  # any broken file: fail closed to a good lexicon
            _state["error"] = str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}"
            if _state["matcher"] is None:  # nothing loaded yet in this process: the packaged lexicon
                log.error("lexicon load failed, using the packaged lexicon: %s", _state["error"])
                _state["matcher"] = Matcher(load_lexicon([PACKAGED_DIR]))
            else:
                log.error("lexicon reload failed, keeping the previous lexicon: %s", _state["error"])
            _state["fingerprint"] = fp
            return _state["matcher"]
        _state.update(matcher=matcher, fingerprint=fp, error=None)
        return matcher


def last_reload_error() -> str | None:
    """Return the error of the last failed reload, or None when the lexicon in use is current."""
    return _state["error"]


def reset_matcher_cache() -> None:
    """Forget the cached matcher (tests; the next call recompiles)."""
    with _lock:
        _state.update(matcher=None, fingerprint=None, checked=0.0, error=None)


def scan_text(text: str) -> ScanResult:
    """Scan one message or draft for compliance problems, with the current lexicon.

    Pure: reads the lexicon, writes nothing. Offsets in the result refer to ``text``.
    """
    return get_matcher().scan(text)


def compile_dir(path: Path) -> Matcher:
    """Compile a matcher from one lexicon directory (tests, benchmarks, ``lexicon validate``)."""
    return Matcher(load_lexicon([path]))
