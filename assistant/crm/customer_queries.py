"""Queries that read customers and their contacts: identifying facts, contact languages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from assistant.crm.models import Contact, Customer
from assistant.crm.sql import customer_filter


@dataclass(frozen=True)
class CustomerRow:
    """The identifying facts of a customer."""

    id: int
    external_id: str
    name: str
    owner_id: int
    industry: str
    country: str
    tier: str
    created_date: dt.date


def customer_rows(
    session: Session, *, owner_ids: Sequence[int] | None = None, customer_ids: Sequence[int] | None = None
) -> dict[int, CustomerRow]:
    """Return the customers in scope, keyed by id."""
    stmt = select(
        Customer.id,
        Customer.external_id,
        Customer.name_zh,
        Customer.name_en,
        Customer.owner_id,
        Customer.industry,
        Customer.country,
        Customer.tier,
        Customer.created_date,
    ).where(*customer_filter(Customer.id, owner_ids=owner_ids, customer_ids=customer_ids))
    return {
        r.id: CustomerRow(
            r.id,
            r.external_id,
            r.name_zh or r.name_en or r.external_id,
            r.owner_id,
            r.industry,
            r.country,
            r.tier,
            r.created_date,
        )
        for r in session.execute(stmt)
    }


def contact_languages(session: Session, *, customer_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Count the contacts' languages per customer (primary contacts count twice)."""
    weight = case((Contact.is_primary.is_(True), 2), else_=1)
    stmt = (
        select(Contact.customer_id, Contact.language, func.sum(weight))
        .where(Contact.customer_id.in_(list(customer_ids)))
        .group_by(Contact.customer_id, Contact.language)
    )
    out: dict[int, dict[str, int]] = {}
    for cid, lang, n in session.execute(stmt):
        out.setdefault(cid, {})[lang or "zh"] = int(n)
    return out
