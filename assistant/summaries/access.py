"""Who may summarise and save for which customer, and finding a customer by the name a rep types.

Reps act for their own customers, managers for their team's, admins for all; QA reads only.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from assistant.crm.models import Customer, User


class AccessError(PermissionError):
    """The user may not act for this customer, or the name does not identify one customer."""


def find_user(session: Session, login: str) -> User:
    """Return the active user with ``login``.

    Raises:
        AccessError: no such (active) user.
    """
    user = session.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
    if user is None or not user.active:
        raise AccessError(f"no active user with login {login!r}")
    return user


def find_customer(session: Session, name: str) -> Customer:
    """Find one customer by Chinese, English or short name (case-insensitive; exact beats partial).

    Raises:
        AccessError: no customer, or several, match (the candidates are listed).
    """
    needle = name.strip().lower()
    if not needle:
        raise AccessError("give a customer name")
    cols = (func.lower(Customer.name_zh), func.lower(Customer.name_en), func.lower(Customer.short_name))
    exact = session.scalars(select(Customer).where(or_(*(c == needle for c in cols)))).all()
    found = (
        exact
        or session.scalars(
            select(Customer).where(or_(*(c.contains(needle, autoescape=True) for c in cols))).limit(6)
        ).all()
    )
    if not found:
        raise AccessError(f"no customer named {name!r}")
    if len(found) > 1:
        names = "、".join(c.display_name for c in found[:5])
        raise AccessError(f"{name!r} matches several customers: {names}; give the full name")
    return found[0]


def may_write(user: User, customer: Customer) -> bool:
    """Whether ``user`` may save records for ``customer`` (rep: own; manager: team; admin: all)."""
    if user.role == "admin":
        return True
    if user.role == "rep":
        return customer.owner_id == user.id
    if user.role == "manager":
        return customer.owner_id == user.id or (
            user.team_id is not None and customer.owner is not None and customer.owner.team_id == user.team_id
        )
    return False


def may_read(user: User, customer: Customer) -> bool:
    """Whether ``user`` may see ``customer``'s history (QA reads every customer)."""
    return user.role == "qa" or may_write(user, customer)
