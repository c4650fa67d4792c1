"""CLI commands of the agent: ``ask`` (one question) and ``chat`` (an interactive session with memory).

The agent stack (LangGraph, the engine, the database) is imported when a command runs, not
when the command line is built, so ``--help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

import typer

from assistant.cli.auditing import audited, note
from assistant.cli.consoles import console, err

if TYPE_CHECKING:
    from assistant.agents.service import AgentReply, Assistant
    from assistant.identity import AssistantContext


_FROZEN = False


def default_assistant() -> Assistant:
    """Return the process-wide assistant (imports the agent stack on first use)."""
    from assistant.agents.service import default_assistant as build

    return build()


@contextmanager
def start_up() -> Iterator[None]:
    """Build the agent stack with the cyclic garbage collector paused, then freeze what was built.

    Importing the stack (LangGraph, LangChain's model classes, SQLAlchemy, the rule tables)
    allocates objects that live as long as the process; collecting while they are being made only
    walks them again and again (about 750 collections, a fifth of an ``ask``). Paused, then
    frozen (``gc.freeze``: moved out of the collector's sight), they cost nothing; everything a
    question allocates afterwards is collected as usual. Only the first start-up of a process
    freezes (a process that runs many commands, like the test suite, keeps collecting the rest).
    """
    global _FROZEN
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not _FROZEN:
            gc.freeze()
            _FROZEN = True
        if was_on:
            gc.enable()


def new_chat(kind: str) -> str:
    """Return a fresh chat name (``ask-1f2e…``): a command run without ``--conversation`` remembers nothing."""
    return f"{kind}-{uuid.uuid4().hex[:12]}"


def _context(login: str, chat_id: str, today: dt.datetime | None) -> AssistantContext:
    from assistant.audit import claimed_actor
    from assistant.config import get_settings
    from assistant.db import get_engine, session_scope
    from assistant.identity import UnknownUserError, context_for
    from assistant.migrations import schema_exists

    engine = get_engine(get_settings().database_url)
    if not schema_exists(engine):
        err.print("[red]no CRM database here: run `crm-assistant init` first[/red]")
        raise typer.Exit(2)
    try:
        with session_scope(engine) as s:
            ctx = context_for(s, login, channel="cli", chat_id=chat_id, today=today.date() if today else None)
    except UnknownUserError as exc:
        note("denied", str(exc), who=claimed_actor(login))
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    note(who=ctx)
    return ctx


def _print(reply: AgentReply, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(reply.to_dict(), ensure_ascii=False, default=str))
    else:
        typer.echo(reply.answer)


def _confirm_here(prompt: str) -> bool:
    return typer.confirm(prompt, default=False)


# How a pending write is approved: a prompt on this terminal; the warm worker asks its client instead.
confirm_prompt: ContextVar[Callable[[str], bool]] = ContextVar("ask_confirm_prompt", default=_confirm_here)


def ask(
    question: str = typer.Argument(..., help="The question, e.g. \"王总那边最近怎么样？\""),
    login: str = typer.Option(..., "--as", help="Ask as this CRM user (login, e.g. rep01)."),
    as_json: bool = typer.Option(False, "--json", help="Print {answer, tool_calls, conversation_id}."),
    conversation: str = typer.Option(
        None, "--conversation", help="Continue this conversation (id or chat name); default: a new one."
    ),
    today: dt.datetime = typer.Option(None, "--today", formats=["%Y-%m-%d"], help="Ask as of this day."),
    yes: bool = typer.Option(False, "--yes", help="Approve a pending write without asking."),
) -> None:
    """Ask the assistant one question and print the answer (a new conversation unless --conversation).

    A warm worker for this data folder answers when one is running (``crm-assistant ask-worker``);
    otherwise the question is answered here and a worker is started for the next one (``ASK_WORKER=off``
    turns both off).
    """
    from assistant.cli import warm_client  # standard library only: the stack loads only if no worker answers

    args = {"question": question, "login": login, "as_json": as_json, "conversation": conversation,
            "today": today, "yes": yes}  # fmt: skip
    code = warm_client.ask_worker(args)
    if code is None:
        try:
            answer_ask(**args)
        finally:
            warm_client.start_worker()
    elif code:
        raise typer.Exit(code)


@audited("ask", content=("question",))
def answer_ask(
    question: str, login: str, as_json: bool, conversation: str | None, today: dt.datetime | None, yes: bool
) -> None:
    """Answer one question here (the ``ask`` command's body, in-process or in the warm worker): one audit row."""
    from assistant.agents.conversation import ConversationError
    from assistant.agents.outage import ModelUnavailable

    with start_up():
        ctx = _context(login, new_chat("ask"), today)
        assistant = default_assistant()
    try:
        with assistant.turn(ctx, conversation) as cid:  # --yes: the message and its approval are one turn
            reply = assistant.handle_message(ctx, question, conversation_id=cid)
            if reply.pending_confirmation and yes:
                reply = assistant.confirm(ctx, cid, True)
        if reply.pending_confirmation and not yes and not as_json and confirm_prompt.get()(reply.answer):
            reply = assistant.confirm(ctx, reply.conversation_id, True)
    except ConversationError as exc:
        note("denied", str(exc))
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    except ModelUnavailable as exc:
        note("error", str(exc))
        err.print(f"[red]{exc}[/red]", highlight=False)
        raise typer.Exit(3) from exc
    note(record_ids=[f"conversation:{reply.conversation_id}"])
    _print(reply, as_json)


@audited("chat")
def chat(
    login: str = typer.Option(..., "--as", help="Chat as this CRM user (login)."),
    conversation: str = typer.Option(None, "--conversation", help="Resume this conversation (default: a new one)."),
    today: dt.datetime = typer.Option(None, "--today", formats=["%Y-%m-%d"], help="Chat as of this day."),
) -> None:
    """Start an interactive session with memory (empty line or Ctrl-D to quit)."""
    from assistant.agents.conversation import ConversationError, resolve_conversation
    from assistant.agents.outage import ModelUnavailable
    from assistant.audit import write_audit

    with start_up():
        ctx = _context(login, new_chat("chat"), today)
    try:
        cid = resolve_conversation(ctx, conversation)
    except ConversationError as exc:
        note("denied", str(exc))
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    with start_up():
        assistant = default_assistant()
    console.print(f"[dim]{ctx.login} ({ctx.role}) — conversation {cid}; empty line to quit[/dim]")
    while True:
        try:
            text = console.input("[bold]> [/bold]").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not text:
            break
        try:
            reply = assistant.handle_message(ctx, text, conversation_id=cid)
        except (ConversationError, ModelUnavailable) as exc:
            outcome = "denied" if isinstance(exc, ConversationError) else "error"
            write_audit(ctx, "chat", {"conversation": cid}, outcome=outcome, detail=str(exc))
            err.print(f"[red]{exc}[/red]", highlight=False)
            continue
        _print(reply, False)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.command()(ask)
    app.command()(chat)
