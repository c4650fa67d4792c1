"""Asked which of one rep's deals are stuck, every stuck deal is listed (up to a dozen), per the SQL definition.

Stuck = open and no stage change for more than the stage's limit (``STALLED_DAYS_BY_STAGE``, default
``STALLED_DAYS_DEFAULT``); the overview keeps its five, the stuck-deal list is not cut at five.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine, text

from assistant.agents.offline.render import render_result
from assistant.analytics.deal_flags import stall_limits
from assistant.identity import AssistantContext
from tests.tools.conftest import TODAY
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]


def _stuck(engine: Engine) -> dict[str, set[str]]:
    """Each rep's stuck deals, computed in Python over plain SQL rows."""
    limits = stall_limits()
    out: dict[str, set[str]] = {}
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "select u.login, d.external_id, d.stage, d.stage_changed_at from opportunities d "
                "join users u on u.id=d.owner_id where d.stage not in ('won','lost')"
            )  # fmt: skip
        )
        for login, ext, stage, changed in rows:
            day = changed if isinstance(changed, dt.datetime) else dt.datetime.fromisoformat(str(changed))
            if (TODAY - day.date()).days > limits.get(stage, 10**6):
                out.setdefault(login, set()).add(ext)
    return out


def test_the_stuck_deal_list_is_not_cut_at_five(demo: Engine, ctx_for: Ctx) -> None:
    stuck = _stuck(demo)
    ids = set().union(*stuck.values())
    assert len(ids) > 5, "the demo needs more than five stuck deals"
    out = run(ctx_for("admin"), "pipeline_status", scope="all", stalled_only=True)
    assert out["stalled_total"] == len(ids)
    listed = {f["id"] for f in out["stalled"]}
    assert listed <= ids and len(listed) == min(len(ids), 12)
    text_zh = render_result("pipeline_status", out, "zh")
    assert all(i in text_zh for i in listed)
    if len(ids) > 12:
        assert f"另有 {len(ids) - 12} 个未列出" in text_zh
    login, own = max(stuck.items(), key=lambda kv: (len(kv[1]), kv[0]))  # one rep: exactly theirs
    one = run(ctx_for("admin"), "pipeline_status", rep_login=login, stalled_only=True)
    assert {f["id"] for f in one["stalled"]} == own
