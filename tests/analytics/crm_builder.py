"""A tiny builder for hand-built CRM datasets whose analytics answers are known by construction."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from sqlalchemy.orm import Session

from assistant.crm.models import (
    Activity,
    Contact,
    Customer,
    Lead,
    LeadEvent,
    Opportunity,
    Order,
    OrderLine,
    Product,
    StageChange,
    Team,
    User,
)

TODAY = dt.date(2025, 6, 30)


class CRM:
    """Adds rows with sensible defaults; every method flushes and returns the new row."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._ids = itertools.count(1)

    def _add(self, row):
        self.s.add(row)
        self.s.flush()
        return row

    def team(self, name: str = "East") -> Team:
        return self._add(Team(name=name))

    def user(self, login: str, role: str = "rep", team: Team | None = None) -> User:
        return self._add(User(login=login, display_name=login, role=role, team_id=team.id if team else None))

    def customer(
        self,
        name: str,
        owner: User,
        *,
        industry: str = "textiles",
        created: dt.date | None = None,
        country: str = "US",
    ) -> Customer:
        return self._add(
            Customer(
                external_id=f"C{next(self._ids):05d}",
                name_zh=name,
                owner_id=owner.id,
                country=country,
                industry=industry,
                created_date=created or dt.date(2020, 1, 1),
            )
        )

    def contact(
        self, customer: Customer, name: str, *, language: str = "zh", primary: bool = True
    ) -> Contact:
        return self._add(Contact(customer_id=customer.id, name=name, language=language, is_primary=primary))

    def product(self, sku: str, category: str, price: float = 10.0) -> Product:
        return self._add(
            Product(sku=sku, name_zh=sku, name_en=sku, category=category, unit_price=Decimal(price))
        )

    def order(
        self,
        customer: Customer,
        day: dt.date,
        amount: float = 1000.0,
        *,
        due_days: int = 30,
        paid_after: int | None = 20,
        paid_amount: float | None = None,
        status: str = "delivered",
        products: list[Product] | None = None,
    ) -> Order:
        paid = None if paid_after is None else day + dt.timedelta(days=paid_after)
        row = self._add(
            Order(
                external_id=f"O{next(self._ids):06d}",
                customer_id=customer.id,
                owner_id=customer.owner_id,
                order_date=day,
                amount=Decimal(str(amount)),
                amount_usd=Decimal(str(amount)),
                status=status,
                payment_due_date=day + dt.timedelta(days=due_days),
                paid_date=paid,
                paid_amount_usd=Decimal(str(amount if paid_amount is None else paid_amount))
                if paid
                else Decimal(0),
            )
        )
        for p in products or []:
            self._add(
                OrderLine(
                    order_id=row.id,
                    product_id=p.id,
                    quantity=1,
                    unit_price=Decimal(str(amount)),
                    amount=Decimal(str(amount / len(products))),
                )
            )
        return row

    def activity(
        self,
        customer: Customer,
        at: dt.datetime,
        *,
        type: str = "chat",
        direction: str = "outbound",
        channel: str = "wechat",
        response_minutes: int | None = None,
        content: str | None = None,
    ) -> Activity:
        return self._add(
            Activity(
                customer_id=customer.id,
                rep_id=customer.owner_id,
                type=type,
                direction=direction,
                channel=channel,
                occurred_at=at,
                response_minutes=response_minutes,
                content=content,
            )
        )

    def deal(
        self,
        customer: Customer,
        stage: str,
        amount: float,
        *,
        probability: int = 50,
        close: dt.date = TODAY,
        created: dt.datetime | None = None,
        changed: dt.datetime | None = None,
        history: list[tuple[str | None, str, dt.datetime]] | None = None,
        owner: User | None = None,
    ) -> Opportunity:
        created = created or dt.datetime(2025, 5, 1, 9)
        opp = self._add(
            Opportunity(
                external_id=f"D{next(self._ids):05d}",
                customer_id=customer.id,
                owner_id=(owner or customer.owner).id,
                name=f"deal {stage}",
                amount=Decimal(str(amount)),
                amount_usd=Decimal(str(amount)),
                stage=stage,
                probability=probability,
                expected_close_date=close,
                created_at=created,
                stage_changed_at=changed or created,
                closed_at=(changed or created) if stage in ("won", "lost") else None,
            )
        )
        for frm, to, at in history if history is not None else [(None, stage, created)]:
            self._add(StageChange(opportunity_id=opp.id, from_stage=frm, to_stage=to, changed_at=at))
        return opp

    def lead(
        self,
        company: str,
        *,
        source: str = "website",
        owner: User | None = None,
        status: str = "new",
        attributes: dict | None = None,
        created: dt.datetime = dt.datetime(2025, 6, 1, 9),
        last_activity: dt.datetime | None = None,
    ) -> Lead:
        return self._add(
            Lead(
                external_id=f"L{next(self._ids):05d}",
                company_name=company,
                source=source,
                status=status,
                owner_id=owner.id if owner else None,
                attributes=attributes or {},
                created_at=created,
                last_activity_at=last_activity,
            )
        )

    def event(self, lead: Lead, kind: str, at: dt.datetime) -> LeadEvent:
        return self._add(LeadEvent(lead_id=lead.id, kind=kind, occurred_at=at))


def monthly(start: dt.date, count: int, step_days: int) -> list[dt.date]:
    """Dates every ``step_days`` from ``start``."""
    return [start + dt.timedelta(days=step_days * i) for i in range(count)]
