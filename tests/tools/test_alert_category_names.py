"""A compliance category given as people say it filters by that category, checked against SQL.

"private deal ones", "Kickbacks", "私单", "contact leaks" and the stored key itself count the same
alerts in ``compliance_stats`` and list the same alerts in ``sensitive_alerts``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from assistant.identity import AssistantContext
from assistant.tools.alert_category import category_key
from tests.tools.test_tools import run

Ctx = Callable[..., AssistantContext]
SAID = [("private deal ones", "private_deal"), ("Private-Deals", "private_deal"), ("私单", "private_deal"),
        ("飞单问题", "private_deal"), ("kickbacks", "bribery"), ("回扣", "bribery"), ("contact leaks", "contact_leak"),
        ("私留联系方式", "contact_leak"), ("承诺类", "guarantee"), ("guarantees", "guarantee")]  # fmt: skip


@pytest.mark.parametrize(("said", "key"), SAID)
def test_category_names_resolve(said: str, key: str) -> None:
    assert category_key(said) == key


def test_stats_and_alerts_filter_by_a_spoken_category(demo: Engine, ctx_for: Ctx) -> None:
    with demo.connect() as conn:
        per = dict(
            conn.execute(text("select category, count(*) from compliance_alerts group by category")).all()
        )
    for said, key in SAID:
        if not per.get(key):
            continue
        stats = run(ctx_for("qa01"), "compliance_stats", category=said, period="2000-01-01..2100-12-31",
                    group_by="category")  # fmt: skip
        assert stats["status"] == "ok" and stats["count"] == per[key], said
        assert {g["key"] for g in stats["groups"]} == {key}, said
        alerts = run(ctx_for("qa01"), "sensitive_alerts", category=said, limit=100)
        assert alerts["status"] == "ok" and alerts["alerts"], said
        assert {a["category"] for a in alerts["alerts"]} == {key}, said
