"""Pinyin written inside Chinese text ("产品 la ji", "年收益 bao zheng"), read back as the characters.

The automaton holds full-pinyin variants of longer terms ("baozhengshouyi"), but a run of
spaced syllables for a short word inside a Chinese sentence ("启晟的 la ji 一个") is read by
nobody but the evader. :class:`PinyinView` knows the pinyin of every run of two or more
Chinese characters in the lexicon's terms and cues; :meth:`PinyinView.view` finds whole-word
runs of two or more spaced syllables in a text that also holds Chinese characters and
writes each known run back as its characters. Each syllable becomes its character followed
by zero-width spaces, so the view keeps the length and every offset of the original text.

Only whole lower-case words count (no letter or digit on either side; names are capitalised:
"Li Jin from purchasing" is not 礼金), only runs of known syllables,
and only texts with a Chinese character: English sentences and pinyin names that spell no
lexicon word ("Zhang Wei") are left as written. Built once per lexicon compile; per message
it costs a substring-free regex search on texts that are not pure ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.compliance.latin import JOINER

_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
# Two or more whole lower-case words separated by single spaces: the candidate syllable runs. Names
# are capitalised ("Li Jin" would read as 礼金), so a capital letter ends a run.
_RUN = re.compile(r"(?<![A-Za-z0-9])[a-z]{1,6}(?: [a-z]{1,6})+(?![A-Za-z0-9])")
_WORD = re.compile(r"[a-z]+")
# The cheap first test (a C-level scan): a run starts right after a Chinese character or mark
# ("产品 la ji", "销量，quan guo"); English inside Chinese text opens with a capital or a digit.
_AFTER_HAN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e] ?[a-z]{1,6} [a-z]")
MAX_CHARS = 6  # the longest run of characters read back in one piece


class PinyinView:
    """The pinyin of every Chinese run (2..:data:`MAX_CHARS` characters) in some lexicon strings."""

    def __init__(self, strings: Iterable[str]) -> None:
        from pypinyin import Style, lazy_pinyin  # only when a lexicon is (re)compiled

        self._known: dict[tuple[str, ...], str] = {}
        for string in strings:
            for run in _HAN_RUN.findall(string):
                syllables = lazy_pinyin(run, style=Style.NORMAL)
                if len(syllables) != len(run):
                    continue
                for i in range(len(run)):
                    for j in range(i + 2, min(len(run), i + MAX_CHARS) + 1):
                        self._known.setdefault(tuple(syllables[i:j]), run[i:j])
        self._syllables = frozenset(s for key in self._known for s in key)

    def __len__(self) -> int:
        return len(self._known)

    def view(self, text: str) -> str | None:
        """Return ``text`` with known pinyin runs written as characters (same length), or None."""
        if " " not in text or text.isascii() or _AFTER_HAN.search(text) is None:
            return None
        out = None
        for match in _RUN.finditer(text):
            words = [(w.start() + match.start(), w.group()) for w in _WORD.finditer(match.group())]
            i = 0
            while i < len(words):
                j = self._longest(words, i)
                if j is None:
                    i += 1
                    continue
                chars = iter(self._known[tuple(w for _, w in words[i:j])])
                out = list(text) if out is None else out
                starts = {start for start, _ in words[i:j]}
                for k in range(words[i][0], words[j - 1][0] + len(words[j - 1][1])):
                    out[k] = next(chars) if k in starts else JOINER
                i = j
        return None if out is None else "".join(out)

    def _longest(self, words: list[tuple[int, str]], i: int) -> int | None:
        """End of the longest known run of syllables starting at word ``i``, or None."""
        best = None
        if words[i][1] not in self._syllables:
            return None
        for j in range(i + 2, min(len(words), i + MAX_CHARS) + 1):
            if words[j - 1][1] not in self._syllables:
                break
            if tuple(w for _, w in words[i:j]) in self._known:
                best = j
        return best
