"""The open deals in one stage, the longest-stuck deal, and contact details on request, against SQL on the demo company."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, text

from assistant.identity import AssistantContext
from tests.tools.conftest import TODAY, customer_of
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def sql(engine: Engine, query: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(query), params))


def test_deals_sitting_in_negotiation_match_sql(demo: Engine, ctx_for: Ctx) -> None:
    rows = sql(demo,
        "select o.external_id, o.amount_usd from opportunities o join users u on u.id=o.owner_id "
        "where u.login='rep01' and o.stage='negotiation'",
    )  # fmt: skip
    out = run(ctx_for("rep01"), "pipeline_status", stage="negotiation")
    assert out["status"] == "ok" and out["stage"] == "negotiation" and out["total"] == len(rows)
    largest = sorted(rows, key=lambda r: -float(r[1]))[:10]
    assert {d["id"] for d in out["deals"]} == {r[0] for r in largest}
    assert out["amount_usd"] == round(sum(float(r[1]) for r in rows), 2)
    assert all(d["stage"] == "negotiation" for d in out["deals"])


def test_a_manager_sees_the_team_in_a_stage_and_a_rep_only_their_own(demo: Engine, ctx_for: Ctx) -> None:
    team = sql(demo,
        "select count(*) from opportunities o join users u on u.id=o.owner_id "
        "where u.team_id=1 and u.role='rep' and o.stage='proposal'",
    )[0][0]  # fmt: skip
    assert run(ctx_for("mgr01"), "pipeline_status", stage="proposal", scope="team")["total"] == team
    own = run(ctx_for("rep02"), "pipeline_status", stage="proposal")
    assert all(d["customer"]["id"] for d in own["deals"])
    others = sql(demo,
        "select o.external_id from opportunities o join users u on u.id=o.owner_id where u.login!='rep02'"
    )  # fmt: skip
    assert not {d["id"] for d in own["deals"]} & {r[0] for r in others}


def test_the_longest_stuck_deal_is_reported(demo: Engine, ctx_for: Ctx) -> None:
    out = run(ctx_for("rep01"), "pipeline_status", stalled_only=True)
    if not out["stalled_total"]:
        return
    [longest] = out["longest_stuck"]
    changed = sql(demo, "select stage_changed_at from opportunities where external_id=:e", e=longest["id"])[
        0
    ][0]
    days = (TODAY - dt.datetime.fromisoformat(str(changed)).date()).days
    assert longest["days_in_stage"] == days
    assert days >= max(d["days_in_stage"] for d in out["stalled"])


def test_contact_details_only_when_asked_and_only_for_own_customers(demo: Engine, ctx_for: Ctx) -> None:
    cust = customer_of(demo, "rep01")
    phones = {r[0] for r in sql(demo, "select phone from contacts where customer_id=:c", c=cust.id) if r[0]}
    plain = run(ctx_for("rep01"), "customer_profile", customer=cust.external_id)
    assert not any("phone" in k for k in plain["contacts"])
    asked = run(ctx_for("rep01"), "customer_profile", customer=cust.external_id, contact_details=True)
    assert phones and {k.get("phone") for k in asked["contacts"]} <= phones | {None}
    assert any(k.get("phone") in phones for k in asked["contacts"])
    other = customer_of(demo, "rep02")
    denied = run(ctx_for("rep01"), "customer_profile", customer=other.external_id, contact_details=True)
    assert denied["status"] == "not_found" and "contacts" not in denied
