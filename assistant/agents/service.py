"""The one entry point for a user's message: :func:`handle_message` and :func:`confirm`.

Channels (CLI, web, WeCom, Telegram) build an :class:`AssistantContext` from their
session and call these; they never touch the graph, tools or database themselves. A
conversation (``channel:chat:user``) keeps its memory in the checkpointer. A write tool
pauses the run; the reply then carries ``pending_confirmation`` and the channel calls
:func:`confirm` (or the user answers "是"/"yes"/"不"/"no" in the next message).
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from assistant.agents.checkpoint import open_checkpointer
from assistant.agents.context import AssistantContext, conversation_id
from assistant.agents.graph import build_graph
from assistant.compliance import record_message
from assistant.config import get_settings
from assistant.crm.models import utcnow
from assistant.crm.session import session_scope
from assistant.limits import InputTooLarge, check_message
from assistant.prompts import render
from assistant.tools.base import current_engine

YES = re.compile(
    r"^\s*(是|是的|对|确认|确定|好|好的|可以|同意|保存|执行|yes|y|ok|okay|sure|confirm|approve)[\s。.!！]*$",
    re.I,
)
NO = re.compile(r"^\s*(否|不|不要|不用|取消|算了|no|n|cancel|reject|stop)[\s。.!！]*$", re.I)


class ConversationError(ValueError):
    """The conversation id is malformed or belongs to another user, or nothing awaits confirmation."""


class ModelUnavailable(RuntimeError):
    """The language model endpoint could not answer (down, refused, timed out, returned an error)."""


def _model_outage(exc: BaseException) -> ModelUnavailable | None:
    """Return a :class:`ModelUnavailable` for an endpoint failure (never quoting keys), else None."""
    import httpx
    import openai

    if isinstance(exc, openai.APIStatusError):
        why = f"it answered HTTP {exc.status_code}"
    elif isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
        why = "it timed out (LLM_TIMEOUT_S)"
    elif isinstance(exc, openai.APIError | httpx.HTTPError):
        why = "it cannot be reached"
    else:
        return None
    return ModelUnavailable(
        f"the language model endpoint (OPENAI_BASE_URL) failed: {why}. "
        "Check that it is running, or set LLM_PROVIDER=offline."
    )


@dataclass
class AgentReply:
    """What a channel renders: the answer, the tool calls behind it and a pending confirmation."""

    answer: str
    conversation_id: str
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    pending_confirmation: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form (``crm-assistant ask --json``)."""
        return asdict(self)


