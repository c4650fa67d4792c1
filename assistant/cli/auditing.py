"""Audit for CLI commands: one row per run of an audited command, written when it ends.

``@audited("users.add")`` wraps a command: its arguments are recorded (``content``
arguments only by length; files only by path), the actor is the OS user with role
``shell`` unless the command names a CRM user with :func:`note`, and the outcome follows
from how the command ends — normal return ``ok``, exit code 0 ``ok``, Ctrl-C or a declined
prompt ``cancelled``, any other exit or exception ``error`` — unless the command said
otherwise with :func:`note` (``denied``, ``not_found``…). The row is written after the
command's own database session has closed, so a refusal never waits on its transaction.
The audit writer (and with it the database layer) is imported only when a row is written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar, cast

import typer

if TYPE_CHECKING:
    from assistant.audit import Who

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class _Run:
    """What one audited command run has said about itself so far."""

    who: Who | None = None
    outcome: str | None = None
    detail: str | None = None
    record_ids: list[str] = field(default_factory=list)
    recorded: bool = False


_current: ContextVar[_Run | None] = ContextVar("audited_cli_run", default=None)


def note(
    outcome: str | None = None,
    detail: str | None = None,
    *,
    who: Who | None = None,
    record_ids: Sequence[str] = (),
    recorded: bool = False,
) -> None:
    """Tell the running audited command's row who acted, how it ended, or what it touched.

    A no-op outside an audited command. The first outcome and detail given win (the most
    specific: a refusal noted before the generic failure message).

    Args:
        outcome: ``ok``, ``denied``, ``not_found``, ``error`` or ``cancelled``.
        detail: The message shown to the user.
        who: The actor (a resolved user, or the identity claimed).
        record_ids: ``type:id`` of records written.
        recorded: The action already wrote its own audit row (in its transaction): write none.
    """
    run = _current.get()
    if run is None:
        return
    if who is not None:
        run.who = who
    run.outcome = run.outcome or outcome
    run.detail = run.detail or detail
    run.record_ids.extend(record_ids)
    run.recorded = run.recorded or recorded


def audited(
    action: str,
    *,
    content: Sequence[str] = (),
    only_if: Callable[[Mapping[str, Any]], bool] | None = None,
) -> Callable[[F], F]:
    """Audit every run of a Typer command as ``action`` (see the module docstring).

    Args:
        action: The audit action name (``import``, ``users.add``, ``review-alert`` …).
        content: Arguments that carry user text (a question): recorded by length only.
        only_if: Audit only runs whose arguments pass this test (e.g. ``summarize`` with ``--as``).
    """

    def wrap(command: F) -> F:
        @functools.wraps(command)
        def run_command(**kwargs: Any) -> Any:
            if only_if is not None and not only_if(kwargs):
                return command(**kwargs)
            run = _Run()
            token = _current.set(run)
            outcome = "ok"
            try:
                return command(**kwargs)
            except typer.Exit as exc:
                outcome = "ok" if exc.exit_code == 0 else "error"
                raise
            except (typer.Abort, KeyboardInterrupt, EOFError):
                outcome = "cancelled"
                raise
            except Exception as exc:
                outcome = "error"
                run.detail = run.detail or f"{type(exc).__name__}: {exc}"
                raise
            finally:
                _current.reset(token)
                if not (run.recorded and outcome == "ok"):
                    from assistant.audit import shell_actor, write_audit  # the database, once a command ran

                    arguments = {
                        k: f"[{len(str(v))} chars]" if k in content and v is not None else v
                        for k, v in kwargs.items()
                    }
                    write_audit(
                        run.who or shell_actor(),
                        action,
                        arguments,
                        outcome=run.outcome or outcome,
                        record_ids=run.record_ids,
                        detail=run.detail,
                    )

        return cast(F, run_command)

    return wrap
