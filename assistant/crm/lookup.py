"""Entity resolution: which customer, contact or deal the user means, searched only inside their scope.

A reference is tried in order of confidence and the first level that matches wins:
external id (``C00001``, ``OPP-000123``); exact name (Chinese, English case-insensitive,
short name); contact forms (``王总`` = a contact surnamed 王 whose title is a boss title,
``王经理`` = any other title, a contact's full name, an English first/full name); a
substring of a name; a short name contained in the text ("华纺那边怎么样"). Two or more
customers at the winning level make the answer *ambiguous* with the candidates, so the
caller can ask back. Records outside ``owner_ids`` are never considered, so an
out-of-scope record looks exactly like a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import ColumnElement, Select, func, or_, select, true
from sqlalchemy.orm import Session

from assistant.crm.legal_names import same_name
from assistant.crm.models import Contact, Customer, Opportunity, User
from assistant.text import lazy_re

Status = Literal["ok", "not_found", "ambiguous"]
BOSS_TITLES = ("总", "老板", "董事", "CEO", "Owner", "Director", "President")
_CONTACT_FORM = lazy_re.compile(
    r"^(?P<surname>[\u4e00-\u9fff]{1,2}?)(?P<form>总|经理|老板|主管|总监|先生|女士|小姐|姐|哥)$"
)
_FILLERS = lazy_re.compile(r"(那边|这边|公司|客户|的情况|情况|最近|怎么样|如何|\s)+$")


@dataclass(frozen=True)
class Match:
    """A customer (or deal) that matched, with how and why."""

    type: Literal["customer", "deal"]
    id: int
    external_id: str
    name: str
    owner_id: int
    via: str
    detail: dict[str, str] = field(default_factory=dict)

    def candidate(self) -> dict[str, str]:
        """Return the compact form shown when asking the user which one."""
        return {"type": self.type, "id": self.external_id, "name": self.name, **self.detail}


@dataclass(frozen=True)
class Lookup:
    """The outcome of resolving one reference: ok (exactly one), not_found or ambiguous."""

    status: Status
    query: str
    matches: tuple[Match, ...] = ()

    @property
    def match(self) -> Match:
        """Return the single match (only when ``status == "ok"``)."""
        if self.status != "ok":
            raise LookupError(f"{self.query!r} is {self.status}")
        return self.matches[0]


def _owner_cond(column: object, owner_ids: Sequence[int] | None) -> list[ColumnElement[bool]]:
    return [] if owner_ids is None else [column.in_(list(owner_ids))]


def _customer_match(c: Customer, via: str, contact: Contact | None = None) -> Match:
    detail = {"city": c.city or c.country, "country": c.country, "industry": c.industry}  # a pick may name either
    if contact is not None:
        detail["contact"] = f"{contact.name} {contact.title or ''}".strip()
    return Match("customer", c.id, c.external_id, c.display_name, c.owner_id, via, detail)


def _customers(session: Session, stmt: Select, via: str) -> list[Match]:
    return [_customer_match(c, via) for c in session.scalars(stmt.order_by(Customer.id))]


def _contact_form(session: Session, text: str, owner_ids: Sequence[int] | None) -> list[Match]:
    base = (
        select(Contact, Customer)
        .join(Customer, Customer.id == Contact.customer_id)
        .where(*_owner_cond(Customer.owner_id, owner_ids))
    )
    rows: list[tuple[Contact, Customer]] = []
    if m := _CONTACT_FORM.match(text):
        surname, form = m.group("surname"), m.group("form")
        boss = or_(*(Contact.title.contains(t) for t in BOSS_TITLES))
        # 王总 = a boss title; 王经理/王主管 = anyone else (how reps address buyers and staff); 先生/女士 = anyone
        title_cond = boss if form in ("总", "老板", "总监") else ~boss if form in ("经理", "主管") else true()
        rows = list(session.execute(base.where(Contact.name.startswith(surname), title_cond)))
    if not rows:
        low = text.lower()
        rows = list(
            session.execute(
                base.where(
                    or_(
                        func.lower(Contact.name) == low,
                        func.lower(Contact.name).startswith(low + " ")
                        if re.fullmatch(r"[A-Za-z]+", text)
                        else False,
                    )
                )
            )
        )
    seen: dict[int, Match] = {}
    for contact, customer in rows:
        seen.setdefault(customer.id, _customer_match(customer, "contact", contact))
    return list(seen.values())


def search_customers(
    session: Session, text: str, *, owner_ids: Sequence[int] | None, limit: int | None = None
) -> list[Match]:
    """Return the customers matching ``text`` at the most confident level that matches anything."""
    text = (text or "").strip()
    if not text:
        return []
    scoped = select(Customer).where(*_owner_cond(Customer.owner_id, owner_ids))
    low = text.lower()
    for via, cond in (
        ("id", func.lower(Customer.external_id) == low),
        (
            "name",
            or_(
                Customer.name_zh == text,
                func.lower(Customer.name_en) == low,
                func.lower(Customer.short_name) == low,
            ),
        ),
    ):
        found = _customers(session, scoped.where(cond), via)
        if found:
            return found[:limit]
    found = _contact_form(session, text, owner_ids)
    if found:
        return found[:limit]
    core = _FILLERS.sub("", text) or text
    lc = core.lower()
    rows = list(
        session.scalars(
            scoped.where(
                or_(
                    Customer.name_zh.contains(core, autoescape=True),
                    func.lower(Customer.name_en).contains(lc, autoescape=True),
                    func.lower(Customer.short_name).contains(lc, autoescape=True),
                )
            ).order_by(Customer.id)
        )
    )
    if len(rows) > 1:  # "Harbor Trading": the one that is exactly that name (legal suffix aside) wins
        exact = [c for c in rows if same_name(core, (c.name_en, c.name_zh, c.short_name))]
        rows = exact if len(exact) == 1 else rows
    found = [_customer_match(c, "substring") for c in rows]
    if found or len(core) < 2:
        return found[:limit]
    if core != text:
        found = _contact_form(session, core, owner_ids)
        if found:
            return found[:limit]
    shorts = session.execute(
        select(Customer.id, Customer.short_name).where(
            Customer.short_name.is_not(None), *_owner_cond(Customer.owner_id, owner_ids)
        )
    )
    ids = [cid for cid, short in shorts if len(short) >= 2 and short.lower() in low]
    if not ids:
        return []
    return _customers(session, select(Customer).where(Customer.id.in_(ids)), "mentioned")[:limit]


def resolve_customer(session: Session, text: str, *, owner_ids: Sequence[int] | None) -> Lookup:
    """Resolve a reference to exactly one customer in scope (or say not found / ambiguous)."""
    found = search_customers(session, text, owner_ids=owner_ids, limit=11)
    return _lookup(text, found)


def _lookup(text: str, found: Sequence[Match]) -> Lookup:
    if not found:
        return Lookup("not_found", text)
    return Lookup("ok" if len(found) == 1 else "ambiguous", text, tuple(found[:10]))


def _deal_match(o: Opportunity, customer: Customer, owner: User | None, via: str) -> Match:
    detail = {"customer": customer.display_name, "stage": o.stage, "amount": f"{o.amount:,.0f} {o.currency}"}
    if owner is not None:
        detail["owner"] = owner.login
    return Match("deal", o.id, o.external_id, o.name, o.owner_id, via, detail)


def resolve_deal(
    session: Session, text: str, *, owner_ids: Sequence[int] | None, open_only: bool = False
) -> Lookup:
    """Resolve a deal by id, name, name substring or its customer's name, inside the scope.

    With ``open_only`` (when moving a stage), a customer reference only considers its open deals.
    """
    text = (text or "").strip()
    if not text:
        return Lookup("not_found", text)
    base = (
        select(Opportunity, Customer, User)
        .join(Customer, Customer.id == Opportunity.customer_id)
        .outerjoin(User, User.id == Opportunity.owner_id)
        .where(*_owner_cond(Opportunity.owner_id, owner_ids))
        .order_by(Opportunity.id)
    )
    low = text.lower()
    digits = re.fullmatch(r"(?:opp-?)?0*(\d+)", low)
    levels: list[tuple[str, ColumnElement[bool]]] = [("id", func.lower(Opportunity.external_id) == low)]
    if digits:
        levels.append(("id", Opportunity.external_id == f"OPP-{int(digits.group(1)):06d}"))
    levels += [
        ("name", func.lower(Opportunity.name) == low),
        ("substring", func.lower(Opportunity.name).contains(low, autoescape=True)),
    ]
    for via, cond in levels:
        rows = list(session.execute(base.where(cond)))
        if rows:
            return _lookup(text, [_deal_match(o, c, u, via) for o, c, u in rows])
    customers = search_customers(session, text, owner_ids=owner_ids, limit=11)
    if len(customers) != 1:
        return Lookup("ambiguous", text, tuple(customers[:10])) if customers else Lookup("not_found", text)
    stmt = base.where(Opportunity.customer_id == customers[0].id)
    if open_only:
        stmt = stmt.where(Opportunity.stage.not_in(("won", "lost")))
    return _lookup(text, [_deal_match(o, c, u, "customer") for o, c, u in session.execute(stmt)])
