"""The LLM summary engine: structured output through langchain-openai, grounded on the input.

The conversation is shown to the model as numbered sentences; long conversations are cut
into chunks of ``SUMMARY_CHUNK_TOKENS`` tokens (tiktoken) and the partial results merged.
The model cites a sentence number and a verbatim quote for every item; we locate each quote
in the input ourselves and drop any item whose evidence cannot be found, so a model can
neither invent a claim nor give a wrong offset.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from assistant.config import get_settings
from assistant.prompts import render
from assistant.summaries.catalog import Catalog
from assistant.summaries.merge import merge_summaries
from assistant.summaries.schema import (
    FactKind,
    KeyFact,
    Need,
    NextStep,
    Party,
    ProgressItem,
    ProgressKind,
    Quote,
    Risk,
    RiskCategory,
    SalesSummary,
    Sentiment,
    Severity,
)
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates
from assistant.tokens import count_tokens

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)


class LLMSummaryError(RuntimeError):
    """The model could not produce a summary (endpoint error or unusable output)."""


class Evidence(BaseModel):
    """A citation: sentence number [S<n>] and a verbatim quote from that sentence."""

    sentence: int
    quote: str


class _Cited(BaseModel):
    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class NeedOut(_Cited):
    """A customer need."""

    topic: str
    product: str | None = None
    values: list[str] = Field(default_factory=list)


class ProgressOut(_Cited):
    """A progress item."""

    kind: ProgressKind
    by: Party = "unknown"


class RiskOut(_Cited):
    """A risk."""

    category: RiskCategory
    severity: Severity


class NextStepOut(_Cited):
    """A next step."""

    owner: Party = "unknown"
    due_date: str | None = None
    due_text: str | None = None


class KeyFactOut(_Cited):
    """A key fact."""

    kind: FactKind
    value: str


class SummaryPayload(BaseModel):
    """What the model must return (the evidence is checked and located by us)."""

    needs: list[NeedOut] = Field(default_factory=list)
    progress: list[ProgressOut] = Field(default_factory=list)
    risks: list[RiskOut] = Field(default_factory=list)
    next_steps: list[NextStepOut] = Field(default_factory=list)
    key_facts: list[KeyFactOut] = Field(default_factory=list)
    sentiment: Literal["positive", "neutral", "negative", "mixed"] = "neutral"
    sentiment_evidence: list[Evidence] = Field(default_factory=list)


def _line(n: int, s: Sentence) -> str:
    meta = ", ".join(x for x in (s.speaker, s.role if s.role != "unknown" else None, s.timestamp) if x)
    return f"[S{n}] ({meta}) {s.text}" if meta else f"[S{n}] {s.text}"


def chunk_sentences(parsed: Parsed, budget: int) -> list[list[int]]:
    """Group sentence indexes into chunks whose rendered lines fit ``budget`` tokens."""
    chunks: list[list[int]] = [[]]
    used = 0
    for i, s in enumerate(parsed.sentences):
        cost = count_tokens(_line(i + 1, s)) + 1
        if chunks[-1] and used + cost > budget:
            chunks.append([])
            used = 0
        chunks[-1].append(i)
        used += cost
    return [c for c in chunks if c]


def _locate(parsed: Parsed, ev: Evidence) -> Quote | None:
    """Find the cited quote verbatim: in the cited sentence first, then anywhere in the input."""
    quote = ev.quote.strip()
    if not quote:
        return None
    if 1 <= ev.sentence <= len(parsed.sentences):
        s = parsed.sentences[ev.sentence - 1]
        at = s.text.find(quote)
        if at >= 0:
            return Quote(
                text=quote,
                start=s.start + at,
                end=s.start + at + len(quote),
                speaker=s.speaker,
                timestamp=s.timestamp,
            )
    at = parsed.source.find(quote)
    if at < 0:
        return None
    owner = next((s for s in parsed.sentences if s.start <= at < s.end), None)
    return Quote(
        text=quote,
        start=at,
        end=at + len(quote),
        speaker=owner.speaker if owner else None,
        timestamp=owner.timestamp if owner else None,
    )


def _quotes(parsed: Parsed, evidence: list[Evidence]) -> list[Quote]:
    return [q for q in (_locate(parsed, e) for e in evidence) if q is not None]


def _due(item: NextStepOut, quotes: list[Quote], parsed: Parsed, today: dt.date) -> dt.date | None:
    if item.due_date:
        try:
            return dt.date.fromisoformat(item.due_date[:10])
        except ValueError:
            pass
    ref = parsed.last_date or today
    for text in filter(None, [item.due_text, *(q.text for q in quotes)]):
        found = find_dates(text, ref)
        if found:
            return found[0].date
    return None


def ground(
    payload: SummaryPayload, parsed: Parsed, *, today: dt.date, catalog: Catalog, language: str
) -> SalesSummary:
    """Turn the model's payload into a summary, keeping only items whose quotes are found verbatim."""
    dropped = 0

    def keep(item: _Cited) -> list[Quote] | None:
        nonlocal dropped
        quotes = _quotes(parsed, item.evidence)
        if not quotes:
            dropped += 1
            return None
        return quotes

    def sku_of(name: str | None) -> str | None:
        hits = [m for m in catalog.find(name or "") if m.kind == "product"]
        return hits[0].sku if hits else None

    summary = SalesSummary(
        engine="llm",
        language="en" if language.startswith("en") else "zh",
        conversation_date=parsed.last_date or today,
        source_kind=parsed.kind if parsed.kind in {"chat", "email", "call"} else "text",
    )
    for n in payload.needs:
        if q := keep(n):
            summary.needs.append(
                Need(
                    text=n.text,
                    topic=n.topic,
                    subject=sku_of(n.product) or n.product,
                    values=n.values,
                    quotes=q,
                )
            )
    for p in payload.progress:
        if q := keep(p):
            summary.progress.append(ProgressItem(text=p.text, kind=p.kind, by=p.by, quotes=q))
    for r in payload.risks:
        if q := keep(r):
            summary.risks.append(Risk(text=r.text, category=r.category, severity=r.severity, quotes=q))
    for s in payload.next_steps:
        if q := keep(s):
            summary.next_steps.append(
                NextStep(
                    text=s.text,
                    action=s.text,
                    owner=s.owner,
                    due=_due(s, q, parsed, today),
                    due_text=s.due_text,
                    quotes=q,
                )
            )
    for f in payload.key_facts:
        if q := keep(f):
            summary.key_facts.append(
                KeyFact(
                    text=f.value,
                    kind=f.kind,
                    value=f.value,
                    sku=sku_of(f.value) if f.kind == "product" else None,
                    quotes=q,
                )
            )
    summary.sentiment = Sentiment(
        label=payload.sentiment,
        score={"positive": 0.6, "negative": -0.6}.get(payload.sentiment, 0.0),
        quotes=_quotes(parsed, payload.sentiment_evidence),
    )
    if dropped:
        log.warning("LLM summary: dropped %d item(s) whose quotes were not found in the input", dropped)
    return summary


