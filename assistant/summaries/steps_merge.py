"""One next step per point, and no step that the conversation itself already shows done.

A long call repeats "我明天把报价发您" many times: steps of the same owner whose content words
overlap (character bigrams for Chinese, words for English, time words and pronouns removed)
and whose due dates do not conflict merge into one step that keeps every quote. A step
followed later by the same side's report that it happened ("开票信息已经发您了", "I've sent
you the PI") is not open any more: it is dropped from the next steps (the report itself is
read as progress). A sentence with two actions and two due dates ("…by Friday and send you the
PI on Monday") is split into one clause per step (:func:`step_clauses`). No model is needed, so the word-list engine stays fast on long texts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from assistant.summaries.lexicon import ACTION
from assistant.summaries.owners import party_of
from assistant.summaries.schema import NextStep, ProgressItem
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates

T = TypeVar("T", NextStep, ProgressItem)

SAME = 0.5  # overlap coefficient of content bigrams/words for two steps to be one
SAME_PROGRESS = 0.75  # stricter: two agreements of one side differ only in their figures
DONE = 0.5  # overlap between a step and a later report for the report to close it
_FILLER = lazy_re.compile(
    r"今天|明天|后天|今晚|上午|下午|晚上|下周[一二三四五六日天]?|这周[一二三四五六日天]?|本周|周[一二三四五六日]|月底|之前|以前|"
    r"尽快|马上|争取|好的|没问题|我们|我方|您|你们|你|我|把|给|会|将|先|再|了|的|前|一下|"
    r"\b(?:i|we|you|us|will|shall|'ll|the|a|an|to|by|on|before|tomorrow|today|next|this|week|monday|tuesday|"
    r"wednesday|thursday|friday|please|it|them|have|has|just|already|our|your|send|sent|get|back|ship|"
    r"shipped|provide|share|can|could|let|know|with|for|of|and)\b",
    re.I,
)
_DONE_CUE = lazy_re.compile(
    r"已经|已(?!读)|(?:发|寄|给|做|弄|办|付)(?:好|过)?了|\b(?:sent|attached|shipped|done|finished|completed|"
    r"paid|signed|uploaded|forwarded)\b|\bhave (?:sent|attached|shipped|paid|signed)",
    re.I,
)


def _grams(text: str) -> set[str]:
    body = _FILLER.sub(" ", text.lower())
    words = set(re.findall(r"[a-z]{3,}", body))
    han = re.sub(r"[^\u4e00-\u9fff]+", " ", body)
    bigrams = {w[i : i + 2] for w in han.split() for i in range(len(w) - 1)}
    return words | bigrams | {w for w in han.split() if len(w) == 1}


def _figures(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


def overlap(a: str, b: str) -> float:
    """Overlap coefficient of the content words of ``a`` and ``b`` (0 when either has none)."""
    x, y = _grams(a), _grams(b)
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def merge_into(kept: list[T], item: T, same: Callable[[T, T], bool]) -> T | None:
    """Fold ``item`` into the first kept ``k`` with ``same(k, item)`` (keeping all quotes) and return that one.

    When none is the same point, ``item`` is kept as a new one and None is returned. Shared by the
    merges of next steps (:func:`merge_steps`, :func:`steps_restated.merge_restated
    <assistant.summaries.steps_restated.merge_restated>`) and of progress (:func:`merge_progress`).
    """
    found = next((k for k in kept if same(k, item)), None)
    if found is None:
        kept.append(item)
        return None
    absorb_quotes(found, item)
    return found


def absorb_quotes(found: T, item: T) -> None:
    """Add ``item``'s quotes to ``found``'s, each quote (by its offset) once."""
    found.quotes.extend(q for q in item.quotes if all(q.start != x.start for x in found.quotes))


def merge_steps(steps: list[NextStep]) -> list[NextStep]:
    """Merge steps of one owner that say the same thing (dates agree or one has none); keep all quotes."""
    kept: list[NextStep] = []
    for step in steps:
        same = merge_into(
            kept,
            step,
            lambda k, new: k.owner == new.owner
            and (k.due is None or new.due is None or k.due == new.due)
            and overlap(k.quotes[0].text, new.quotes[0].text) >= SAME,
        )
        if same is not None and same.due is None and step.due is not None:
            same.due, same.due_text, same.text = step.due, step.due_text, step.text
    return kept


def merge_progress(items: list[ProgressItem]) -> list[ProgressItem]:
    """Merge progress items of one kind and side that say the same thing ("样品已经寄出了" ×40); keep all quotes."""
    kept: list[ProgressItem] = []
    for item in items:
        merge_into(
            kept,
            item,
            lambda k, new: (k.kind, k.by) == (new.kind, new.by)
            and _figures(k.quotes[0].text) == _figures(new.quotes[0].text)
            and overlap(k.quotes[0].text, new.quotes[0].text) >= SAME_PROGRESS,
        )
    return kept


def drop_done(steps: list[NextStep], parsed: Parsed) -> list[NextStep]:
    """Remove steps that a later sentence of the same side reports done."""
    out = []
    for step in steps:
        last = min(q.end for q in step.quotes)
        speaker_side = next((party_of(s) for s in parsed.sentences if s.start == step.quotes[0].start), None)
        done = any(
            s.start >= last
            and party_of(s) == speaker_side
            and _DONE_CUE.search(s.text)
            and any(overlap(q.text, s.text) >= DONE for q in step.quotes)
            for s in parsed.sentences
        )
        if not done:
            out.append(step)
    return out


_AND = lazy_re.compile(r"\s+and\s+(?:then\s+)?|[，,；;]\s*(?:然后|再|并且?|同时)?|并且?|然后")


def step_clauses(s: Sentence, ref: dt.date) -> list[Sentence]:
    """Split "I'll issue the credit note by Friday and send you the PI on Monday" into one step per date."""
    dates = [d for d in find_dates(s.text, ref) if d.date >= ref]
    if len(dates) < 2:
        return [s]
    cuts = []
    for a, b in zip(dates, dates[1:], strict=False):
        joins = [m for m in _AND.finditer(s.text, a.end, b.start)]
        if not joins:
            return [s]
        cuts.append(joins[-1])
    out, start = [], 0
    for m in [*cuts, None]:
        end = m.start() if m else len(s.text)
        part = s.text[start:end]
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        if part:
            at = s.start + start + lead
            out.append(replace(s, text=part, start=at, end=at + len(part)))
        start = m.end() if m else start
    return out if len(out) > 1 and all(ACTION.search(c.text) for c in out) else [s]
