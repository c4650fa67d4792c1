"""What both offline engines (word lists and the learned one) build their items from.

Quotes of whole sentences at their exact offsets, the question test, quantities written as a
bare number before a product name, risk severity from intensifiers and hedges, and the key
facts (figures, products, competitors, dates) of a conversation, and the frame of a summary
both engines fill (:func:`base_summary`). One copy, so the two engines cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from assistant.summaries import lexicon as lx
from assistant.summaries.catalog import Catalog, Match
from assistant.summaries.numbers import find_numbers
from assistant.summaries.schema import (
    SEVERITY_RANK,
    KeyFact,
    NextStep,
    Party,
    Quote,
    Risk,
    SalesSummary,
    Severity,
)
from assistant.summaries.sentiment import sentiment_of
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import DateMention, find_dates

MAX_QUOTES = 3  # quotes kept on a key fact or a word-list item
_LEVELS: tuple[Severity, ...] = ("low", "medium", "high")


def quote_of(s: Sentence) -> Quote:
    """Return the quote of a whole sentence (verbatim at its offsets)."""
    return Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker, timestamp=s.timestamp)


def add_quotes(item: Risk, quotes: Iterable[Quote]) -> None:
    """Add to ``item`` the ``quotes`` it does not hold yet (by start) and keep its quotes in text order."""
    have = {q.start for q in item.quotes}
    for q in quotes:
        if q.start not in have:
            item.quotes.append(q)
            have.add(q.start)
    item.quotes.sort(key=lambda q: q.start)


def is_question(s: Sentence) -> bool:
    """Whether the sentence asks rather than states ("…吗", "…?")."""
    return s.text.rstrip().endswith(("？", "?", "吗", "呢"))


def quotes_sentence(quotes: Sequence[Quote], s: Sentence) -> bool:
    """Whether any of ``quotes`` overlaps the sentence ``s`` (the item already rests on it)."""
    return any(q.start < s.end and s.start < q.end for q in quotes)


def add_quote(quotes: list[Quote], q: Quote) -> None:
    """Append ``q`` unless that sentence is already quoted or :data:`MAX_QUOTES` are kept."""
    if len(quotes) < MAX_QUOTES and all(x.start != q.start for x in quotes):
        quotes.append(q)


def product_counts(s: Sentence, products: Sequence[Match], names: dict[str, str] | None = None) -> list[str]:
    """Quantities written as a bare number before a product name: "2000 wireless power banks".

    Args:
        s: The sentence.
        products: Catalogue matches of products in ``s`` (offsets into ``s.text``).
        names: Product names to print by SKU (e.g. in the summary's language); default: as matched.
    """
    out = []
    for m in products:
        count = re.search(r"(\d[\d,]*)\s*$", s.text[: m.start])
        if count:
            out.append(f"{count.group(1).replace(',', '')} × {(names or {}).get(m.sku, m.name)}")
    return out


def severity(base: str, text: str) -> Severity:
    """Return the risk's severity: ``base`` raised by an intensifier, lowered by a hedge."""
    rank = (
        SEVERITY_RANK[base] + (1 if lx.INTENSIFIER.search(text) else 0) - (1 if lx.HEDGE.search(text) else 0)
    )
    return _LEVELS[max(0, min(2, rank))]


def next_step(
    s: Sentence, owner: Party, action: str, due: DateMention | None, head: str, lang: str
) -> NextStep:
    """Return the next step ``action`` of ``owner`` quoting ``s``, its text ``head`` + due ("（2026-11-27前）").

    Args:
        s: The sentence the step is read from (its quote).
        owner: Who acts.
        action: The step as shown (the sentence, maybe cleaned).
        due: The date it is due, if one was said.
        head: The text before the due date (e.g. "我方：…").
        lang: ``zh`` or ``en``.
    """
    when = ""
    if due:
        when = f"（{due.date.isoformat()}前）" if lang == "zh" else f" (by {due.date.isoformat()})"
    return NextStep(
        text=head + when,
        action=action,
        owner=owner,
        due=due.date if due else None,
        due_text=due.text if due else None,
        quotes=[quote_of(s)],
    )


def key_facts(parsed: Parsed, catalog: Catalog, today: dt.date) -> list[KeyFact]:
    """Return the figures, products, competitors and dates of the conversation, each with its quotes.

    Args:
        parsed: The conversation.
        catalog: Products and competitors to match.
        today: The date relative dates resolve from when a sentence carries none.
    """
    found: dict[tuple[str, str], KeyFact] = {}

    def add(kind: str, value: str, s: Sentence, **extra: object) -> None:
        if (kind, value) in found:
            add_quote(found[(kind, value)].quotes, quote_of(s))
        else:
            found[(kind, value)] = KeyFact(text=value, kind=kind, value=value, quotes=[quote_of(s)], **extra)

    for s in parsed.sentences:
        matches = catalog.find(s.text)
        for n in find_numbers(s.text):
            if not any(n.start < m.start < n.end for m in matches):  # "3000 kraft gift boxes": counted below
                add(n.kind, n.value, s)
        for m in matches:
            add(m.kind, m.name, s, sku=m.sku)
        for value in product_counts(s, [m for m in matches if m.kind == "product"]):
            add("quantity", value, s)
        for d in find_dates(s.text, s.date or parsed.last_date or today):
            add("date", d.date.isoformat(), s, date=d.date)
    return list(found.values())


def base_summary(parsed: Parsed, *, today: dt.date, catalog: Catalog, language: str) -> SalesSummary:
    """Return the summary both offline engines fill: date, kind, language, key facts and sentiment.

    Args:
        parsed: The conversation split into sentences.
        today: The conversation date when the input carries none (resolves "明天", "next Friday").
        catalog: Products and competitors to match.
        language: ``zh`` or ``en``, the language of the labels.
    """
    day = parsed.last_date or today
    return SalesSummary(
        engine="offline",
        language="en" if language.startswith("en") else "zh",
        conversation_date=day,
        source_kind=parsed.kind if parsed.kind in {"chat", "email", "call"} else "text",
        key_facts=key_facts(parsed, catalog, day),
        sentiment=sentiment_of(parsed),
    )
