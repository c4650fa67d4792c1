"""Keyword retrieval over the scripts: BM25 on Chinese character n-grams and English words.

Chinese has no spaces, so Chinese runs become character unigrams and bigrams (robust
without a segmenter); Latin text becomes lower-cased words with a light plural/verb
suffix strip and English stop words removed. Small and in memory: the library is a few
hundred scripts, and the index is rebuilt whenever the library changes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from assistant.text import lazy_re

_CJK_RE = lazy_re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD_RE = lazy_re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP_EN = frozenset(
    "a an and are as at be been but by can could do does did for from had has have he her him his how "
    "i if in "
    "into is it its me my no not of on or our she so than that the their them then there these they this to "
    "too us was we were what when where which who why will with would you your yours i'm it's don't we're "
    "just also any all very more most some such only own same should now get got".split()
)
_STOP_ZH = frozenset("的了吗呢吧啊呀嘛么是我你他她它们在有和就也都还这那个一")


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def tokenize(text: str) -> list[str]:
    """Split text into keyword tokens: CJK unigrams and bigrams, stemmed English words."""
    lowered = text.lower()
    tokens: list[str] = []
    for run in _CJK_RE.findall(lowered):
        chars = [c for c in run]
        tokens.extend(c for c in chars if c not in _STOP_ZH)
        tokens.extend(a + b for a, b in zip(chars, chars[1:], strict=False))
    latin = _CJK_RE.sub(" ", lowered)
    tokens.extend(_stem(w) for w in _WORD_RE.findall(latin) if w not in _STOP_EN and len(w) > 1)
    return tokens


class BM25Index:
    """Okapi BM25 over a fixed set of documents."""

    def __init__(self, ids: Sequence[str], texts: Sequence[str], k1: float = 1.4, b: float = 0.6) -> None:
        """Index ``texts`` under ``ids`` (same length)."""
        if len(ids) != len(texts):
            raise ValueError("ids and texts must have the same length")
        self.ids = list(ids)
        self.k1 = k1
        self.b = b
        self._tf = [Counter(tokenize(t)) for t in texts]
        self._len = [sum(tf.values()) for tf in self._tf]
        self._avg = (sum(self._len) / len(self._len)) if self._len else 0.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        n = len(self.ids)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._postings: dict[str, list[int]] = {}
        for i, tf in enumerate(self._tf):
            for term in tf:
                self._postings.setdefault(term, []).append(i)

    def scores(self, query: str, allowed: set[str] | None = None) -> dict[str, float]:
        """Score every document sharing a term with ``query`` (optionally only ``allowed`` ids)."""
        out: dict[int, float] = {}
        for term, qf in Counter(tokenize(query)).items():
            idf = self._idf.get(term)
            if idf is None:
                continue
            for i in self._postings[term]:
                if allowed is not None and self.ids[i] not in allowed:
                    continue
                tf = self._tf[i][term]
                norm = (
                    tf
                    * (self.k1 + 1)
                    / (tf + self.k1 * (1 - self.b + self.b * self._len[i] / (self._avg or 1)))
                )
                out[i] = out.get(i, 0.0) + idf * norm * (1 + math.log(qf))
        return {self.ids[i]: s for i, s in out.items()}
