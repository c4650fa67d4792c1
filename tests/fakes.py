"""Test doubles shared by the suite. Fakes record what was sent and replay scripted replies."""


# --- knowledge: a deterministic embedding function for script-library logic tests -------------------
import hashlib as _hashlib  # noqa: E402

import numpy as _np  # noqa: E402
from chromadb.api.types import Documents as _Documents  # noqa: E402
from chromadb.api.types import EmbeddingFunction as _EmbeddingFunction  # noqa: E402
from chromadb.api.types import Embeddings as _Embeddings  # noqa: E402


class FakeEmbeddingFunction(_EmbeddingFunction[_Documents]):
    """Hash character bigrams into a normalised vector: deterministic, instant, similarity-preserving.

    Records every batch it embedded in ``calls`` (documents) and ``query_calls`` (queries).
    """

    def __init__(self, dim: int = 128, model_id: str = "fake/bigram-hash-128") -> None:
        self.dim = dim
        self.model_id = model_id
        self.calls: list[list[str]] = []
        self.query_calls: list[list[str]] = []

    def _vec(self, text: str) -> _np.ndarray:
        v = _np.zeros(self.dim, dtype=_np.float32)
        t = text.lower()
        for a, b in zip(t, t[1:], strict=False):
            h = int.from_bytes(_hashlib.blake2b((a + b).encode(), digest_size=4).digest(), "little")
            v[h % self.dim] += 1.0
        n = float(_np.linalg.norm(v))
        return v / n if n else v + 1.0 / _np.sqrt(self.dim)

    def __call__(self, input: _Documents) -> _Embeddings:  # noqa: A002
        self.calls.append(list(input))
        return [self._vec(t) for t in input]

    def embed_query(self, input: _Documents) -> _Embeddings:  # noqa: A002
        self.query_calls.append(list(input))
        return [self._vec(t) for t in input]

    @staticmethod
    def name() -> str:
        return "fake_bigram_hash"

    @staticmethod
    def build_from_config(config: dict) -> "FakeEmbeddingFunction":  # noqa: UP037
        return FakeEmbeddingFunction(dim=int(config.get("dim", 128)), model_id=config.get("model_id", "fake"))

    def get_config(self) -> dict:
        return {"dim": self.dim, "model_id": self.model_id}


# --- summaries: a fake chat model with structured output, recording what was sent ----------------
from collections.abc import Sequence as _S_Sequence  # noqa: E402
from typing import Any as _S_Any  # noqa: E402

from langchain_core.language_models import BaseChatModel as _S_BaseChatModel  # noqa: E402
from langchain_core.messages import AIMessage as _S_AIMessage  # noqa: E402
from langchain_core.messages import BaseMessage as _S_BaseMessage  # noqa: E402
from langchain_core.outputs import ChatGeneration as _S_ChatGeneration  # noqa: E402
from langchain_core.outputs import ChatResult as _S_ChatResult  # noqa: E402
from langchain_core.runnables import RunnableLambda as _S_RunnableLambda  # noqa: E402


class FakeStructuredChatModel(_S_BaseChatModel):
    """Replays scripted structured replies (dicts or exceptions) and records every prompt in ``calls``.

    ``with_structured_output(schema)`` returns a runnable that validates the next reply into
    ``schema``; an exception in ``replies`` is raised instead (to simulate endpoint failures).
    """

    replies: list[_S_Any] = []
    calls: list[list[_S_BaseMessage]] = []
    schemas: list[type] = []

    def _generate(
        self, messages: list[_S_BaseMessage], stop: _S_Sequence[str] | None = None, **_: _S_Any
    ) -> _S_ChatResult:
        self.calls.append(list(messages))
        return _S_ChatResult(generations=[_S_ChatGeneration(message=_S_AIMessage(content=""))])

    @property
    def _llm_type(self) -> str:
        return "fake-structured"

    def with_structured_output(self, schema: _S_Any, **_: _S_Any) -> _S_RunnableLambda:  # type: ignore[override]
        self.schemas.append(schema)

        def answer(messages: list[_S_BaseMessage]) -> _S_Any:
            self.calls.append(list(messages))
            if not self.replies:
                raise AssertionError("FakeStructuredChatModel ran out of scripted replies")
            reply = self.replies.pop(0)
            if isinstance(reply, BaseException):
                raise reply
            return schema.model_validate(reply)

        return _S_RunnableLambda(answer)


# --- agents: a fake tool-calling chat model for graph tests -----------------------------------------
from collections.abc import Callable as _Callable  # noqa: E402
from collections.abc import Sequence as _Sequence  # noqa: E402
from typing import Any as _Any  # noqa: E402

from langchain_core.language_models import BaseChatModel as _BaseChatModel  # noqa: E402
from langchain_core.messages import AIMessage as _AIMessage  # noqa: E402
from langchain_core.messages import BaseMessage as _BaseMessage  # noqa: E402
from langchain_core.outputs import ChatGeneration as _ChatGeneration  # noqa: E402
from langchain_core.outputs import ChatResult as _ChatResult  # noqa: E402
from langchain_core.utils.function_calling import convert_to_openai_tool as _to_openai_tool  # noqa: E402

Script = _AIMessage | _Callable[[list[_BaseMessage]], _AIMessage]


class FakeToolCallingModel(_BaseChatModel):
    """Replays scripted AIMessages (or functions of the messages sent) and records every request.

    ``bind_tools`` records the tool schemas (OpenAI format) and returns the same model, so
    a test can assert what the graph offered and what it sent (``sent``: one list of
    messages per call). Running out of script is an error, not a silent default.
    """

    script: list[_Any] = []
    sent: list[list[_BaseMessage]] = []
    bound_tools: list[dict[str, _Any]] = []

    @property
    def _llm_type(self) -> str:
        return "fake-tool-calling"

    def bind_tools(self, tools: _Sequence[_Any], **kwargs: _Any) -> "FakeToolCallingModel":  # noqa: UP037
        self.bound_tools = [_to_openai_tool(t) for t in tools]
        return self

    def _generate(self, messages: list[_BaseMessage], stop: list[str] | None = None, run_manager: _Any = None,
                  **kwargs: _Any) -> _ChatResult:
        self.sent.append(list(messages))
        if not self.script:
            raise AssertionError("FakeToolCallingModel ran out of scripted replies")
        step = self.script.pop(0)
        reply = step(list(messages)) if callable(step) else step
        return _ChatResult(generations=[_ChatGeneration(message=reply)])


def tool_call(name: str, args: dict[str, _Any], call_id: str = "call_1") -> _AIMessage:
    """An AIMessage asking for one tool call."""
    return _AIMessage("", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])
