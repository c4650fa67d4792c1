"""What a scan returns: hits with offsets in the original text, and a highlighted rendering."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from assistant.compliance.lexicon import SEVERITY_RANK

HIGHLIGHT = ("【", "】")
CONTEXT_CHARS = 30


@dataclass(frozen=True, slots=True)
class Hit:
    """One finding in a message.

    Attributes:
        category: lexicon category (guarantee, bribery, ...) or detector category (contact_leak).
        severity: low, medium or high.
        term: the lexicon term (or detector rule) that matched, in its canonical form.
        matched: the original text that matched, exactly as written.
        start: start offset in the original text.
        end: end offset (exclusive) in the original text.
        rule: ``lexicon`` or a detector name (phone, email, url, wechat_id).
        variant: how the text matched the term: exact, pinyin, initials, mixed, homophone, detector.
    """

    category: str
    severity: str
    term: str
    matched: str
    start: int
    end: int
    rule: str = "lexicon"
    variant: str = "exact"

    def to_dict(self) -> dict[str, object]:
        """Return the hit as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ScanResult:
    """The hits found in one text, ordered by position."""

    text: str
    hits: tuple[Hit, ...] = ()

    @property
    def flagged(self) -> bool:
        """Whether anything was found."""
        return bool(self.hits)

    @property
    def max_severity(self) -> str | None:
        """The highest severity among the hits, or None when clean."""
        if not self.hits:
            return None
        return max((h.severity for h in self.hits), key=SEVERITY_RANK.__getitem__)

    def highlighted(self, marks: tuple[str, str] = HIGHLIGHT) -> str:
        """Return the text with every hit wrapped in ``marks`` (overlapping hits are merged)."""
        return highlight(self.text, [(h.start, h.end) for h in self.hits], marks)

    def to_dict(self) -> dict[str, object]:
        """Return a JSON-ready dict: flagged, max severity, highlighted text and hits."""
        return {
            "flagged": self.flagged,
            "max_severity": self.max_severity,
            "highlighted": self.highlighted(),
            "hits": [h.to_dict() for h in self.hits],
        }


def highlight(text: str, spans: list[tuple[int, int]], marks: tuple[str, str] = HIGHLIGHT) -> str:
    """Wrap each ``[start, end)`` span of ``text`` in ``marks``, merging overlaps."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out += [text[pos:start], marks[0], text[start:end], marks[1]]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """Return the hit with up to ``chars`` characters either side, hit highlighted, ellipses where cut."""
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    snippet = highlight(text[lo:hi], [(start - lo, end - lo)])
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")
