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

from assistant.compliance import detectors
from assistant.compliance.expand import homophone_variants, pinyin_variants
from assistant.compliance.lexicon import (
    PACKAGED_DIR,
    SEVERITY_RANK,
    Entry,
    Lexicon,
    fingerprint,
    lexicon_dirs,
    load_lexicon,
)
from assistant.compliance.normalize import (
    CollapseMap,
    collapse,
    collapse_map,
    is_latin,
    match_table,
    translate,
)
from assistant.compliance.result import Hit, ScanResult
from assistant.compliance.spans import Cover, Pairs, dedupe

log = logging.getLogger(__name__)
RELOAD_CHECK_SECONDS = 1.0
_NONE: set[str] = set()  # no detector cued (shared, never modified)
_VARIANT_RANK = {"exact": 0, "mixed": 1, "pinyin": 2, "initials": 3, "homophone": 4}


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
            for variant, kind in pinyin_variants(entry.term, lexicon.initials_stoplist):
                add(variant, entry, kind)
            for variant in homophone_variants(entry.term, lexicon.homophones):
                add(variant, entry, "homophone")
        self._keys = list(patterns)
        self._info = [patterns[k] for k in self._keys]
        # The detectors' cue patterns ride along in the same automaton (indexes from len(_keys)
        # on), so one scan of the collapsed text serves both the lexicon and the detector gates.
        self._detectors = detectors.Detectors(lexicon)
        self._ac = ahocorasick_rs.AhoCorasick(
            self._keys + [p for p, _ in self._detectors.cues], matchkind=ahocorasick_rs.MatchKind.Standard
        )
        self._table = match_table()  # what translate() uses, without the cache lookup per message
        self.build_seconds = time.perf_counter() - started

    @property
    def pattern_count(self) -> int:
        """How many normalised patterns (terms, variants, allow-list phrases) the automaton holds."""
        return len(self._keys)

    def scan(self, text: str) -> ScanResult:
        """Scan ``text``: lexicon hits (with evasions undone) plus contact-leak detectors."""
        folded = text.translate(self._table)
        collapsed = collapse(folded)
        found = self._ac.find_matches_as_indexes(collapsed, overlapping=True)
        hits: list[Hit] = []
        cued: set[str] = _NONE
        if found:
            terms = len(self._keys)
            lexicon_found = [m for m in found if m[0] < terms]
            if len(lexicon_found) < len(found):
                cues = self._detectors.cues
                cued = {cues[i - terms][1] for i, _, _ in found if i >= terms}
            if lexicon_found:
                hits = self._lexicon_hits(text, folded, collapsed, lexicon_found)
        hits += self._detectors.detect(text, collapsed, cued)
        if not hits:
            return ScanResult(text)
        return ScanResult(text, tuple(sorted(dedupe(hits), key=lambda h: (h.start, -h.end, h.category))))

    def _lexicon_hits(
        self, text: str, folded: str, collapsed: str, found: list[tuple[int, int, int]]
    ) -> list[Hit]:
        """Turn automaton matches into hits: allow-list, word boundaries, original offsets.

        The offset map costs a Python loop over the message, so it is built only when a
        match survives the cheap checks: most matches in clean text are allow-list phrases
        or pinyin initials inside English words ("dth" in "and the"), which
        :class:`~assistant.compliance.spans.Pairs` settles from the strings alone.
        """
        info_of = self._info
        allowed = Cover([(s, e) for i, s, e in found if info_of[i].entry is None])
        cmap: CollapseMap | None = None
        pairs = Pairs(folded, collapsed)

        def touches(k: int) -> bool:
            nonlocal cmap
            known = pairs.touching(k)
            if known is not None:
                return known
            cmap = cmap or collapse_map(folded)
            return not cmap.gap_before(k)

        hits = []
        for i, s, e in found:
            info = info_of[i]
            if info.entry is None or allowed.covers(s, e):
                continue
            glued_start = info.latin_start and s > 0 and is_latin(collapsed[s - 1])
            glued_end = info.latin_end and e < len(collapsed) and is_latin(collapsed[e])
            if (
                glued_end
                and collapsed[e] == "s"
                and (e + 1 == len(collapsed) or not is_latin(collapsed[e + 1]))
            ):
                glued_end = False  # a plural "s" is still the same word
            if (glued_start and touches(s)) or (glued_end and touches(e)):
                continue  # part of a longer word
            cmap = cmap or collapse_map(folded)
            start, end = cmap.span(s, e)
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
