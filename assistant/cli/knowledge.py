"""CLI of the script library (话术库): ``kb ingest``, ``search``, ``show``, ``add``, ``edit``, ``stats``.

The store (Chroma, the embedding model) is imported inside each command.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import typer

from assistant.cli.auditing import audited, note
from assistant.cli.consoles import console, err
from knowledge.scenarios import SCENARIOS

kb_app = typer.Typer(
    help="Script library (话术库): ingest, search, edit, outcome stats.", no_args_is_help=True, rich_markup_mode=None
)


def register(app: typer.Typer) -> None:
    """Add the ``kb`` sub-app to the root app."""
    app.add_typer(kb_app, name="kb")


def _fail(message: str) -> None:
    note("error", message)
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    raise typer.Exit(1)


@kb_app.command("ingest")
@audited("kb.ingest")
def ingest_cmd(
    directory: Path = typer.Argument(
        None, help="Script folder (default SCRIPTS_DIR or the packaged library)."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing unless something fails."),
    rebuild: bool = typer.Option(
        False, "--rebuild", help="Drop the collection first (e.g. after a model change)."
    ),
) -> None:
    """Index the script files: changed scripts are re-embedded, deleted ones removed (idempotent)."""
    from knowledge.ingest import ingest, library_dir
    from knowledge.script import ScriptError
    from knowledge.store import StoreError, drop_collection, open_store

    directory = directory or library_dir()
    try:
        if rebuild:
            drop_collection()
        store = open_store()
        report = ingest(store, directory)
    except (ScriptError, StoreError) as exc:
        _fail(str(exc))
    if not quiet:
        console.print(f"{directory}: {report.summary()} ({store.count()} scripts, model {store.model_id})")


@kb_app.command("search")
def search_cmd(
    query: str = typer.Argument(..., help="What the rep asks or what the customer wrote."),
    scenario: str = typer.Option(None, "--scenario", "-s", help=f"One of: {', '.join(SCENARIOS)}."),
    language: str = typer.Option(None, "--language", "-l", help="zh or en."),
    stage: str = typer.Option(None, "--stage", help="Only scripts valid in this deal stage."),
    tag: list[str] = typer.Option(None, "--tag", "-t", help="Only scripts with this tag (repeatable)."),
    k: int = typer.Option(5, "--k", "-k", min=1, max=50, help="Number of results."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Search the library (vector + keyword, fused) with optional filters."""
    from knowledge.store import StoreError
    from knowledge.suggest import search_scripts

    if scenario and scenario not in SCENARIOS:
        _fail(f"unknown scenario {scenario!r}; choose one of: {', '.join(SCENARIOS)}")
    if language and language not in ("zh", "en"):
        _fail("language must be zh or en")
    try:
        hits = search_scripts(query, scenario=scenario, language=language, stage=stage, tags=tag or None, k=k)
    except (ValueError, StoreError) as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        console.print("no matching script (is the library ingested? run `crm-assistant kb ingest`)")
        return
    for n, h in enumerate(hits, 1):
        console.print(
            f"[bold]{n}. {h.title}[/bold]  [dim]{h.id} · {h.scenario} · {h.language} · {h.score:.3f}[/dim]"
        )
        console.print(f"   [italic]{h.reason}[/italic]", highlight=False)


@kb_app.command("show")
def show_cmd(script_id: str = typer.Argument(..., help="Script id.")) -> None:
    """Print one script as Markdown with its front matter."""
    from knowledge.store import open_store

    script = open_store().get(script_id)
    if script is None:
        _fail(f"no script with id {script_id!r}")
    typer.echo(script.to_markdown())


def _save(file: Path, login: str, mode: str) -> None:
    from assistant.audit import claimed_actor, user_actor
    from assistant.db import session_scope
    from assistant.identity import UnknownUserError, resolve_user
    from knowledge.admin import save_script
    from knowledge.script import ScriptError
    from knowledge.store import StoreError

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{file}: cannot read: {exc}")
    with session_scope() as session:
        try:
            user = resolve_user(session, login)
        except UnknownUserError as exc:
            note("denied", who=claimed_actor(login))
            _fail(str(exc))
        note(who=user_actor(user))
        try:
            script = save_script(session, actor_id=user.id, text=text, mode=mode)
        except ScriptError as exc:
            _fail(str(exc).replace("<new script>", str(file)))
        except (PermissionError, StoreError) as exc:
            note("denied" if isinstance(exc, PermissionError) else "error")
            _fail(str(exc))
        note(record_ids=[f"script:{script.id}"], recorded=True)
    console.print(f"{'added' if mode == 'add' else 'updated'} {script.id}: {script.source}")


@kb_app.command("add")
@audited("kb.add")
def add_cmd(
    file: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="A script Markdown file with front matter."
    ),
    login: str = typer.Option(..., "--as", help="Login of the admin making the change."),
) -> None:
    """Add a new script to the library (admins only) and index it."""
    _save(file, login, "add")


@kb_app.command("edit")
@audited("kb.edit")
def edit_cmd(
    file: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="The new version; its id picks the script."
    ),
    login: str = typer.Option(..., "--as", help="Login of the admin making the change."),
) -> None:
    """Replace an existing script (same id) with a new version (admins only) and re-index it."""
    _save(file, login, "edit")


@kb_app.command("stats")
def stats_cmd(
    window: int = typer.Option(
        None, "--window", help="Days after a use an outcome counts (default setting)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Per-script usage and outcome rates (stage advanced, order, won, lost)."""
    from rich.table import Table

    from assistant.db import session_scope
    from knowledge.outcomes import script_stats

    with session_scope() as session:
        stats = sorted(
            script_stats(session, window_days=window).values(), key=lambda s: (-s.uses, s.script_id)
        )
    rows = [
        {
            "script_id": s.script_id,
            "uses": s.uses,
            "sent": s.sent,
            "copied": s.copied,
            "resolved": s.resolved,
            **{f"n_{k}": v for k, v in s.outcomes.items()},
            "win_linked_rate": s.win_linked_rate,
            "success_rate_smoothed": round(s.success_rate, 4),
            "lift": round(s.lift, 4),
        }
        for s in stats
    ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("no script use logged yet")
        return
    table = Table(
        "script", "uses", "sent", "resolved", "advanced", "order", "won", "lost", "win-linked", "smoothed"
    )
    for r in rows:
        wl = "–" if r["win_linked_rate"] is None else f"{r['win_linked_rate']:.0%}"
        table.add_row(
            r["script_id"],
            str(r["uses"]),
            str(r["sent"]),
            str(r["resolved"]),
            str(r["n_advanced"]),
            str(r["n_order"]),
            str(r["n_won"]),
            str(r["n_lost"]),
            wl,
            f"{r['success_rate_smoothed']:.0%}",
        )
    console.print(table)
