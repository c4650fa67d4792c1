"""One CRM record for the web's record view (``C00001``, ``OPP-000123``, ``SO-0000001``), within scope."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from assistant.crm.models import Customer, Opportunity, Order
from assistant.db import session_scope
from assistant.identity import UnknownUserError, resolve_user, scope_for
from assistant.text import lazy_re

RECORD_ID = lazy_re.compile(r"\b(C\d{5}|OPP-\d{6}|SO-\d{7})\b")


def record(login: str, external_id: str) -> dict[str, Any] | None:
    """Return ``{"kind", "id", "title", "fields": [(label, value)]}`` or None (unknown or out of scope)."""
    if not RECORD_ID.fullmatch(external_id):
        return None
    with session_scope() as s:
        try:
            user = resolve_user(s, login, channel="web")
        except UnknownUserError:
            return None
        scope = scope_for(s, user)
        if external_id.startswith("OPP-"):
            opp = s.scalar(select(Opportunity).where(Opportunity.external_id == external_id))
            if opp is None or not scope.allows_owner(opp.owner_id) or not scope.sees_financials:
                return None
            cust = s.get(Customer, opp.customer_id)
            fields = [("customer", cust.display_name if cust else "-"), ("stage", opp.stage),
                      ("amount_usd", f"{opp.amount_usd:,.0f}"), ("expected_close", str(opp.expected_close_date))]
            return {"kind": "opportunity", "id": external_id, "title": opp.name, "fields": fields}
        if external_id.startswith("SO-"):
            order = s.scalar(select(Order).where(Order.external_id == external_id))
            if order is None or not scope.allows_owner(order.owner_id) or not scope.sees_financials:
                return None
            cust = s.get(Customer, order.customer_id)
            fields = [("customer", cust.display_name if cust else "-"), ("date", str(order.order_date)),
                      ("amount_usd", f"{order.amount_usd:,.0f}"), ("status", order.status)]
            return {"kind": "order", "id": external_id, "title": external_id, "fields": fields}
        cust = s.scalar(select(Customer).where(Customer.external_id == external_id))
        if cust is None or not scope.may_read(cust):
            return None
        fields = [("country", cust.country), ("city", cust.city or "-"), ("industry", cust.industry)]
        return {"kind": "customer", "id": external_id, "title": cust.display_name, "fields": fields}
