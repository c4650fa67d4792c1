"""A tool-calling chat model standing in for the agent's LLM in graph tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool

Script = AIMessage | Callable[[list[BaseMessage]], AIMessage]


class FakeToolCallingModel(BaseChatModel):
    """Replays scripted AIMessages (or functions of the messages sent) and records every request.

    ``bind_tools`` records the tool schemas (OpenAI format) and returns the same model, so
    a test can assert what the graph offered and what it sent (``sent``: one list of
    messages per call). Running out of script is an error, not a silent default.
    """

    script: list[Any] = []
    sent: list[list[BaseMessage]] = []
    bound_tools: list[dict[str, Any]] = []

    @property
    def _llm_type(self) -> str:
        return "fake-tool-calling"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> FakeToolCallingModel:
        self.bound_tools = [convert_to_openai_tool(t) for t in tools]
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.sent.append(list(messages))
        if not self.script:
            raise AssertionError("FakeToolCallingModel ran out of scripted replies")
        step = self.script.pop(0)
        reply = step(list(messages)) if callable(step) else step
        return ChatResult(generations=[ChatGeneration(message=reply)])


def tool_call(name: str, args: dict[str, Any], call_id: str = "call_1") -> AIMessage:
    """Return an AIMessage asking for one tool call."""
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])