class Assistant:
    """A compiled graph with its checkpointer; thread-safe per conversation is the checkpointer's job."""

    def __init__(self, graph: CompiledStateGraph) -> None:
        """Wrap a graph compiled with a checkpointer."""
        self.graph = graph

    def _config(self, cid: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": cid}}

    def _messages(self, cid: str) -> list[BaseMessage]:
        return list(self.graph.get_state(self._config(cid)).values.get("messages", []))

    def pending(self, cid: str) -> dict[str, Any] | None:
        """Return the confirmation a conversation waits for, if any."""
        interrupts = self.graph.get_state(self._config(cid)).interrupts
        return dict(interrupts[0].value) if interrupts else None

    def handle_message(
        self, ctx: AssistantContext, text: str, *, conversation_id: str | None = None
    ) -> AgentReply:
        """Answer ``text`` from ``ctx``'s user in their conversation (default: ``ctx.conversation_id``).

        Raises:
            ConversationError: the conversation id belongs to another user, or the text is empty
                or longer than its limit (``MAX_QUESTION_CHARS``, ``MAX_PASTED_TEXT_CHARS``).
        """
        if not text or not text.strip():
            raise ConversationError("the message is empty")
        try:
            check_message(text)
        except InputTooLarge as exc:
            raise ConversationError(str(exc)) from exc
        cid = resolve_conversation(ctx, conversation_id)
        pending = self.pending(cid)
        if pending is not None:
            if YES.match(text) or NO.match(text):
                return self.confirm(ctx, cid, approved=bool(YES.match(text)))
            self._run(ctx, cid, Command(resume={"approved": False, "check": pending.get("check")}))
        return self._run(ctx, cid, {"messages": [HumanMessage(text.strip())]})

    def confirm(self, ctx: AssistantContext, conversation_id: str, approved: bool) -> AgentReply:
        """Approve or reject the write the conversation is waiting for.

        Raises:
            ConversationError: nothing awaits confirmation, or the conversation is another user's.
        """
        cid = resolve_conversation(ctx, conversation_id)
        pending = self.pending(cid)
        if pending is None:
            raise ConversationError("nothing is waiting for confirmation in this conversation")
        return self._run(ctx, cid, Command(resume={"approved": approved, "check": pending.get("check")}))

    def _run(self, ctx: AssistantContext, cid: str, payload: Any) -> AgentReply:
        before = len(self._messages(cid))
        try:
            self.graph.invoke(payload, config=self._config(cid), context=ctx)
        except Exception as exc:
            outage = _model_outage(exc)
            if outage is None:
                raise
            raise outage from exc
        messages = self._messages(cid)
        pending = self.pending(cid)
        calls = tool_calls(messages, start=before)
        if pending is not None:
            zh = ctx.language.startswith("zh")
            answer = render(
                "agent_confirm",
                summary=pending["summary_zh" if zh else "summary"],
                question="确认执行吗？（是/否）" if zh else "Confirm? (yes/no)",
            )
            shown = {k: pending[k] for k in ("tool", "args", "summary", "summary_zh") if k in pending}
            return AgentReply(answer.strip(), cid, calls, shown)
        last = next((m for m in reversed(messages[before:]) if isinstance(m, AIMessage)), None)
        answer = _text(last) if last else ""
        scan_answer(ctx, answer, calls)
        return AgentReply(answer, cid, calls, None)


def scan_answer(ctx: AssistantContext, answer: str, calls: list[dict[str, Any]]) -> int:
    """Scan the assistant's own answer for compliance; returns the alerts created.

    Words the answer quotes from tool results (a customer's chat, an alert under review) are
    not the assistant's and are skipped, so only what the model itself wrote can raise an alert.
    """
    if not answer.strip():
        return 0
    quoted = "\n".join(
        c["result"] if isinstance(c["result"], str) else json.dumps(c["result"], ensure_ascii=False)
        for c in calls
    )
    with session_scope(current_engine()) as session:
        alerts = record_message(
            session, rep_id=ctx.user_id, customer_id=None, channel=(ctx.channel or "cli")[:16],
            direction="outbound", text=answer, occurred_at=utcnow(), source="assistant", quoted=quoted,
        )  # fmt: skip
    return len(alerts)


def _text(message: AIMessage) -> str:
    c = message.content
    return c if isinstance(c, str) else "".join(p.get("text", "") for p in c if isinstance(p, dict))


def tool_calls(messages: list[BaseMessage], *, start: int = 0) -> list[dict[str, Any]]:
    """List the tool calls answered since ``start``: ``[{"name", "args", "result"}]``."""
    asked = {tc["id"]: tc for m in messages if isinstance(m, AIMessage) for tc in m.tool_calls}
    out = []
    for m in messages[start:]:
        if isinstance(m, ToolMessage):
            tc = asked.get(m.tool_call_id, {"name": m.name, "args": {}})
            try:
                result: Any = json.loads(str(m.content))
            except ValueError:
                result = m.content
            out.append({"name": tc["name"], "args": tc["args"], "result": result})
    return out


def resolve_conversation(ctx: AssistantContext, given: str | None) -> str:
    """Return the conversation id: ``ctx``'s own, a full id of this user, or a chat name on ctx's channel.

    Raises:
        ConversationError: a full id that belongs to another user.
    """
    if not given:
        return ctx.conversation_id
    parts = given.split(":")
    if len(parts) == 3:
        if parts[2] != str(ctx.user_id) or not parts[0] or not parts[1]:
            raise ConversationError("that conversation belongs to another user")
        return given
    if len(parts) != 1 or not given.strip():
        raise ConversationError("a conversation id is CHANNEL:CHAT:USER_ID or a plain chat name")
    return conversation_id(ctx.channel, given.strip(), ctx.user_id)


_LOCK = threading.Lock()
_DEFAULT: dict[tuple[str, ...], tuple[Assistant, contextlib.ExitStack]] = {}


def create_assistant(
    model: BaseChatModel | None = None,
    checkpointer: BaseCheckpointSaver | None = None,
) -> tuple[Assistant, contextlib.ExitStack]:
    """Compile the graph with ``model`` (default :func:`build_chat_model`) and the configured checkpointer."""
    from assistant.agents.models import build_chat_model

    stack = contextlib.ExitStack()
    saver = checkpointer or stack.enter_context(open_checkpointer())
    graph = build_graph(model or build_chat_model()).compile(checkpointer=saver)
    return Assistant(graph), stack


def default_assistant() -> Assistant:
    """Return the process-wide assistant for the current settings (built on first use)."""
    s = get_settings()
    key = (s.llm_provider, s.llm_model, str(s.openai_base_url), s.database_url, str(s.data_dir))
    with _LOCK:
        if key not in _DEFAULT:
            _DEFAULT[key] = create_assistant()
        return _DEFAULT[key][0]


def close_default_assistants() -> None:
    """Close the checkpointer connections of the process-wide assistants."""
    with _LOCK:
        for _, stack in _DEFAULT.values():
            stack.close()
        _DEFAULT.clear()


def handle_message(ctx: AssistantContext, text: str, *, conversation_id: str | None = None) -> AgentReply:
    """Answer one user message (see :meth:`Assistant.handle_message`)."""
    return default_assistant().handle_message(ctx, text, conversation_id=conversation_id)


def confirm(ctx: AssistantContext, conversation_id: str, approved: bool) -> AgentReply:
    """Approve or reject the pending write (see :meth:`Assistant.confirm`)."""
    return default_assistant().confirm(ctx, conversation_id, approved)
