"""Tool results are serialised once: JSON content for the model, the same data as the artifact."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from langchain_core.messages import ToolMessage

from assistant.tools import results as R
from assistant.tools.messages import content_and_artifact, plain, result_of, tool_message


def test_artifact_is_exactly_what_the_content_parses_to() -> None:
    result = R.ok(
        records=[R.record("customer", "C00001", "鑫和")],
        items=[{"best_hours": (9, 11), "due": dt.date(2025, 6, 30), "amount": Decimal("12.50"), 3: None}],
    )
    content, artifact = content_and_artifact(result)
    assert json.loads(content) == artifact == plain(result)
    assert artifact["items"][0] == {"best_hours": [9, 11], "due": "2025-06-30", "amount": "12.50", "3": None}


def test_tool_message_carries_the_result_and_older_messages_carry_none() -> None:
    msg = tool_message(R.error("boom", "出错"), tool_call_id="c1", name="x", status="error")
    assert msg.status == "error" and json.loads(str(msg.content)) == result_of(msg)
    assert result_of(ToolMessage('{"status":"ok"}', tool_call_id="c2")) is None
