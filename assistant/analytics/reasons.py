"""Explanations shared by every analytics result: structured, bilingual reasons.

A :class:`Reason` is one concrete fact behind a number ("orders −62% vs the prior
6 months"), stored in a neutral form (``code`` + ``value``) with ready Chinese and
English wording, so the agent can answer in the user's language and cite it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Reason(BaseModel):
    """One fact that explains a score, a prediction or a recommendation.

    Attributes:
        code: Stable machine-readable identifier, e.g. ``"orders_drop"``.
        text_zh: The fact in Chinese.
        text_en: The same fact in English.
        value: The number (or label) behind the fact, when there is one.
    """

    model_config = ConfigDict(frozen=True)

    code: str
    text_zh: str
    text_en: str
    value: float | int | str | None = None

    def text(self, language: str = "zh") -> str:
        """Return the wording in ``language`` ("zh" or anything else for English)."""
        return self.text_zh if language.startswith("zh") else self.text_en


class Explained(BaseModel):
    """Base of every analytics result: carries the reasons behind it and serialises to JSON."""

    model_config = ConfigDict(frozen=True)

    reasons: list[Reason] = []

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict (dates as ISO strings)."""
        return self.model_dump(mode="json")

    def reason_texts(self, language: str = "zh") -> list[str]:
        """Return the reasons' wording in ``language``."""
        return [r.text(language) for r in self.reasons]


def pct(change: float) -> str:
    """Format a relative change as a signed percentage, e.g. ``-0.62 -> "−62%"``."""
    sign = "+" if change >= 0 else "−"
    return f"{sign}{abs(change) * 100:.0f}%"


def money(amount: float) -> str:
    """Format a USD amount compactly, e.g. ``12345.6 -> "$12,346"``."""
    return f"${amount:,.0f}"
