"""``pipeline_status`` for a list of customers: their open deals against SQL, in the caller's scope only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from assistant.identity import AssistantContext
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]
OPEN_STAGES = "('prospecting','qualification','proposal','negotiation')"


def _rows(engine: Engine, query: str, **params: object) -> list:
    with engine.connect() as conn:
        return list(conn.execute(text(query), params))


def _customers(engine: Engine, login: str, n: int) -> list[str]:
    return [r[0] for r in _rows(engine,
        "select c.external_id from customers c join users u on u.id=c.owner_id where u.login=:l "
        "order by c.external_id limit :n", l=login, n=n)]  # fmt: skip


def test_open_deals_of_named_customers_match_sql(demo: Engine, ctx_for: Ctx) -> None:
    ids = _customers(demo, "rep01", 5)
    listed = ",".join(f"'{i}'" for i in ids)
    expected = {r[0]: (r[1], float(r[2])) for r in _rows(demo,
        f"select o.external_id, c.external_id, o.amount_usd from opportunities o join customers c on c.id=o.customer_id "
        f"where c.external_id in ({listed}) and o.stage in {OPEN_STAGES}")}  # fmt: skip
    out = run(ctx_for("rep01"), "pipeline_status", customers=ids)
    assert out["status"] == "ok" and out["total"] == len(expected)
    shown = {d["id"]: (d["customer"]["id"], d["amount_usd"]) for d in out["deals"]}
    assert len(shown) == min(10, len(expected)) and all(
        expected[k] == pytest.approx(v) for k, v in shown.items()
    )
    per = {c["id"]: c["open_deals"] for c in out["customers"]}
    assert per == {i: sum(1 for v in expected.values() if v[0] == i) for i in ids}
    assert sorted(out["without_deals"]) == sorted(c["name"] for c in out["customers"] if not c["open_deals"])
    assert out["amount_usd"] == pytest.approx(sum(v[1] for v in expected.values()), abs=0.5)


def test_another_reps_customer_is_not_among_yours(demo: Engine, ctx_for: Ctx) -> None:
    mine, theirs = _customers(demo, "rep01", 1)[0], _customers(demo, "rep02", 1)[0]
    out = run(ctx_for("rep01"), "pipeline_status", customers=[mine, theirs])
    assert out["status"] == "ok" and out["not_found"] == [theirs]
    assert [c["id"] for c in out["customers"]] == [mine]
    assert all(d["customer"]["id"] == mine for d in out["deals"])
    only_theirs = run(ctx_for("rep01"), "pipeline_status", customers=[theirs])
    assert only_theirs["status"] != "ok" and not only_theirs.get("deals")
