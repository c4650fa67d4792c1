"""compliance_stats counts one severity when asked ("high-risk alerts in Q2: which rep had the most")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select

from assistant.compliance.models import ComplianceAlert
from assistant.crm.models import User
from assistant.db import session_scope
from tests.tools.test_reports import Ctx, sql
from tests.tools.test_reports_history import _alert
from tests.tools.test_tools import run


def test_a_severity_filter_counts_only_that_severity_per_rep(demo: Engine, ctx_for: Ctx) -> None:
    with session_scope(demo) as s:
        ids = dict(s.execute(select(User.login, User.id)).all())
        s.query(ComplianceAlert).delete()
        rows = [("rep01", "high"), ("rep01", "low"), ("rep01", "low"), ("rep02", "high"), ("rep02", "high")]
        alerts = []
        for i, (login, severity) in enumerate(rows):
            alert = _alert(ids[login], dt.datetime(2025, 5, 2 + i, 3), "guarantee", i)
            alert.severity = severity
            alerts.append(alert)
        s.add_all(alerts)
    out = run(ctx_for("qa01"), "compliance_stats", period="this_quarter", group_by="rep", severity="high")
    expected = dict(sql(demo, "select u.login, count(*) from compliance_alerts a join users u on u.id=a.rep_id "
                              "where a.severity='high' group by u.login"))  # fmt: skip
    assert {g["key"]: g["count"] for g in out["groups"]} == expected == {"rep02": 2, "rep01": 1}
    assert out["groups"][0]["key"] == "rep02" and out["severity"] == "high"
    everything = run(ctx_for("qa01"), "compliance_stats", period="this_quarter", group_by="rep")
    assert {g["key"]: g["count"] for g in everything["groups"]} == {"rep01": 3, "rep02": 2}
