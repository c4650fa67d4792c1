"""SQL building blocks shared by the query modules: day arithmetic, the scope filter, cancelled orders.

The query modules (:mod:`assistant.crm.customer_queries`, :mod:`assistant.crm.order_queries`,
:mod:`assistant.crm.activity_queries`, :mod:`assistant.crm.team_queries`) are keyword-only
functions that aggregate in SQL and work the same on SQLite and PostgreSQL. Filters are
explicit: ``owner_ids`` (``None`` = every owner, ``[]`` = nothing) and ``customer_ids``.
:func:`assistant.identity.scope_for` turns a user into the owner ids they may see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Float, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from assistant.crm.models import Customer

CANCELLED = ("cancelled", "canceled")


class day_number(FunctionElement):  # reads like a SQL function
    """A date or timestamp as a fractional day number, so differences are in days on every database."""

    type = Float()
    inherit_cache = True


@compiles(day_number)
def _day_number_sqlite(element: day_number, compiler: Any, **kw: Any) -> str:
    return f"julianday({compiler.process(element.clauses, **kw)})"


@compiles(day_number, "postgresql")
def _day_number_pg(element: day_number, compiler: Any, **kw: Any) -> str:
    return f"(EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)}) / 86400.0)"


def day_start(day: dt.date) -> dt.datetime:
    """Return midnight at the start of ``day`` (timestamps are stored naive UTC)."""
    return dt.datetime.combine(day, dt.time())


def customer_filter(
    column: Any, *, owner_ids: Sequence[int] | None = None, customer_ids: Sequence[int] | None = None
) -> list[ColumnElement[bool]]:
    """Build WHERE conditions restricting a ``customer_id`` column to owners and/or customer ids."""
    conds: list[ColumnElement[bool]] = []
    if customer_ids is not None:
        conds.append(column.in_(list(customer_ids)))
    if owner_ids is not None:
        conds.append(column.in_(select(Customer.id).where(Customer.owner_id.in_(list(owner_ids)))))
    return conds
