"""The sales summary schema (versioned): needs, progress, risks, next steps, key facts, sentiment.

Modelled on 纷享销客's AI 销售纪要 (需求关注点变化 / 跟进进度 / 风险 + 下一步建议), with one
addition: every item carries the verbatim quote(s) it rests on, as (start, end) offsets
into the summarised text (and the recording time when it came from a transcript), so a
rep can check each claim in one click. An item without a quote cannot be built.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field, model_validator

from assistant.text.conversation import Party

SCHEMA_VERSION = 1

NeedStatus = Literal["new", "changed", "unchanged"]
Severity = Literal["low", "medium", "high"]
RiskCategory = Literal[
    "price",
    "competitor",
    "delivery",
    "quality",
    "budget",
    "decision_maker",
    "dissatisfaction",
    "compliance",
    "payment",
    "churn",
    "contact_change",
]
ProgressKind = Literal[
    "stage_signal",
    "commitment",
    "sample",
    "quote",
    "contract",
    "order",
    "meeting",
    "payment",
    "agreement",
    "concession",
]
FactKind = Literal["amount", "quantity", "percentage", "product", "competitor", "date"]
SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}


class Quote(BaseModel):
    """A verbatim excerpt of the input: ``text == source[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    speaker: str | None = None
    timestamp: str | None = None  # "2024-03-05 10:32" in a chat export, "01:23" in a recording

    @model_validator(mode="after")
    def _span(self) -> Quote:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"quote offsets {self.start}:{self.end} do not match its length {len(self.text)}"
            )
        return self


class Item(BaseModel):
    """A summary statement with the quotes it rests on."""

    text: str
    quotes: list[Quote] = Field(min_length=1)


class Need(Item):
    """Something the customer wants or cares about, compared with the previous summary."""

    topic: (
        str  # product, quantity, price, delivery, quality, certification, customization, payment_terms, ...
    )
    aspects: list[str] = Field(
        default_factory=list
    )  # the point's other topics ("5000条，需要认证，30天交期")
    subject: str | None = None  # the catalogue SKU or product name it concerns
    values: list[str] = Field(default_factory=list)  # normalised figures (quantities, amounts, dates)
    status: NeedStatus = "new"
    previous: str | None = None  # the earlier wording when changed or unchanged


class ProgressItem(Item):
    """A stage signal or a commitment, sample, quote, contract, order, meeting or payment."""

    kind: ProgressKind
    by: Party = "unknown"


class Risk(Item):
    """Something that may lose or delay the deal."""

    category: RiskCategory
    severity: Severity


class NextStep(Item):
    """An action someone agreed or needs to take."""

    action: str
    owner: Party = "unknown"
    due: dt.date | None = None
    due_text: str | None = None  # the words the due date was resolved from ("下周三", "next Friday")


class KeyFact(Item):
    """An amount, quantity, percentage, catalogue product, competitor or date mentioned."""

    kind: FactKind
    value: str
    sku: str | None = None
    date: dt.date | None = None


class Advice(Item):
    """A suggested next move for the rep, quoting what prompted it."""

    reason: str


class Sentiment(BaseModel):
    """The customer's mood from cue words: score in [-1, 1]."""

    label: Literal["positive", "neutral", "negative", "mixed"] = "neutral"
    score: float = 0.0
    quotes: list[Quote] = Field(default_factory=list)


class Caveat(BaseModel):
    """Something to check before trusting the summary: owners not attributed, a transcript loop, low confidence."""

    kind: Literal["unattributed", "repetition", "low_confidence"]
    text: str
    start: float | None = None  # seconds into the recording
    end: float | None = None


class StepCheck(BaseModel):
    """Last time's next step, checked against this conversation and the activities since."""

    action: str
    owner: Party = "unknown"
    due: dt.date | None = None
    status: Literal["done", "overdue", "open"] = "open"
    evidence: str | None = None  # what showed it done (a sentence or an activity note)


class Changes(BaseModel):
    """What moved since the previous saved summary, across the four sections."""

    previous_date: dt.date | None = None
    needs_dropped: list[str] = Field(default_factory=list)
    risks_new: list[str] = Field(default_factory=list)
    risks_resolved: list[str] = Field(default_factory=list)
    steps: list[StepCheck] = Field(default_factory=list)


class SalesSummary(BaseModel):
    """A structured summary of one conversation (a chat, an email thread or a call)."""

    schema_version: int = SCHEMA_VERSION
    engine: Literal["offline", "llm"]
    language: Literal["zh", "en"]
    conversation_date: dt.date
    source_kind: Literal["chat", "call", "email", "text"] = "text"
    headline: str = ""
    needs: list[Need] = Field(default_factory=list)
    progress: list[ProgressItem] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    next_steps: list[NextStep] = Field(default_factory=list)
    key_facts: list[KeyFact] = Field(default_factory=list)
    sentiment: Sentiment = Field(default_factory=Sentiment)
    advice: list[Advice] = Field(default_factory=list)
    caveats: list[Caveat] = Field(default_factory=list)

    changes: Changes | None = None
    source_hash: str | None = None  # sha256 of the summarised text: never compare a text with itself

    def all_quotes(self) -> list[Quote]:
        """Every quote of every item (for verification)."""
        items: list[Item] = [*self.needs, *self.progress, *self.risks, *self.next_steps, *self.key_facts]
        return [q for it in [*items, *self.advice] for q in it.quotes] + list(self.sentiment.quotes)

    def is_empty(self) -> bool:
        """Whether nothing notable was found."""
        return not (self.needs or self.progress or self.risks or self.next_steps)

    def verify_against(self, source: str) -> list[str]:
        """Return a problem for every quote that is not verbatim at its offsets in ``source``."""
        return [
            f"quote {q.text!r} is not at {q.start}:{q.end}"
            for q in self.all_quotes()
            if source[q.start : q.end] != q.text
        ]
