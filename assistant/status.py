"""What the server reports about itself: liveness and the size of the CRM database.

Channels (the status page, ``/healthz``) ask here instead of querying the CRM tables
themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from assistant.config import get_settings
from assistant.crm.models import Customer, Order, User
from assistant.db import get_engine, session_scope


@dataclass(frozen=True)
class Counts:
    """How many users, customers and orders the CRM database holds."""

    users: int
    customers: int
    orders: int


def counts() -> Counts:
    """Count the users, customers and orders in the configured database."""
    with session_scope(get_engine()) as s:
        users, customers, orders = (
            s.scalar(select(func.count()).select_from(model)) or 0 for model in (User, Customer, Order)
        )
    return Counts(users=users, customers=customers, orders=orders)


def health() -> dict[str, object]:
    """Liveness and database reachability: ``{"status", "customers", "llm_provider"}``."""
    with session_scope(get_engine()) as s:
        customers = s.scalar(select(func.count()).select_from(Customer)) or 0
    return {"status": "ok", "customers": customers, "llm_provider": get_settings().llm_provider}


def database_label() -> str:
    """Return the configured database without credentials (what follows the last ``@``)."""
    return get_settings().database_url.split("@")[-1]
