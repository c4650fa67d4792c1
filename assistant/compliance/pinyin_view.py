"""Pinyin written inside Chinese text ("产品 la ji", "年收益 bao zheng"), read back as the characters.

The automaton holds full-pinyin variants of longer terms ("baozhengshouyi"), but a run of
spaced syllables for a short word inside a Chinese sentence ("启晟的 la ji 一个") is read by
nobody but the evader. :class:`PinyinView` knows the pinyin of every run of two or more
Chinese characters in the lexicon's terms and cues; :meth:`PinyinView.view` finds whole-word
runs of two or more spaced syllables in a text that also holds Chinese characters and
writes each known run back as its characters. Each syllable becomes its character followed
by zero-width spaces, so the view keeps the length and every offset of the original text.

Only whole words count (no letter or digit on either side), only runs of known syllables,
and only texts with a Chinese character: English sentences and pinyin names that spell no
lexicon word ("Zhang Wei") are left as written. A run may open the message ("la ji 产品") and
may be capitalised ("La ji", "LA JI") or carry tone marks ("lā jī", also as combining marks);
but a run of two or three capitalised words that opens with a common surname is a person's
name ("Li Jin from purchasing" is not 礼金) and stays as written. Built once per lexicon
compile; per message it costs a substring-free regex search on texts that are not pure ASCII.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.compliance.latin import JOINER
from assistant.text import lazy_re

_HAN_RUN = lazy_re.compile(r"[\u3400-\u9fff]{2,}")
# Tone-marked vowels read as their plain letters (ü as v, as pypinyin writes it); same length.
_TONES = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ",
    "aaaaeeeeiiiioooouuuuvvvvvAAAAEEEEIIIIOOOOUUUUVVVVV",
)
_MARKS = "\u0300-\u036f"  # combining tone marks ride along with their letter
# Two or more whole words separated by single spaces: the candidate syllable runs.
_RUN = lazy_re.compile(
    rf"(?<![A-Za-z0-9{_MARKS}])[A-Za-z][A-Za-z{_MARKS}]{{0,8}}(?: [A-Za-z][A-Za-z{_MARKS}]{{0,8}})+(?![A-Za-z0-9])"
)
_WORD = lazy_re.compile(rf"[A-Za-z][A-Za-z{_MARKS}]*")
# The cheap first test (a C-level scan): two words in a row shaped like pinyin syllables (an optional
# initial, one to three vowels, an optional n/ng/r; capitals and tone marks allowed) that open the message
# or follow a Chinese character or mark ("产品 la ji", "销量，quan guo", "La ji 一个", "lā jī"). Most
# English ("Hi Tom", "Best regards", "Let me know") fails it on the first word with a consonant ending.
_VOWEL = "AEIOUVaeiouv\u00c0-\u01dc"
_SHAPE = (
    rf"[BPMFDTNLGKHJQXRZCSYWbpmfdtnlgkhjqxrzcsyw]?[Hh]?[{_VOWEL}][{_VOWEL}{_MARKS}]{{0,4}}(?:[Nn][Gg]?|[Rr])?"
)
_AFTER_HAN = lazy_re.compile(rf"(?:^|[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]) ?{_SHAPE} {_SHAPE}(?![A-Za-z])")
# Common surnames: two or three capitalised words opening with one are a name ("Li Jin", "Bao Zheng").
SURNAMES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song "
    "tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen "
    "yao jin fu zhong cui tan fan shi jia wan xue lei hou long duan hao kong shao mao qiu qin bai meng yan "
    "bao fei hui".split()
)
MAX_NAME_WORDS = 3
MAX_CHARS = 6  # the longest run of characters read back in one piece
MAX_SEEN = 4096  # views remembered per matcher (cleared when full)
MAX_SEEN_CHARS = 500  # only messages this short are remembered


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
        self._seen: dict[str, str | None] = {}  # the matcher and semantic.unsplit ask about the same texts

    def __len__(self) -> int:
        return len(self._known)

    def view(self, text: str) -> str | None:
        """Return ``text`` with known pinyin runs written as characters (same length), or None."""
        if " " not in text or text.isascii():
            return None
        if _AFTER_HAN.search(text) is None:
            return None
        if text in self._seen:
            return self._seen[text]
        out = self._read(text, text.translate(_TONES))
        if len(text) <= MAX_SEEN_CHARS:  # long pastes are not kept in memory
            if len(self._seen) >= MAX_SEEN:
                self._seen.clear()
            self._seen[text] = out
        return out

    def _read(self, text: str, plain: str) -> str | None:
        """Return the view of ``text`` (``plain``: the same text with tone marks folded)."""
        out = None
        for match in _RUN.finditer(plain):
            found = [(w.start() + match.start(), w.group()) for w in _WORD.finditer(match.group())]
            words = [(start, _syllable(w)) for start, w in found]
            i = 0
            while i < len(words):
                j = self._longest(words, i)
                if j is None or _name(found[i:j]):
                    i += 1
                    continue
                chars = iter(self._known[tuple(w for _, w in words[i:j])])
                out = list(text) if out is None else out
                starts = {start for start, _ in words[i:j]}
                for k in range(words[i][0], found[j - 1][0] + len(found[j - 1][1])):
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


def _syllable(word: str) -> str:
    """Return a word as a lookup key: lower-case, combining tone marks dropped."""
    return "".join(c for c in word.lower() if not "\u0300" <= c <= "\u036f")


def _name(words: list[tuple[int, str]]) -> bool:
    """Whether a run is a name: two or three Title-case words ("Li Jin", not "LI JIN"), the first a common surname."""
    return (
        len(words) <= MAX_NAME_WORDS
        and all(w[:1].isupper() and not w[1:].isupper() for _, w in words)
        and _syllable(words[0][1]) in SURNAMES
    )
