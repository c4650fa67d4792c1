"""``churn_risk`` restricted to a place or an industry ("which of my German customers might churn"), against SQL."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, text

from assistant.identity import AssistantContext
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def _places(engine: Engine, login: str) -> dict[str, tuple[str, str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "select c.external_id, c.country, c.city, c.industry from customers c join users u on u.id=c.owner_id "
            "where u.login=:l"), {"l": login})  # fmt: skip
        return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_churn_risk_of_one_country_lists_only_customers_there(demo: Engine, ctx_for: Ctx) -> None:
    places = _places(demo, "rep01")
    every = run(ctx_for("rep01"), "churn_risk", level="low", limit=50)
    at_risk = [r["customer"]["id"] for r in every["risks"]]
    country = places[at_risk[0]][0]
    out = run(ctx_for("rep01"), "churn_risk", level="low", country=country, limit=50)
    assert out["status"] == "ok"
    got = [r["customer"]["id"] for r in out["risks"]]
    assert got == [i for i in at_risk if places[i][0] == country]
    assert out["group"] == {"country": country}


def test_churn_risk_of_a_country_in_chinese_and_an_industry(demo: Engine, ctx_for: Ctx) -> None:
    places = _places(demo, "rep01")
    every = run(ctx_for("rep01"), "churn_risk", level="low", limit=50)
    industry = places[every["risks"][0]["customer"]["id"]][2]
    out = run(ctx_for("rep01"), "churn_risk", level="low", industry=industry, limit=50)
    assert {places[r["customer"]["id"]][2] for r in out["risks"]} == {industry}
    none = run(ctx_for("rep01"), "churn_risk", country="新加坡", limit=50)
    assert all(places[r["customer"]["id"]][0] == "Singapore" for r in none.get("risks", []))


def test_the_churn_answer_names_the_place_it_was_restricted_to() -> None:
    from assistant.agents.offline.render import render_result

    one = {"status": "ok", "total": 1, "group": {"country": "Singapore"},
           "risks": [{"customer": {"id": "C00007", "name": "Lion Rock Pte"}, "level": "high", "score": 81}]}  # fmt: skip
    assert render_result("churn_risk", one, "zh").startswith("新加坡的客户中有流失风险的客户")
    assert render_result("churn_risk", one, "en").startswith("Customers in Singapore at risk")
    none = {"status": "ok", "total": 0, "group": {"country": "Germany"}, "risks": []}
    assert render_result("churn_risk", none, "zh") == "德国的客户里目前没有处于流失风险的客户。"
    assert "in Germany" in render_result("churn_risk", none, "en")
