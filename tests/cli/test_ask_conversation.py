"""``ask`` starts a new conversation each run; ``--conversation`` continues one.

Two separate ``ask`` runs must not share memory: a follow-up question ("他的联系人呢？")
asked on its own has no customer to refer to, while the same question with
``--conversation`` continues the first run and is answered about the first customer.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine
from typer.testing import CliRunner

from assistant.agents.service import close_default_assistants
from assistant.cli import app
from tests.tools.conftest import customer_of

FOLLOW_UP = "他的联系人呢？"


def _ask(*args: str) -> dict[str, Any]:
    res = CliRunner().invoke(app, ["ask", "--as", "rep01", "--today", "2025-06-15", "--json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def _mentions(reply: dict[str, Any], *names: str) -> bool:
    args = json.dumps([c["args"] for c in reply["tool_calls"]], ensure_ascii=False)
    return any(n and n in args for n in names)


def test_each_ask_is_a_new_conversation(demo: Engine) -> None:
    customer = customer_of(demo, "rep01")
    names = (customer.name_zh or "", customer.name_en or "", customer.external_id)
    try:
        first = _ask(f"{customer.display_name}最近怎么样？")
        assert _mentions(first, *names), first["tool_calls"]
        alone = _ask(FOLLOW_UP)
        assert alone["conversation_id"] != first["conversation_id"]
        assert alone["conversation_id"].startswith("cli:ask-")
        assert not _mentions(alone, *names), alone["tool_calls"]  # nothing leaked from the first run
        assert customer.display_name not in alone["answer"]
        again = _ask(f"{customer.display_name}最近怎么样？")
        assert again["conversation_id"] not in {first["conversation_id"], alone["conversation_id"]}
    finally:
        close_default_assistants()


def test_conversation_option_continues_a_conversation(demo: Engine) -> None:
    customer = customer_of(demo, "rep01")
    names = (customer.name_zh or "", customer.name_en or "", customer.external_id)
    try:
        first = _ask(f"{customer.display_name}最近怎么样？")
        by_id = _ask("--conversation", first["conversation_id"], FOLLOW_UP)
        assert by_id["conversation_id"] == first["conversation_id"]
        assert _mentions(by_id, *names), by_id["tool_calls"]  # the follow-up is about the first customer
        named = [_ask("--conversation", "visit", q) for q in (f"{customer.display_name}最近怎么样？", FOLLOW_UP)]
        assert named[0]["conversation_id"] == named[1]["conversation_id"] == "cli:visit:" + first[
            "conversation_id"
        ].rsplit(":", 1)[1]
        assert _mentions(named[1], *names), named[1]["tool_calls"]
    finally:
        close_default_assistants()


def test_ask_refuses_another_users_conversation(demo: Engine) -> None:
    res = CliRunner().invoke(app, ["ask", "--as", "rep01", "--conversation", "cli:ask-x:999", "你好"])
    assert res.exit_code == 2 and "another user" in res.output


def test_chat_resumes_an_ask_conversation_by_its_id(demo: Engine) -> None:
    customer = customer_of(demo, "rep01")
    try:
        first = _ask(f"{customer.display_name}最近怎么样？")
        res = CliRunner().invoke(
            app,
            ["chat", "--as", "rep01", "--today", "2025-06-15", "--conversation", first["conversation_id"]],
            input=f"{FOLLOW_UP}\n\n",
        )
        assert res.exit_code == 0, res.output
        assert f"conversation {first['conversation_id']}" in res.output
        assert customer.display_name in res.output.split(first["conversation_id"], 1)[1]
    finally:
        close_default_assistants()
