"""A process that logs ``N`` activities in one shared conversation (run by test_concurrent_processes).

Usage: ``python -m tests.hostile.concurrent_worker TAG N``. Uses the configured database and
checkpointer (``DATABASE_URL``, ``DATA_DIR``) and a scripted model, so it starts fast; prints
one JSON line per turn: ``{"content", "activity_id"}`` as the reply reported them.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

from assistant.agents.checkpoint import open_checkpointer
from assistant.agents.graph import build_graph
from assistant.agents.service import Assistant
from assistant.db import session_scope
from assistant.identity import context_for
from tests.fakes.chat_model import FakeToolCallingModel, tool_call


def _cite(messages: list[BaseMessage]) -> AIMessage:
    result: dict[str, Any] = json.loads(str(messages[-1].content))
    return AIMessage(f"已记录，活动 [{result['written']['activity_id']}]")


def main(tag: str, turns: int, customer: str) -> None:
    """Log ``turns`` activities tagged ``tag`` on ``customer``, each message and approval one turn."""
    with session_scope() as s:
        ctx = context_for(s, "rep01", channel="cli", chat_id="shared", today=dt.date(2025, 6, 15))
    for i in range(turns):
        content = f"{tag}-{i} 电话沟通"
        script = [
            tool_call("log_activity", {"customer": customer, "type": "call", "content": content}),
            _cite,
        ]
        with open_checkpointer() as saver:
            assistant = Assistant(
                build_graph(FakeToolCallingModel(script=script)).compile(checkpointer=saver)
            )
            with assistant.turn(ctx) as cid:
                reply = assistant.handle_message(ctx, f"帮我记录一下：{content}", conversation_id=cid)
                reply = assistant.confirm(ctx, cid, True)
        ids = [c["result"]["written"]["activity_id"] for c in reply.tool_calls if c["name"] == "log_activity"]
        print(
            json.dumps({"content": content, "activity_id": ids[0] if ids else None, "answer": reply.answer})
        )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
