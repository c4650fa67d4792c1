"""``receivables`` says how many customers are overdue and who owes the most overdue, checked against SQL.

For a rep asking about their own book, a manager naming a rep, and a team; the answer's headline states
the customer count in both languages ("逾期客户 N 家" / "N customers overdue") and names the worst debtor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, text

from assistant.agents.offline.render import render_result
from assistant.identity import AssistantContext
from tests.tools.conftest import TODAY
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]
_LATE = (
    "select c.external_id, sum(o.amount_usd - coalesce(o.paid_amount_usd, 0)) as owed "
    "from orders o join customers c on c.id=o.customer_id join users u on u.id=c.owner_id "
    "where {who} and o.order_date <= :d and (o.paid_date is null or o.paid_date > :d) "
    "and o.payment_due_date < :d group by c.external_id order by owed desc"
)


def _late(engine: Engine, who: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(_LATE.format(who=who)), {"d": TODAY.isoformat(), **params}))


def _check(out: dict[str, Any], rows: list[Any]) -> None:
    assert out["status"] == "ok" and out["overdue_customers"] == len(rows)
    assert rows, "the demo book should have someone overdue"
    assert out["worst_debtor"]["id"] == rows[0][0]
    head_zh = render_result("receivables", out, "zh").splitlines()[0]
    head_en = render_result("receivables", out, "en").splitlines()[0]
    assert f"逾期客户 {len(rows)} 家" in head_zh and rows[0][0] in head_zh
    noun = "customer" if len(rows) == 1 else "customers"
    assert f"{len(rows)} {noun} overdue" in head_en and rows[0][0] in head_en


def test_a_rep_is_told_how_many_of_their_customers_are_overdue(demo: Engine, ctx_for: Ctx) -> None:
    rep = _rep_with_late(demo)
    _check(run(ctx_for(rep), "receivables", overdue_only=True), _late(demo, "u.login=:r", r=rep))


def _rep_with_late(engine: Engine) -> str:
    with engine.connect() as conn:
        return conn.execute(
            text(
                "select u.login from orders o join customers c on c.id=o.customer_id join users u on u.id=c.owner_id "
                "where o.order_date <= :d and (o.paid_date is null or o.paid_date > :d) and o.payment_due_date < :d "
                "group by u.login order by count(distinct c.id) desc, u.login limit 1"
            ),
            {"d": TODAY.isoformat()},
        ).scalar_one()


def test_a_named_rep_and_a_team_get_the_overdue_customer_count(demo: Engine, ctx_for: Ctx) -> None:
    rep = _rep_with_late(demo)
    _check(run(ctx_for("admin"), "receivables", rep_login=rep), _late(demo, "u.login=:r", r=rep))
    team = _late(demo, "u.team_id=1")
    out = run(ctx_for("mgr01"), "receivables", limit=3)  # the count is the whole scope's, not the listed few
    _check(out, team)
    for r in out["reps"]:
        assert r["overdue_customers"] == len(_late(demo, "u.login=:r", r=r["login"])), r["login"]


def test_nobody_overdue_says_so_without_a_count() -> None:
    data = {"status": "ok", "total_open_usd": 10, "open_orders": 1, "total_overdue_usd": 0, "overdue_orders": 0,
            "overdue_customers": 0, "worst_debtor": None, "customers": []}  # fmt: skip
    assert "逾期客户" not in render_result("receivables", data, "zh")
    assert "customers overdue" not in render_result("receivables", data, "en")
