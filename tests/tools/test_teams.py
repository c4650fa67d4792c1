"""``team_performance`` for one named team (only the caller's own) and ranked per team; checked against SQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, text

from tests.tools.test_tools import run


def sql(engine: Engine, query: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(query), params))


def test_a_manager_asking_for_another_team_is_told_it_is_not_theirs(demo: Engine, ctx_for: Callable) -> None:
    other, region = sql(demo, "select name, region from teams where id=2")[0]
    for ref in (other, region):
        result = run(ctx_for("mgr01"), "team_performance", team=ref, period="this_quarter")
        assert result["status"] == "denied"
        assert other in str(result) and "reps" not in result  # named as not theirs; no figures at all


def test_a_manager_naming_their_own_team_gets_its_reps(demo: Engine, ctx_for: Callable) -> None:
    own = sql(demo, "select name from teams where id=1")[0][0]
    result = run(ctx_for("mgr01"), "team_performance", team=own, period="this_quarter", limit=50)
    assert result["status"] == "ok" and result["team"] == own
    members = {r[0] for r in sql(demo, "select login from users where team_id=1 and role='rep'")}
    assert {r["login"] for r in result["reps"]} == members


def test_an_unknown_team_is_not_found(demo: Engine, ctx_for: Callable) -> None:
    assert run(ctx_for("admin"), "team_performance", team="火星组")["status"] == "not_found"


def test_teams_ranked_by_revenue_match_sql(demo: Engine, ctx_for: Callable) -> None:
    result = run(ctx_for("admin"), "team_performance", period="this_year", by_team=True, scope="all")
    start, end = result["period"]["start"], result["period"]["end"]
    expected = dict(
        sql(
            demo,
            "select t.name, coalesce(sum(o.amount_usd),0) from teams t join users u on u.team_id=t.id "
            "and u.role='rep' left join orders o on o.owner_id=u.id and o.order_date between :s and :e "
            "and o.status not in ('cancelled','canceled') group by t.name",
            s=start,
            e=end,
        )
    )
    got = {t["team"]: t["revenue_usd"] for t in result["teams"]}
    assert got == {k: round(float(v), 2) for k, v in expected.items()}
    revenues = [t["revenue_usd"] for t in result["teams"]]
    assert revenues == sorted(revenues, reverse=True)
