"""SQLAlchemy 2.0 typed ORM models of the CRM (SQLite and PostgreSQL).

Money is stored as ``Numeric(14, 2)`` in the record's own currency plus an
``amount_usd`` column in the reporting currency, so analytics aggregate in SQL
without converting row by row.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assistant.crm.stages import OPEN_STAGES as OPEN_STAGES  # re-exported: the column value lists live here
from assistant.crm.stages import STAGES as STAGES
from assistant.db import Base, Money, utcnow

ROLES = ("rep", "manager", "qa", "admin")
ACTIVITY_TYPES = ("call", "chat", "email", "meeting", "visit", "inquiry", "note")
PLANNED = "planned"
"""The direction of a note that records a follow-up still to come: not counted as an activity done."""
LEAD_STATUSES = ("new", "contacted", "qualified", "converted", "lost")
TIERS = ("A", "B", "C", "D")


class Team(Base):
    """A sales team led by a manager."""

    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    region: Mapped[str | None] = mapped_column(String(80))
    members: Mapped[list[User]] = relationship(back_populates="team", foreign_keys="User.team_id")


class User(Base):
    """A person who uses the assistant: rep, manager, QA or admin, with channel identities."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8), default="zh")
    wecom_userid: Mapped[str | None] = mapped_column(String(64), unique=True)
    telegram_user_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))  # argon2; web login
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    team: Mapped[Team | None] = relationship(back_populates="members", foreign_keys=[team_id])


class Customer(Base):
    """A customer company (importer, distributor, retailer...) owned by one rep."""

    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(40), unique=True)
    name_zh: Mapped[str | None] = mapped_column(String(120), index=True)
    name_en: Mapped[str | None] = mapped_column(String(160), index=True)
    short_name: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str] = mapped_column(String(40), index=True)
    city: Mapped[str | None] = mapped_column(String(60))
    industry: Mapped[str] = mapped_column(String(40), index=True)
    source_channel: Mapped[str | None] = mapped_column(String(40))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    tier: Mapped[str] = mapped_column(String(1), default="C")
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_date: Mapped[dt.date] = mapped_column(Date)
    owner: Mapped[User] = relationship()
    contacts: Mapped[list[Contact]] = relationship(back_populates="customer", order_by="Contact.id")

    @property
    def display_name(self) -> str:
        """The name to show: Chinese name, else English name."""
        return self.name_zh or self.name_en or self.external_id


class Contact(Base):
    """A person at a customer; ``name`` may be Chinese (王建国) and is resolvable as 王总 from ``title``."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    title: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    wechat_id: Mapped[str | None] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(8), default="zh")
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    customer: Mapped[Customer] = relationship(back_populates="contacts")


class Product(Base):
    """A catalogue product."""

    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name_zh: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(160))
    category: Mapped[str] = mapped_column(String(40), index=True)
    unit: Mapped[str] = mapped_column(String(16), default="pcs")
    unit_price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")


class Lead(Base):
    """A prospect not yet a customer, scored from attributes and behaviour events."""

    __tablename__ = "leads"
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(40), unique=True)
    company_name: Mapped[str] = mapped_column(String(160))
    contact_name: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str | None] = mapped_column(String(40))
    industry: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    events: Mapped[list[LeadEvent]] = relationship(back_populates="lead", order_by="LeadEvent.occurred_at")


class LeadEvent(Base):
    """A behaviour event of a lead: site visit, download, event attendance, email open, inquiry."""

    __tablename__ = "lead_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    detail: Mapped[str | None] = mapped_column(String(200))
    lead: Mapped[Lead] = relationship(back_populates="events")


class Opportunity(Base):
    """A deal in the pipeline."""

    __tablename__ = "opportunities"
    __table_args__ = (Index("ix_opportunities_owner_stage", "owner_id", "stage"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(160))
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    amount_usd: Mapped[Decimal] = mapped_column(Money)
    stage: Mapped[str] = mapped_column(String(16), index=True)
    probability: Mapped[int] = mapped_column(Integer)
    expected_close_date: Mapped[dt.date] = mapped_column(Date, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    stage_changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lost_reason: Mapped[str | None] = mapped_column(String(200))
    customer: Mapped[Customer] = relationship()
    owner: Mapped[User] = relationship()
    history: Mapped[list[StageChange]] = relationship(
        back_populates="opportunity", order_by="StageChange.changed_at"
    )


class StageChange(Base):
    """One stage transition of an opportunity (the stage history)."""

    __tablename__ = "stage_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    from_stage: Mapped[str | None] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opportunity: Mapped[Opportunity] = relationship(back_populates="history")


class Order(Base):
    """A sales order with its payment terms and payment record."""

    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_customer_date", "customer_id", "order_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    order_date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    amount_usd: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(16), default="delivered")
    payment_due_date: Mapped[dt.date] = mapped_column(Date)
    paid_date: Mapped[dt.date | None] = mapped_column(Date)
    paid_amount_usd: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    lines: Mapped[list[OrderLine]] = relationship(back_populates="order", order_by="OrderLine.id")
    customer: Mapped[Customer] = relationship()


class OrderLine(Base):
    """A product line of an order."""

    __tablename__ = "order_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    order: Mapped[Order] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()


def new_activity_external_id() -> str:
    """Return a new, unique activity id for the CSV format (``ACT-`` and 16 hex digits).

    Demo and imported activities carry their own ids (``ACT-0000042``); one saved by the
    assistant gets this at creation, so every activity can be exported and imported back.
    Random rather than derived from the row id, so it never collides with an imported id.
    """
    return f"ACT-{uuid.uuid4().hex[:16].upper()}"


class Activity(Base):
    """An interaction with a customer: call, chat, email, meeting, visit, inquiry or note.

    ``response_minutes`` is how long the other side took to answer (for inbound
    messages: the customer's response time), which feeds churn and health.
    ``summary`` holds a structured summary (needs / progress / risks / next steps).
    """

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_customer_time", "customer_id", "occurred_at"),
        Index("ix_activities_rep_time", "rep_id", "occurred_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(40), unique=True, default=new_activity_external_id)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))
    rep_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    type: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(8), default="outbound")
    channel: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    content: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(String(16), default="manual")
    response_minutes: Mapped[int | None] = mapped_column(Integer)
    customer: Mapped[Customer] = relationship()


class AuditLog(Base):
    """Who called which tool with which arguments, and which records came back."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    login: Mapped[str | None] = mapped_column(String(64))
    role: Mapped[str | None] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64), index=True)
    arguments: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    record_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(16), default="ok")
    detail: Mapped[str | None] = mapped_column(Text)
