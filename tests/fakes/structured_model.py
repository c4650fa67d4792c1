"""A chat model with structured output standing in for the LLM of the LLM summary engine."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable, RunnableLambda


class FakeStructuredChatModel(BaseChatModel):
    """Replays scripted structured replies (dicts or exceptions) and records every prompt in ``calls``.

    ``with_structured_output(schema)`` returns a runnable that validates the next reply into
    ``schema``; an exception in ``replies`` is raised instead (to simulate endpoint failures).
    """

    replies: list[Any] = []
    calls: list[list[BaseMessage]] = []
    schemas: list[type] = []

    def _generate(
        self, messages: list[BaseMessage], stop: Sequence[str] | None = None, **_: Any
    ) -> ChatResult:
        self.calls.append(list(messages))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=""))])

    @property
    def _llm_type(self) -> str:
        return "fake-structured"

    def with_structured_output(
        self, schema: Any, *, include_raw: bool = False, **kwargs: Any
    ) -> Runnable[Any, Any]:
        self.schemas.append(schema)

        def answer(messages: list[BaseMessage]) -> Any:
            self.calls.append(list(messages))
            if not self.replies:
                raise AssertionError("FakeStructuredChatModel ran out of scripted replies")
            reply = self.replies.pop(0)
            if isinstance(reply, BaseException):
                raise reply
            return schema.model_validate(reply)

        return RunnableLambda(answer)
