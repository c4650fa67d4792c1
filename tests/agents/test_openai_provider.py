"""LLM_PROVIDER=openai over real HTTP: ChatOpenAI → graph → tool → local OpenAI-compatible server."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import SecretStr
from sqlalchemy import Engine

from assistant.agents.graph import build_graph
from assistant.agents.models import build_chat_model
from assistant.agents.service import Assistant
from assistant.config import override_settings
from assistant.identity import AssistantContext
from assistant.tools import TOOL_ARGS
from tests.tools.conftest import customer_of


def _completion(message: dict[str, Any], finish: str) -> dict[str, Any]:
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "test-model",
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}


class ScriptedOpenAI(ThreadingHTTPServer):
    """Answers /v1/chat/completions with scripted replies and records each request body."""

    def __init__(self, replies: list[dict[str, Any]]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.replies, self.requests = replies, []


class _Handler(BaseHTTPRequestHandler):
    server: ScriptedOpenAI

    def do_POST(self) -> None:  # http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        data = json.dumps(self.server.replies.pop(0)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(demo: Engine) -> Iterator[ScriptedOpenAI]:
    mine = customer_of(demo, "rep01")
    call = {"id": "call_abc", "type": "function",
            "function": {"name": "customer_profile", "arguments": json.dumps({"customer": mine.external_id})}}
    srv = ScriptedOpenAI([
        _completion({"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls"),
        _completion({"role": "assistant", "content": f"{mine.display_name}（{mine.external_id}）情况良好。"}, "stop"),
    ])
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_openai_round_trip_through_the_graph(server: ScriptedOpenAI, demo: Engine,
                                             ctx_for: Callable[..., AssistantContext]) -> None:
    base = f"http://127.0.0.1:{server.server_address[1]}/v1"
    with override_settings(llm_provider="openai", openai_base_url=base, openai_api_key=SecretStr("sk-test"),
                           llm_model="test-model", llm_max_retries=0):
        model = build_chat_model()
        assistant = Assistant(build_graph(model).compile(checkpointer=InMemorySaver()))
        reply = assistant.handle_message(ctx_for("rep01"), "这个客户最近怎么样？")
    assert "情况良好" in reply.answer
    assert reply.tool_calls[0]["name"] == "customer_profile" and reply.tool_calls[0]["result"]["status"] == "ok"
    first, second = (r["body"] for r in server.requests)
    assert server.requests[0]["path"] == "/v1/chat/completions" and server.requests[0]["auth"] == "Bearer sk-test"
    names = {t["function"]["name"] for t in first["tools"]}
    assert len(names) == len(TOOL_ARGS) and {"customer_profile", "update_deal_stage", "sales_forecast"} <= names
    profile = next(t for t in first["tools"] if t["function"]["name"] == "customer_profile")
    assert "runtime" not in profile["function"]["parameters"]["properties"]
    assert first["messages"][0]["role"] == "system" and first["model"] == "test-model"
    tool_msg = second["messages"][-1]
    assert tool_msg["role"] == "tool" and tool_msg["tool_call_id"] == "call_abc"
    assert json.loads(tool_msg["content"])["customer"]["owner"] == "rep01"
