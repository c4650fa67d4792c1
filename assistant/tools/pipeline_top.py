"""What a pipeline answer names besides its totals: the largest open deals, and open deals per rep.

"我手上最大的一单" / "which rep has the most open deals" are answered from ``pipeline_status``; the
tool result carries the few largest open deals in scope and, for a team or everyone, each rep's
open count and amount (most first), so either engine can name them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, true
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


def open_by_rep(session: Session, owner_ids: Sequence[int] | None, k: int = 10) -> list[dict[str, Any]]:
    """Return each rep's open deal count and amount in scope, most deals first (at most ``k`` reps)."""
    o = Opportunity
    cond = o.owner_id.in_(list(owner_ids)) if owner_ids is not None else true()
    rows = session.execute(
        select(User.login, User.display_name, func.count(o.id), func.coalesce(func.sum(o.amount_usd), 0))
        .join(User, User.id == o.owner_id)
        .where(o.stage.in_(OPEN_STAGES), cond)
        .group_by(User.login, User.display_name)
        .order_by(func.count(o.id).desc(), func.sum(o.amount_usd).desc(), User.login)
        .limit(k)
    )
    return [
        {"login": login, "name": name, "open_count": int(n), "open_amount": C.money(float(amount))}
        for login, name, n, amount in rows
    ]
