"""What a pipeline answer names besides its totals: the largest open deals, and open deals per rep.

"我手上最大的一单" / "which rep has the most open deals" are answered from ``pipeline_status``; the
tool result carries the few largest open deals in scope and, for a team or everyone, each rep's
open count and amount (most first), so either engine can name them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select, true
from sqlalchemy.orm import Session

from assistant.analytics.deal_flags import DealFlag
from assistant.crm.models import OPEN_STAGES, Opportunity, User
from assistant.tools import common as C


def deal_brief(f: DealFlag) -> dict[str, Any]:
    """Return one deal's id, name, customer, stage and amount, as every pipeline list shows them."""
    return {
        "id": f.external_id,
        "name": f.name,
        "customer": {"id": f.customer_external_id, "name": f.customer_name},
        "stage": f.stage,
        "amount_usd": C.money(f.amount),
    }


def largest_open(flags: list[DealFlag], k: int = 3) -> list[dict[str, Any]]:
    """Return the ``k`` largest open deals (``flags`` come largest first) in a compact form."""
    return [deal_brief(f) for f in flags[:k]]


def open_by_rep(session: Session, owner_ids: Sequence[int] | None) -> list[dict[str, Any]]:
    """Return every rep in scope with their open deal count and amount (zero included), most deals first.

    The whole list is returned (a team is a handful of reps, everyone a few dozen), so its last row
    really is the rep with the fewest open deals.
    """
    o = Opportunity
    in_scope = User.id.in_(list(owner_ids)) if owner_ids is not None else true()
    count = func.count(o.id)
    amount = func.coalesce(func.sum(o.amount_usd), 0)
    rows = session.execute(
        select(User.login, User.display_name, count, amount)
        .select_from(User)
        .outerjoin(o, and_(o.owner_id == User.id, o.stage.in_(OPEN_STAGES)))
        .where(in_scope, User.role == "rep", User.active.is_(True))
        .group_by(User.login, User.display_name)
        .order_by(count.desc(), amount.desc(), User.login)
    )
    return [
        {"login": login, "name": name, "open_count": int(n), "open_amount": C.money(float(total))}
        for login, name, n, total in rows
    ]
