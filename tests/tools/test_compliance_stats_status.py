"""compliance_stats counts one alert status when asked ("各销售还有多少告警没处理"), checked against SQL on the demo."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select, text

from assistant.agents.offline.render_compliance import compliance_stats as render
from assistant.crm.models import User
from assistant.db import session_scope
from tests.tools.test_reports import Ctx, sql
from tests.tools.test_reports_history import _alert
from tests.tools.test_tools import run

_PER_REP = (
    "select u.login, count(*) from compliance_alerts a join users u on u.id = a.rep_id where a.status = 'open' {and_} "
    "group by u.login"
)


def _handle_some(engine: Engine) -> None:
    """Seed alerts over two years, then mark every third confirmed and every fifth dismissed (the rest stay open)."""
    with session_scope(engine) as s:
        ids = dict(s.execute(select(User.login, User.id)).all())
        reps = [ids["rep01"], ids["rep02"], ids["rep03"]]
        s.add_all(
            _alert(reps[i % 3], dt.datetime(2024, 1, 1, 3) + dt.timedelta(days=17 * i), "guarantee", 900 + i)
            for i in range(30)
        )
    with engine.begin() as conn:
        conn.execute(text("update compliance_alerts set status = 'confirmed' where id % 3 = 0"))
        conn.execute(text("update compliance_alerts set status = 'dismissed' where id % 5 = 0 and id % 3 <> 0"))


def test_the_open_queue_per_rep_counts_only_open_alerts_of_every_period(demo: Engine, ctx_for: Ctx) -> None:
    _handle_some(demo)
    out = run(ctx_for("qa01"), "compliance_stats", group_by="rep", status="open", limit=50)
    expected = dict(sql(demo, _PER_REP.format(and_="")))
    assert expected and {g["key"]: g["count"] for g in out["groups"]} == expected
    assert out["count"] == sum(expected.values()) < sql(demo, "select count(*) from compliance_alerts")[0][0]
    assert out["status"] == "ok" and out["alert_status"] == "open"  # the result's own status stays "ok"
    assert out["by_status"] == {"open": out["count"]} and out["previous_period"] is None
    zh_, en = "\n".join(render(out, "zh")), "\n".join(render(out, "en"))
    assert "条待处理的违规告警，" in zh_ and "上期" not in zh_ and "still open, by rep" in en and "previous" not in en


def test_a_status_in_a_period_counts_that_period_with_no_trend(demo: Engine, ctx_for: Ctx) -> None:
    _handle_some(demo)
    out = run(ctx_for("qa01"), "compliance_stats", period="this_year", group_by="rep", status="open", limit=50)
    expected = dict(sql(demo, _PER_REP.format(and_="and a.occurred_at >= '2024-12-31 16:00:00'")))
    assert {g["key"]: g["count"] for g in out["groups"]} == expected
    assert out["status"] == "ok" and out["previous_period"] is None  # last year's open alerts had longer to be reviewed
    assert out["previous"] is None
    everything = run(ctx_for("qa01"), "compliance_stats", period="this_year", group_by="rep", limit=50)
    assert everything["count"] > out["count"]  # without the filter, the handled alerts count too


def test_status_names_are_the_review_statuses() -> None:
    """The argument takes exactly the statuses a review can set, so a typo is an error, not a silent 0."""
    from typing import get_args

    from assistant.compliance.models import ALERT_STATUSES
    from assistant.tools.schemas import AlertStatus

    assert set(get_args(AlertStatus)) == set(ALERT_STATUSES)
