"""The one entry point for a user's message: :func:`handle_message` and :func:`confirm`.

Channels (CLI, web, WeCom, Telegram) build an :class:`AssistantContext` from their
session and call these; they never touch the graph, tools or database themselves. A
conversation (``channel:chat:user``) keeps its memory in the checkpointer. A write tool
pauses the run; the reply then carries ``pending_confirmation`` and the channel calls
:func:`confirm` (or the user answers "是"/"yes"/"不"/"no" in the next message).

Each turn holds its conversation (:mod:`assistant.agents.locks`), reads the checkpoint
once, and builds its reply from its own run's output, so concurrent turns of one
conversation run one after the other and a reply only ever shows what its own turn did.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from assistant.agents import confirmation
from assistant.agents.answer_scan import scan_answer
from assistant.agents.checkpoint import open_checkpointer
from assistant.agents.conversation import ConversationError, resolve_conversation
from assistant.agents.graph import build_graph
from assistant.agents.locks import ConversationBusyError, conversation_lock
from assistant.agents.message_limits import check_message
from assistant.agents.outage import ModelUnavailable, model_outage
from assistant.agents.reply import AgentReply, answer_text, tool_calls
from assistant.config import get_settings
from assistant.db import get_engine
from assistant.identity import AssistantContext
from assistant.limits import InputTooLarge
from assistant.text.language import detect_language

__all__ = [
    "AgentReply",
    "Assistant",
    "ConversationError",
    "ModelUnavailable",
    "confirm",
    "handle_message",
]


class Assistant:
    """A compiled graph with its checkpointer; one turn at a time per conversation."""

    def __init__(self, graph: CompiledStateGraph, *, scan_answers: bool = True) -> None:
        """Wrap a graph compiled with a checkpointer.

        Args:
            graph: The compiled graph.
            scan_answers: Scan each answer for compliance wording (a language model's own text);
                False for the offline engine, whose answers are templates filled with records.
        """
        self.graph = graph
        self.scan_answers = scan_answers
        self._held = threading.local()

    def _config(self, cid: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": cid}}

    @contextlib.contextmanager
    def turn(self, ctx: AssistantContext, conversation_id: str | None = None) -> Iterator[str]:
        """Hold the conversation for a turn (several calls, e.g. a message then its confirmation).

        Yields the resolved conversation id; calls inside the block on this thread do not wait
        for themselves.

        Raises:
            ConversationError: the conversation is another user's, or stayed busy too long.
        """
        cid = resolve_conversation(ctx, conversation_id)
        held: set[str] = self._held.__dict__.setdefault("ids", set())
        if cid in held:
            yield cid
            return
        try:
            with conversation_lock(get_engine(), cid):
                held.add(cid)
                try:
                    yield cid
                finally:
                    held.discard(cid)
        except ConversationBusyError as exc:
            raise ConversationError(str(exc)) from exc

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
        with self.turn(ctx, conversation_id) as cid:
            messages, pending = self._snapshot(cid)
            if pending is not None:
                approved = confirmation.parse_reply(text)
                if approved is not None:
                    return self._run(ctx, cid, confirmation.resume(pending, approved), len(messages))
                messages = self._invoke(ctx, cid, confirmation.resume(pending, False))[0]
            asked = {"messages": [HumanMessage(text.strip())]}
            return self._run(ctx, cid, asked, len(messages), detect_language(text))

    def confirm(self, ctx: AssistantContext, conversation_id: str, approved: bool) -> AgentReply:
        """Approve or reject the write the conversation is waiting for.

        Raises:
            ConversationError: nothing awaits confirmation, or the conversation is another user's.
        """
        with self.turn(ctx, conversation_id) as cid:
            messages, pending = self._snapshot(cid)
            if pending is None:
                raise ConversationError("nothing is waiting for confirmation in this conversation")
            return self._run(ctx, cid, confirmation.resume(pending, approved), len(messages))

    def _snapshot(self, cid: str) -> tuple[list[BaseMessage], dict[str, Any] | None]:
        """Read the checkpoint once for a turn: the conversation's messages and its pending write."""
        state = self.graph.get_state(self._config(cid))
        pending = dict(state.interrupts[0].value) if state.interrupts else None
        return list(state.values.get("messages", [])), pending

    def _invoke(
        self, ctx: AssistantContext, cid: str, payload: dict[str, Any] | Command
    ) -> tuple[list[BaseMessage], dict[str, Any] | None]:
        """Run the graph; return the messages after the run and the write it paused on (from its output)."""
        try:
            out = self.graph.invoke(payload, config=self._config(cid), context=ctx, version="v2")
        except Exception as exc:
            outage = model_outage(exc)
            if outage is None:
                raise
            raise outage from exc
        pending = dict(out.interrupts[0].value) if out.interrupts else None
        return list((out.value or {}).get("messages", [])), pending

    def _run(
        self,
        ctx: AssistantContext,
        cid: str,
        payload: dict[str, Any] | Command,
        before: int,
        language: str | None = None,
    ) -> AgentReply:
        """Run one turn; a write's confirmation is asked in ``language`` (the message's), else the user's."""
        messages, pending = self._invoke(ctx, cid, payload)
        calls = tool_calls(messages, start=before)
        if pending is not None:  # a two-step request states what its first step found before asking
            before_ask = answer_text(messages[before:]) if calls else ""
            ask = confirmation.question(pending, language or ctx.language)
            return AgentReply(
                f"{before_ask}\n\n{ask}" if before_ask else ask, cid, calls, confirmation.shown(pending)
            )
        answer = answer_text(messages[before:])
        if self.scan_answers:
            scan_answer(ctx, answer, calls)
        return AgentReply(answer, cid, calls, None)


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
    model = model or build_chat_model()
    graph = build_graph(model).compile(checkpointer=saver)
    # The offline engine writes no wording of its own (templates filled with the records it
    # was given), so rescanning its answers only re-flags quoted messages (QA reading alerts).
    return Assistant(graph, scan_answers=getattr(model, "_llm_type", "") != "offline-rules"), stack


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
