"""The table of the knowledge area: which suggested script a rep used, where and when.

Outcomes are not stored here: they are derived from what happened next on the same
customer or deal (stage changes, orders), see :mod:`knowledge.outcomes`. Keeping only
the facts means the outcome rules can change without migrating data.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from assistant.db import Base, utcnow

USE_ACTIONS = ("copied", "sent")


class ScriptUsage(Base):
    """A rep copied or sent a script to a customer (optionally within one deal)."""

    __tablename__ = "script_usages"
    __table_args__ = (Index("ix_script_usages_customer_time", "customer_id", "used_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[str] = mapped_column(String(80), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(16))
    stage_at_use: Mapped[str | None] = mapped_column(String(16))
    context: Mapped[str | None] = mapped_column(Text)
    used_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
