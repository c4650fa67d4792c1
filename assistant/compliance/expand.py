"""Build-time expansion of lexicon terms: full pinyin, pinyin initials, mixes, homophones and leetspeak.

Runs once per lexicon compile, never per message. Each variant says how it was made so a
hit can report "matched 包过 via full pinyin" and the evals can score evasion types.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from assistant.text import lazy_re

_HAN = lazy_re.compile(r"[\u3400-\u9fff]")
MIN_PINYIN_LETTERS = 6
MIN_SHORT_PINYIN_LETTERS = 5  # a two-character term spelled in full ("sha zi") still stands as its own word
MIN_PINYIN_RUN = 2
MIN_INITIALS = 3
MAX_MIXES_CHARS = 4
MAX_HOMOPHONE_VARIANTS = 48


def _is_han(ch: str) -> bool:
    return bool(_HAN.match(ch))


def _syllables(term: str) -> list[str]:
    """One pinyin syllable per Chinese character of ``term``; other characters pass through."""
    from pypinyin import Style, lazy_pinyin  # 0.4 s to import: only when a lexicon is (re)compiled

    out: list[str] = []
    for ch in term:
        out.append(lazy_pinyin(ch, style=Style.NORMAL)[0] if _is_han(ch) else ch)
    return out


def pinyin_variants(term: str, stoplist: frozenset[str], *, short: bool = False) -> Iterator[tuple[str, str]]:
    """Yield ``(variant, kind)`` for full pinyin, initials and hanzi/pinyin mixes of ``term``.

    Only terms with at least two Chinese characters are expanded; short or ambiguous forms
    (under :data:`MIN_PINYIN_LETTERS` letters, initials in ``stoplist``) are skipped; with ``short``
    (insults: "sha zi") a two-character term needs only :data:`MIN_SHORT_PINYIN_LETTERS`.
    Longer terms also get one run of two or more characters in pinyin ("转我ge ren zhang hu").
    """
    from pypinyin import Style, lazy_pinyin

    han = [ch for ch in term if _is_han(ch)]
    if len(han) < 2:
        return
    syllables = lazy_pinyin(term, style=Style.NORMAL, errors=lambda s: list(s))
    full = "".join(syllables)
    least = MIN_SHORT_PINYIN_LETTERS if short and len(han) == len(term) == 2 else MIN_PINYIN_LETTERS
    if sum(c.isalpha() for c in full) >= least:
        yield full, "pinyin"
        if "v" in full and len(han) == len(term):  # "nv ren" and "nu ren" (女人): ü written v or u
            yield (
                "".join(s.replace("v", "u") if s.endswith("v") or "ve" in s else s for s in syllables),
                "pinyin",
            )
    if len(han) == len(term) and len(han) >= MIN_INITIALS:
        initials = "".join(s[0] for s in lazy_pinyin(term, style=Style.NORMAL))
        if initials not in stoplist:
            yield initials, "initials"
    if len(han) != len(term):
        return
    per_char = _syllables(term)
    if len(term) <= MAX_MIXES_CHARS:
        masks = itertools.product((False, True), repeat=len(term))
    else:  # longer terms: one run of two or more characters in pinyin ("转我ge ren zhang hu")
        masks = (
            tuple(i <= k < j for k in range(len(term)))
            for i in range(len(term))
            for j in range(i + MIN_PINYIN_RUN, len(term) + 1)
        )
    for mask in masks:
        if all(mask) or not any(mask):
            continue
        yield "".join(py if use else ch for ch, py, use in zip(term, per_char, mask, strict=True)), "mixed"


def homophone_variants(term: str, table: dict[str, tuple[str, ...]]) -> Iterator[str]:
    """Yield ``term`` with one, then two, characters replaced by look/sound-alikes from ``table``."""
    slots = [(i, table[ch]) for i, ch in enumerate(term) if ch in table]
    seen = 0
    for i, subs in slots:
        for sub in subs:
            yield term[:i] + sub + term[i + 1 :]
            seen += 1
    if len(term) < 3:
        return
    for (i, subs_i), (j, subs_j) in itertools.combinations(slots, 2):
        for a, b in itertools.product(subs_i[:2], subs_j[:2]):
            if seen >= MAX_HOMOPHONE_VARIANTS:
                return
            chars = list(term)
            chars[i], chars[j] = a, b
            yield "".join(chars)
            seen += 1


_LEET = {"a": "@4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "l": "1"}
MAX_LEET_VARIANTS = 80
MIN_LEET_LETTERS = 4


def leet_variants(term: str) -> Iterator[str]:
    """Yield ``term`` in leetspeak: one letter replaced everywhere ("1d1ot"), or at one place ("gu@rantee").

    Only Latin terms of :data:`MIN_LEET_LETTERS` letters or more; digits and ``@`` survive
    normalisation, so "p@ss" and "pa55" meet these variants in the automaton.
    """
    low = term.lower()
    if not low.isascii() or sum(c.isalpha() for c in low) < MIN_LEET_LETTERS:
        return
    out: dict[str, None] = {}
    for ch, subs in _LEET.items():
        if ch not in low:
            continue
        for sub in subs:
            out[low.replace(ch, sub)] = None
            if low.count(ch) > 1:
                out.update(dict.fromkeys(low[:i] + sub + low[i + 1 :] for i, c in enumerate(low) if c == ch))
    words = low.split(" ")
    for w, word in enumerate(words if len(words) > 1 else ()):  # one word of a phrase: "off the b00ks"
        for ch, subs in _LEET.items():
            if ch in word:
                for sub in subs:
                    out[" ".join([*words[:w], word.replace(ch, sub), *words[w + 1 :]])] = None
    yield from itertools.islice(out, MAX_LEET_VARIANTS)
