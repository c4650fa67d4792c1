"""CLI of the voice and summaries area: ``transcribe`` and ``summarize``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import typer

from assistant.cli.auditing import audited, note
from assistant.cli.consoles import console, err

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from assistant.crm.models import Customer
    from assistant.summaries import SalesSummary


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.command("transcribe")(transcribe_cmd)
    app.command("summarize")(summarize_cmd)


def _fail(message: str, code: int = 1) -> typer.Exit:
    note("error", message)
    err.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def _catalog_terms(language: str | None) -> list[str]:
    """Product names from the CRM for Whisper's vocabulary prompt (none when there is no database)."""
    from assistant.db import get_engine, session_scope
    from assistant.migrations import schema_exists
    from assistant.summaries.catalog import Catalog

    try:
        engine = get_engine()
        if not schema_exists(engine):
            return []
        with session_scope(engine) as session:
            return Catalog.from_session(session).terms(language or "zh")
    except Exception:  # the prompt is a hint; transcription works without it
        return []


def _transcribe(path: Path, language: str | None, terms: list[str], hint: str | None = None):  # Transcript
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from assistant.voice import AudioError, ModelAssemblyError, build_initial_prompt, probe, transcribe

    try:
        info = probe(path)
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=err.get(), transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task(
                f"transcribing {path.name} ({info.duration_s / 60:.1f} min)", total=info.duration_s
            )
            return transcribe(
                path,
                language=language,
                language_hint=hint,
                initial_prompt=build_initial_prompt(terms, language or hint),
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except (AudioError, ModelAssemblyError) as exc:
        raise _fail(str(exc)) from exc


def _ts(seconds: float) -> str:
    return f"{int(seconds // 60):02d}:{seconds % 60:04.1f}"


def transcribe_cmd(
    audio: Path = typer.Argument(..., help="Recording: wav, mp3, m4a, ogg/opus or amr (WeCom voice)."),
    language: str = typer.Option(None, "--language", "-l", help="zh or en (default: detect)."),
    as_json: bool = typer.Option(False, "--json", help="Print the transcript as JSON."),
) -> None:
    """Transcribe a call recording or voice message offline (Whisper)."""
    transcript = _transcribe(audio, language, _catalog_terms(language))
    if as_json:
        typer.echo(transcript.model_dump_json(indent=2))
        return
    for seg in transcript.segments:
        who = f"{seg.speaker}: " if seg.speaker else ""
        typer.echo(f"[{_ts(seg.start)} → {_ts(seg.end)}] {who}{seg.text}")
    if not transcript.segments:
        err.print("no speech found")


def _read_input(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise _fail(f"file not found: {source}")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(f"{path.name} is not UTF-8 text (nor a supported audio file)") from exc


@audited("summarize", only_if=lambda args: bool(args.get("login") or args.get("save")))
def summarize_cmd(  # one linear command: input, identity, summary, output, save
    source: str = typer.Argument(
        ..., help="Text file (chat export, email, dialogue), audio file, or - for stdin."
    ),
    customer: str = typer.Option(None, "--customer", "-c", help="Customer name (Chinese, English or short)."),
    login: str = typer.Option(
        None, "--as", help="Your login; needed to save, and to compare with the last summary."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    save: bool = typer.Option(False, "--save", help="Save it on the customer as an activity (asks first)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Save without asking."),
    engine: str = typer.Option(None, "--engine", help="offline or llm (default from settings)."),
    language: str = typer.Option(None, "--language", "-l", help="zh or en (default: detect)."),
    on: str = typer.Option(
        None, "--date", help="Conversation date YYYY-MM-DD for relative dates (default today)."
    ),
) -> None:
    """Summarise a chat, email or call: needs, progress, risks and next steps, each with its quote."""
    from assistant.audit import claimed_actor, user_actor
    from assistant.config import get_settings
    from assistant.db import get_engine, session_scope
    from assistant.identity import UnknownUserError, resolve_user, scope_for
    from assistant.migrations import schema_exists
    from assistant.summaries import (
        Catalog,
        SaveError,
        SummaryError,
        render_summary,
        save_summary,
    )
    from assistant.summaries.access import AccessError, find_customer
    from assistant.summaries.service import summarize_text, summarize_transcript
    from assistant.summaries.speakers import Directory
    from assistant.voice import is_audio_path

    if engine not in (None, "offline", "llm"):
        raise _fail("--engine must be offline or llm")
    if save and not (customer and login):
        raise _fail("--save needs --customer and --as (who saves it, for which customer)")
    try:
        today = dt.date.fromisoformat(on) if on else dt.datetime.now(ZoneInfo(get_settings().timezone)).date()
    except ValueError as exc:
        raise _fail(f"--date must be YYYY-MM-DD, not {on!r}") from exc
    db = get_engine()
    if (customer or login) and not schema_exists(db):
        raise _fail("the CRM database is not initialised; run `crm-assistant init` first")
    with session_scope(db) if schema_exists(db) else _no_session() as session:
        try:
            user = resolve_user(session, login) if login else None
            note(who=user_actor(user) if user else None)
            cust = find_customer(session, customer) if customer else None
        except (AccessError, UnknownUserError) as exc:
            unknown = isinstance(exc, UnknownUserError)
            note("denied" if unknown else "not_found", who=claimed_actor(login) if unknown else None)
            raise _fail(str(exc)) from exc
        scope = scope_for(session, user) if user else None
        if scope and cust and not scope.may_read(cust):
            note("denied")
            raise _fail(f"{user.login} may not see {cust.display_name}'s records")
        if save and scope and cust and not scope.may_write(cust):
            note("denied")
            raise _fail(f"{user.login} may not save records for {cust.display_name}")
        catalog = Catalog.from_session(session) if session is not None else Catalog.from_products([])
        lang = language or (user.language if user else None)
        kwargs = dict(
            catalog=catalog,
            engine=engine,
            language=language,
            we_names=(user.display_name,) if user else (),
            directory=Directory.from_crm(session, user=user, customer=cust) if session is not None else None,
        )
        try:
            if source != "-" and is_audio_path(source):
                transcript = _transcribe(Path(source), language, catalog.terms(lang or "zh"), hint=lang)
                previous, activities = _history(session, cust, transcript.render()[0])
                summary, content = summarize_transcript(
                    transcript, today=today, previous=previous, activities=activities, **kwargs
                )
            else:
                content = _read_input(source)
                previous, activities = _history(session, cust, content)
                summary = summarize_text(
                    content, today=today, previous=previous, activities=activities, **kwargs
                )
        except SummaryError as exc:
            raise _fail(str(exc)) from exc
        except typer.Exit:  # already reported (typer.Exit is a RuntimeError: let it through as is)
            raise
        except RuntimeError as exc:  # the LLM engine failed (endpoint, timeout)
            raise _fail(f"{exc}; try --engine offline") from exc
        if as_json:
            typer.echo(summary.model_dump_json(indent=2))
        else:
            console.print(render_summary(summary), highlight=False, markup=False)
        if not save:
            return
        if not yes and not typer.confirm(f"Save this summary on {cust.display_name}?", default=False):
            note("cancelled", "not saved")
            err.print("not saved")
            raise typer.Exit(1)
        try:
            activity = save_summary(
                session, customer_id=cust.id, rep_id=user.id, summary=summary, content=content
            )
        except SaveError as exc:
            raise _fail(str(exc)) from exc
        note(record_ids=[f"activity:{activity.id}"])
        err.print(f"saved as activity {activity.id} on {cust.display_name}")


def _history(
    session: Session | None, customer: Customer | None, text: str
) -> tuple[SalesSummary | None, list]:
    """Return the customer's previous summary (never one of ``text`` itself) and the activities since."""
    if session is None or customer is None:
        return None, []
    from assistant.summaries import summary_history

    return summary_history(session, customer_id=customer.id, text=text)


class _no_session:  # used like a context manager function
    """Stand-in for a session when there is no database: summaries work, nothing is looked up."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
