"""sensitive_alerts: the total counts every matching alert, though only ``limit`` are listed (SQL-checked)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine, text

from assistant.compliance.store import record_message
from assistant.db import session_scope
from assistant.identity import AssistantContext
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def _count(engine: Engine, where: str, **params: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"select count(*) from compliance_alerts a where {where}"), params).scalar() or 0)


def _flag(engine: Engine, login: str, n: int) -> int:
    """Record ``n`` flagged messages from ``login`` to one of their customers; return the rep's id."""
    with engine.connect() as conn:
        rep, cust = conn.execute(text(
            "select u.id, c.id from customers c join users u on u.id = c.owner_id where u.login = :l "
            "order by c.id limit 1"), {"l": login}).one()  # fmt: skip
    with session_scope(engine) as s:
        for day in range(1, n + 1):
            record_message(
                s, rep_id=rep, customer_id=cust, channel="wecom", direction="outbound",
                text=f"第{day}次：返点我私下给您个人，走我个人账户。", occurred_at=dt.datetime(2025, 5, day, 3, 0),
                source="manual", notify=False,
            )  # fmt: skip
    return int(rep)


def test_the_total_is_every_matching_alert_not_the_listed_few(demo: Engine, ctx_for: Ctx) -> None:
    rep = _flag(demo, "rep01", 4)
    out = run(ctx_for("qa01"), "sensitive_alerts", rep_login="rep01", limit=2)
    assert out["shown"] == len(out["alerts"]) == 2
    assert out["total"] == _count(demo, "a.rep_id = :r", r=rep) >= 4
    assert all(a["rep"] == "rep01" for a in out["alerts"])


def test_the_total_of_open_alerts_in_scope(demo: Engine, ctx_for: Ctx) -> None:
    _flag(demo, "rep02", 3)
    out = run(ctx_for("qa01"), "sensitive_alerts", status="open", limit=1)
    assert out["total"] == _count(demo, "a.status = 'open'") > 1 and len(out["alerts"]) == 1
