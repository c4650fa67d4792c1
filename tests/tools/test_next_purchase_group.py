"""``next_purchase`` for a list of customers ("which of those will reorder"): only them, in the caller's scope."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, text

from assistant.analytics.next_purchase import customers_due
from assistant.db import session_scope
from assistant.identity import AssistantContext
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def _customers(engine: Engine, login: str, n: int) -> list[tuple[int, str]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "select c.id, c.external_id from customers c join users u on u.id=c.owner_id where u.login=:l "
            "order by c.external_id limit :n"), {"l": login, "n": n})]  # fmt: skip


def test_only_the_listed_customers_due_within_the_window(demo: Engine, ctx_for: Ctx) -> None:
    rows = _customers(demo, "rep01", 12)
    ctx = ctx_for("rep01")
    out = run(ctx, "next_purchase", customers=[ext for _, ext in rows], within_days=60)
    assert out["status"] == "ok" and out["among"] == len(rows)
    with session_scope(demo) as s:
        expected = customers_due(s, today=ctx.today, days=60, customer_ids=[i for i, _ in rows])
    assert [p["customer"]["id"] for p in out["predictions"]] == [p.customer_external_id for p in expected][
        :10
    ]
    listed = {ext for _, ext in rows}
    assert all(p["customer"]["id"] in listed for p in out["predictions"])
    assert len(out["not_due"]) == len(rows) - len(expected)


def test_another_reps_customer_is_left_out(demo: Engine, ctx_for: Ctx) -> None:
    mine, theirs = _customers(demo, "rep01", 1)[0][1], _customers(demo, "rep02", 1)[0][1]
    out = run(ctx_for("rep01"), "next_purchase", customers=[mine, theirs], within_days=365)
    assert out["status"] == "ok" and out["not_found"] == [theirs] and out["among"] == 1
    assert all(p["customer"]["id"] == mine for p in out["predictions"])
    only_theirs = run(ctx_for("rep01"), "next_purchase", customers=[theirs])
    assert only_theirs["status"] != "ok" and not only_theirs.get("predictions")
