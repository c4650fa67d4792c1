"""Text normalisation for matching: one length-preserving translation, then a collapse step.

Every message goes through :func:`normalize`:

1. ``text.translate(table)`` maps each character to exactly one character, so positions
   still line up with the original text: NFKC (full width → half width), lower case,
   traditional → simplified (character level, from OpenCC), accented Latin letters → their
   base letter (pinyin tone marks: "bǎo zhèng" → "bao zheng"), number styles (①, 壹, 幺,
   一 → digits), Latin look-alikes (Cyrillic ``а`` → ``a``). Ignorable characters (spaces,
   ASCII and CJK punctuation, symbols, emoji, zero-width and combining characters) become
   :data:`IGNORED`; sentence breaks (。！？!?; and newlines) become :data:`BREAK`, which no
   pattern contains, so a term never matches across two sentences.
2. ``IGNORED`` is removed and runs of the same non-digit character are collapsed
   ("包包包过" → "包过").

Lexicon terms go through the same function, so both sides agree. Offsets are mapped back
to the original text only when something matched (:func:`collapse_map`), which keeps the
per-message cost to a few C-level string operations.
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from assistant.text import lazy_re

IGNORED = "\x00"
BREAK = "\n"
_KEEP = frozenset("%+@")
_LEET_SIGNS = {"$": "s", "＄": "s"}
_STRONG_BREAKS = frozenset("。！？!?；;\n\r\u2028\u2029｡")
_ZERO_WIDTH = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
    "\u3164\u115f\u1160\uffa0"  # Hangul fillers: blank letters used as invisible separators
)
_NUMERALS = {
    "〇": "0",
    "零": "0",
    "一": "1",
    "壹": "1",
    "幺": "1",
    "二": "2",
    "贰": "2",
    "貳": "2",
    "三": "3",
    "叁": "3",
    "參": "3",
    "四": "4",
    "肆": "4",
    "五": "5",
    "伍": "5",
    "六": "6",
    "陆": "6",
    "陸": "6",
    "七": "7",
    "柒": "7",
    "八": "8",
    "捌": "8",
    "九": "9",
    "玖": "9",
}
_LOOKALIKES = {
    "а": "a",
    "в": "b",
    "е": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ɡ": "g",
    "α": "a",
    "β": "b",
    "ε": "e",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ѵ": "v",
}
_TABLE_SIZE = 0x1FB00  # the BMP plus the emoji planes, folded one by one
_TAGS_START, _TAGS_END = 0xE0000, 0xE0080  # Unicode tag characters: invisible, used to split words
_OTHER = "\ufffd"  # what the rare characters between the emoji planes and the tags become
_REPEATED = lazy_re.compile(r"([^0-9])(?=\1)")  # a non-digit followed by the same character


@lru_cache(maxsize=1)
def _t2s() -> dict[str, str]:
    """Character-level traditional → simplified table built once from OpenCC."""
    import opencc

    chars = [
        chr(cp) for lo, hi in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)) for cp in range(lo, hi)
    ]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - OpenCC keeps the separators
        return {}
    return {a: b for a, b in zip(chars, converted, strict=True) if len(b) == 1 and a != b}


def _fold(ch: str) -> str:
    """Map one character to its folded form (one character), without the ignorable rules."""
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        digit = unicodedata.digit(ch, None)
        n = str(digit) if digit is not None else ch
    n = n.lower() if len(n.lower()) == 1 else n
    n = _strip_accent(n)
    n = _t2s().get(n, n)
    n = _NUMERALS.get(n, n)
    return _LOOKALIKES.get(n, n)


def _strip_accent(ch: str) -> str:
    """Drop tone marks and accents from a Latin letter: pinyin "bǎo zhèng" matches as "bao zheng".

    Only letters that decompose into an ASCII letter plus combining marks change ("ǎ", "é",
    "ü"), so the translation stays one character for one character.
    """
    if ch.isascii() or not ch.isalpha():
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() else ch


def _is_ignorable(ch: str) -> bool:
    if ch in _KEEP:
        return False
    if ch in _ZERO_WIDTH:
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "PSZC" or cat in {"Mn", "Me", "Sk"}


def _build_table(fold_one, tag: str) -> str:  # fold_one: a str -> str function
    """Build a translation table as a string indexed by code point (fast in ``str.translate``).

    Past the emoji planes every character becomes U+FFFD (kept: it separates words like
    any other character) and the tag characters become ``tag``, so the table stays a
    two-byte string and a tag character needs no separate pass. Code points past the
    tags pass through unchanged.
    """
    out = []
    for cp in range(_TABLE_SIZE):
        out.append(" " if 0xD800 <= cp < 0xE000 else fold_one(chr(cp)))
    out.append(_OTHER * (_TAGS_START - _TABLE_SIZE))
    out.append(tag * (_TAGS_END - _TAGS_START))
    return "".join(out)


def _match_one(ch: str) -> str:
    if ch in _STRONG_BREAKS:
        return BREAK
    if ch in _LEET_SIGNS:  # "per$onal": a sign that stands for a letter is matched as that letter
        return _LEET_SIGNS[ch]
    out = _fold(ch)
    return IGNORED if _is_ignorable(out) else out


def _cached_table(name: str, fold_one, tag: str) -> str:  # fold_one: a str -> str function
    """Build a table once per code version and Unicode/OpenCC release; later runs read it from DATA_DIR/cache."""
    from importlib.util import find_spec
    from pathlib import Path

    from assistant.cache import cached_text

    spec = find_spec("opencc")
    opencc = Path(spec.origin) if spec and spec.origin else Path("opencc-missing")
    stamp = f"{unicodedata.unidata_version} {opencc} {opencc.stat().st_mtime_ns if opencc.exists() else 0}"
    table = cached_text(f"compliance-{name}", [Path(__file__), stamp], lambda: _build_table(fold_one, tag))
    return table if len(table) == _TAGS_END else _build_table(fold_one, tag)


@lru_cache(maxsize=1)
def match_table() -> str:
    """Return the translation table for matching: character ``i`` is what code point ``i`` becomes.

    A string table is about twice as fast in ``str.translate`` as a dict: lookups are
    plain indexing, and code points past the end pass through unchanged.
    """
    return _cached_table("match_table", _match_one, IGNORED)


@lru_cache(maxsize=1)
def detect_table() -> str:
    """Return the translation table for the detectors: folded like matching, but punctuation kept."""
    return _cached_table("detect_table", lambda ch: " " if ch in _ZERO_WIDTH else _fold(ch), " ")


def translate(text: str) -> str:
    """Return the length-preserving folded form of ``text`` used for matching."""
    return text.translate(match_table())


def collapse(folded: str) -> str:
    """Drop ignorable characters and collapse repeated non-digit characters.

    Each character followed by the same character is deleted, which leaves one of every
    run; the replacement is the empty string, so no per-match template is expanded.
    """
    return _REPEATED.sub("", folded.replace(IGNORED, ""))


def normalize(text: str) -> str:
    """Normalise ``text`` the way both lexicon terms and messages are matched."""
    return collapse(translate(text))


@dataclass(frozen=True, slots=True)
class CollapseMap:
    """Where each character of the collapsed text came from in the original text.

    Attributes:
        starts: original start offset of collapsed character ``i``.
        ends: original end offset (exclusive) of the run collapsed into character ``i``.
    """

    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a collapsed ``[start, end)`` span to the original text."""
        return self.starts[start], self.ends[end - 1]

    def gap_before(self, i: int) -> bool:
        """Whether ignorable characters separated collapsed characters ``i - 1`` and ``i``."""
        return i <= 0 or self.starts[i] > self.ends[i - 1]


def collapse_map(folded: str) -> CollapseMap:
    """Build the offset map of :func:`collapse` for a translated text (same rules, in Python).

    A plain loop: measured faster than ``compress``/``map`` or regex variants, because
    those need a second pass for the runs. Callers build it only when they must.
    """
    starts: list[int] = []
    ends: list[int] = []
    add_start, add_end = starts.append, ends.append
    prev = ""
    for i, ch in enumerate(folded):
        if ch == IGNORED:
            continue
        if ch == prev and not ("0" <= ch <= "9"):
            ends[-1] = i + 1
            continue
        add_start(i)
        add_end(i + 1)
        prev = ch
    return CollapseMap(starts, ends)


def is_latin(ch: str) -> bool:
    """Whether ``ch`` is an ASCII letter or digit (word-boundary rules apply to these)."""
    return ch.isascii() and ch.isalnum()


def table_bytes() -> int:
    """Approximate memory held by the two translation tables, in bytes."""
    return sum(sys.getsizeof(t) for t in (match_table(), detect_table()))
