"""Finding the customer a summary is about, by the name a rep types.

Who may read or save for that customer is :class:`assistant.identity.Scope`'s rule
(``may_read`` / ``may_write``); the name lookup is the CRM's one
(:func:`assistant.crm.lookup.resolve_customer`), here without a scope so that a refusal
can say "not yours" rather than "not found" on the command line.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from assistant.crm.lookup import resolve_customer
from assistant.crm.models import Customer


class AccessError(PermissionError):
    """The user may not act for this customer, or the name does not identify one customer."""


def find_customer(session: Session, name: str) -> Customer:
    """Find one customer by id, Chinese, English or short name, or a contact form like 王总.

    Raises:
        AccessError: no customer, or several, match (the candidates are listed).
    """
    if not name.strip():
        raise AccessError("give a customer name")
    found = resolve_customer(session, name, owner_ids=None)
    if found.status == "not_found":
        raise AccessError(f"no customer named {name!r}")
    if found.status == "ambiguous":
        names = "、".join(m.name for m in found.matches[:5])
        raise AccessError(f"{name!r} matches several customers: {names}; give the full name")
    customer = session.get(Customer, found.match.id)
    assert customer is not None
    return customer
