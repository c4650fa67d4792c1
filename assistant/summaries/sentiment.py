"""The customer's mood from cue words (offline engine): a score in [-1, 1] with quotes."""

from __future__ import annotations

from assistant.summaries import lexicon as lx
from assistant.summaries.schema import Quote, Sentiment
from assistant.text.conversation import Parsed

_MOOD = {"price", "quality", "delivery", "dissatisfaction", "competitor"}


def _quote(s) -> Quote:
    return Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker, timestamp=s.timestamp)


def sentiment_of(parsed: Parsed) -> Sentiment:
    """Return the customer's sentiment over the sentences not said by us."""
    theirs = [s for s in parsed.sentences if s.role != "we"] or parsed.sentences
    pos = neg = 0.0
    quotes: list[Quote] = []
    for s in theirs:
        p = len(lx.POSITIVE.findall(s.text)) + 0.5 * len(lx.POLITE.findall(s.text))
        n = len(lx.NEGATIVE.findall(s.text)) + sum(
            1 for c, _, _, rx in lx.RISKS if c in _MOOD and rx.search(s.text)
        )
        pos, neg = pos + p, neg + n
        if (p >= 1 or n) and len(quotes) < 4:
            quotes.append(_quote(s))
    if pos + neg == 0:
        return Sentiment()
    score = round((pos - neg) / (pos + neg), 2)
    lbl = (
        "mixed"
        if pos and neg and abs(score) < 0.34
        else "positive"
        if score > 0
        else "negative"
        if score < 0
        else "neutral"
    )
    return Sentiment(label=lbl, score=score, quotes=quotes if lbl != "neutral" else [])