def _system_prompt(catalog: Catalog, language: str, today: dt.date) -> str:
    products = "\n".join(f"- {p.name_zh} / {p.name_en} / {p.sku}" for p in catalog.products[:200]) or "(none)"
    return render(
        "summary_system",
        today=today.isoformat(),
        catalog=products,
        competitors=", ".join(catalog.competitors) or "(none)",
        language_name="English" if language.startswith("en") else "简体中文",
    )


def summarize_llm(
    parsed: Parsed, *, today: dt.date, catalog: Catalog, language: str, model: BaseChatModel | None = None
) -> SalesSummary:
    """Summarise with a chat model's structured output, chunk by chunk, and merge.

    Raises:
        LLMSummaryError: when the model call fails or returns something unusable.
    """
    from langchain_core.messages import HumanMessage, SystemMessage

    if model is None:
        from assistant.llm import build_openai_chat_model

        model = build_openai_chat_model()
    structured = model.with_structured_output(SummaryPayload)
    system = SystemMessage(_system_prompt(catalog, language, parsed.last_date or today))
    chunks = chunk_sentences(parsed, get_settings().summary_chunk_tokens)
    parts: list[SalesSummary] = []
    for k, idx in enumerate(chunks, start=1):
        lines = "\n".join(_line(i + 1, parsed.sentences[i]) for i in idx)
        user = HumanMessage(render("summary_user", part=k, parts=len(chunks), sentences=lines))
        try:
            raw = structured.invoke([system, user])
            payload = raw if isinstance(raw, SummaryPayload) else SummaryPayload.model_validate(raw)
        except Exception as exc:  # endpoint, timeout or schema errors all mean "no summary"
            raise LLMSummaryError(
                f"the language model could not summarise part {k}/{len(chunks)}: {exc}"
            ) from exc
        parts.append(ground(payload, parsed, today=today, catalog=catalog, language=language))
    if not parts:
        return SalesSummary(
            engine="llm",
            language="en" if language.startswith("en") else "zh",
            conversation_date=parsed.last_date or today,
        )
    return merge_summaries(parts)
