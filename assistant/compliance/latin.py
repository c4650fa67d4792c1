"""English evasions inside words: spaced-out letters and leetspeak digits, undone in an extra view.

"c o n t r a c t", "W h @ t s A p p", "0ff th3 b00ks", "k1ckb@ck" and "w0men" keep a
reader's meaning while breaking the word the lexicon and the embedding know. The automaton
holds one-substitution leet variants of each Latin term (:func:`~assistant.compliance.expand.leet_variants`);
what it cannot hold is every mix, so :func:`latin_view` rewrites the text once:

* a run of three or more single characters separated by single spaces ("c o n t r a c t")
  is joined: its inner spaces become zero-width spaces (ignorable when matching), so the
  view keeps the length and every offset of the original text;
* a token that mixes letters with leet digits or signs ("0ff", "th3", "k1ckb@ck") has them
  replaced by the letters they stand for (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s).

Prices, ids and SKUs stay as written: tokens with fewer than two letters, with three digits
in a row, all in capitals with digits ("MP3", "SKU4411A") or a number with a unit or ordinal
("10kg", "3pm", "2nd") are left alone. A text without such a token costs one regex search.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

JOINER = "\u200b"  # zero width: ignorable for the matcher, dropped for the classifier
_LEET = str.maketrans("013457@$", "oieastas")
# A one-pass gate over the UTF-8 bytes: ASCII letters become "a", leet characters "1", spaces stay,
# every other byte "." (bytes.translate is a C loop), then a few substring tests.
_GATE = bytes(
    b"." * 32
    + b" "
    + bytes(
        ord("1") if chr(c) in "0123456789@$" else ord("a") if chr(c).isalpha() else 46 for c in range(33, 128)
    )
    + b"." * 128
)
_MIXED = (b"a1", b"1a")
_SPACED_GATE = (b" a a ", b" a 1 ", b" 1 a ")
_SPACED = lazy_re.compile(r"(?<![^\s(\"'])[A-Za-z0-9@$](?: [A-Za-z0-9@$]){2,}(?![^\s.,;:!?)\"'])")
_TOKEN = lazy_re.compile(
    "[A-Za-z0-9@$\u200b]*(?:[A-Za-z]\u200b?[0-9@$]|[0-9@$]\u200b?[A-Za-z])[A-Za-z0-9@$\u200b]*"
)
_UNIT = lazy_re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|k|m|g|kg|mg|mm|cm|km|ml|l|x|gb|mb|tb|kb|w|kw|kwh|v|hz|khz|mhz|ghz|h|hr|hrs"
    r"|min|s|d|pcs|pc|ft|in|lb|lbs|oz|yr|yrs|mo|wk|p|fps|mp|t)s?",
    re.IGNORECASE,
)
_CAPS_CODE = lazy_re.compile(r"[A-Z0-9@$]*[0-9][A-Z0-9@$]*")
_THREE_DIGITS = lazy_re.compile(r"\d{3}")


def _deleet(match: re.Match[str]) -> str:
    """Read the leet characters of a token as letters, unless it looks like a number, code or e-mail."""
    token = match.group()
    if token.isalpha() or sum(c.isalpha() for c in token) < 2 or token[0] == "@":
        return token
    if "@" in token and match.string[match.end() : match.end() + 1] in (".", "-", "_"):
        return token  # an e-mail address: "sales@hx-trading.com"
    if _THREE_DIGITS.search(token) or _UNIT.fullmatch(token) or _CAPS_CODE.fullmatch(token):
        return token
    return token.translate(_LEET)


def _join(match: re.Match[str]) -> str:
    run = match.group()
    return run.replace(" ", JOINER) if sum(c.isalpha() for c in run) >= 2 else run


def latin_view(text: str) -> str | None:
    """Return ``text`` with spaced-out letters joined and leet tokens read as words (same length), or None.

    None means the view would equal the text, so there is nothing more to scan.
    """
    gate = text.encode().translate(_GATE)
    spaced = _SPACED_GATE[0] in gate or _SPACED_GATE[1] in gate or _SPACED_GATE[2] in gate
    view = _SPACED.sub(_join, text) if spaced else text
    if _MIXED[0] in gate or _MIXED[1] in gate or view is not text:
        view = _TOKEN.sub(_deleet, view)
    return None if view == text else view


def readable_latin(text: str) -> str:
    """Return the view for an embedding: spaced letters joined without a trace, leet tokens read as words."""
    view = latin_view(text)
    return text if view is None else view.replace(JOINER, "")
