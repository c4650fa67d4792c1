"""CLI for the CRM data: ``init``, ``db stats``, ``export``, ``import`` and ``users``.

The database layer is imported inside each command, so building the command line stays cheap.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from assistant.cli.auditing import audited, note
from assistant.cli.consoles import console, err

if TYPE_CHECKING:
    from sqlalchemy import Engine

db_app = typer.Typer(help="Database information.", no_args_is_help=True, rich_markup_mode=None)
users_app = typer.Typer(
    help="Users and their channel bindings (WeCom, Telegram).", no_args_is_help=True, rich_markup_mode=None
)


def register(app: typer.Typer) -> None:
    """Add the CRM data commands to the root app."""
    app.command()(init)
    app.command("export")(export_cmd)
    app.command("import")(import_cmd)
    app.add_typer(db_app, name="db")
    app.add_typer(users_app, name="users")


@audited("init")
def init(
    demo: bool = typer.Option(True, "--demo/--no-demo", help="Load the demo company when the CRM is empty."),
    scale: int = typer.Option(
        None, "--scale", help="Number of demo customers (default 400; 10000 for benchmarks)."
    ),
    seed: int = typer.Option(7, help="Random seed of the demo company."),
    today: str = typer.Option(None, help="Date the demo history ends (YYYY-MM-DD, default today)."),
    warm: bool = typer.Option(
        False, "--warm/--no-warm", help="Also build the offline intent classifier's cache (make run does)."
    ),
) -> None:
    """Create or upgrade the schema, and load the demo company into an empty CRM."""
    from assistant.crm.init_lock import init_lock
    from assistant.db import get_engine

    engine = get_engine()
    with init_lock(engine):  # concurrent inits: one loads the demo, the others wait and find it loaded
        _init_locked(engine, demo, scale, seed, today)
    if warm:
        _warm_caches()


def _warm_caches() -> None:
    """Train (or load) the offline intent classifier now, so the first question does not pay for it."""
    from assistant.agents.offline.classifier import classifier

    with console.status("building the offline intent classifier (cached in DATA_DIR/cache)…"):
        ready = classifier() is not None
    console.print("intent classifier ready" if ready else "intent classifier unavailable: rules route alone")


def _init_locked(engine: Engine, demo: bool, scale: int | None, seed: int, today: str | None) -> None:
    """Run the body of :func:`init` (under the init lock)."""
    from sqlalchemy import select

    from assistant.config import get_settings
    from assistant.crm.demo import generate_demo, write_ground_truth
    from assistant.crm.models import Customer
    from assistant.db import session_scope
    from assistant.migrations import upgrade_schema
    from assistant.views.auth import set_missing_passwords

    upgrade_schema(engine)
    with session_scope(engine) as s:
        has_customers = s.scalar(select(Customer.id).limit(1)) is not None
    if not demo or has_customers:
        console.print(
            "schema up to date; " + ("customers present, demo not loaded" if has_customers else "empty CRM")
        )
        return
    end = dt.date.fromisoformat(today) if today else None
    with console.status(f"generating the demo company ({scale or 400} customers)…"):
        result = generate_demo(engine, seed=seed, customers=scale or 400, today=end)
    truth = get_settings().data_dir / "demo_ground_truth.jsonl"
    write_ground_truth(truth, result.pop("archetypes"))
    console.print(f"demo company loaded: {json.dumps(result, ensure_ascii=False)}")

    with session_scope(engine) as s:
        n = set_missing_passwords(s, get_settings().demo_password.get_secret_value())
    console.print(f"web login: {n} demo users have the password from DEMO_PASSWORD")
    _scan_history(engine)


def _scan_history(engine: Engine) -> None:
    """Raise compliance alerts on the conversations just loaded (QA reviews them in `alerts`)."""
    from assistant.compliance.activities import scan_history
    from assistant.db import session_scope

    with console.status("scanning conversations for compliance…"), session_scope(engine) as s:
        scanned, created = scan_history(s)
    console.print(f"compliance: scanned {scanned} conversations, {created} alerts for QA review")


@db_app.command("stats")
def stats(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Row counts per entity and the date range of orders."""
    from rich.table import Table

    from assistant.crm.stats import db_stats
    from assistant.db import get_engine
    from assistant.migrations import schema_exists

    engine = get_engine()
    if not schema_exists(engine):
        err.print("[red]no CRM schema here: run `crm-assistant init` first[/red]")
        raise typer.Exit(1)
    data = db_stats(engine)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))
        return
    table = Table("entity", "rows", title=data["database"])
    for name, n in data["counts"].items():
        table.add_row(name, f"{n:,}")
    console.print(table)
    console.print(f"orders {data['orders']['first_date']} → {data['orders']['last_date']}")


@audited("export")
def export_cmd(directory: Path = typer.Argument(..., help="Folder to write the CSV files into.")) -> None:
    """Export every entity as UTF-8 CSV (the import format)."""
    from assistant.crm.csv_io import export_csv
    from assistant.db import get_engine

    counts = export_csv(get_engine(), directory)
    console.print(f"exported to {directory}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@audited("import")
def import_cmd(
    path: Path = typer.Argument(..., help="A folder of entity CSV files, or one such file."),
) -> None:
    """Import CSV (upsert by external id); any bad row rejects the whole run."""
    from rich.markup import escape

    from assistant.crm.csv_io import ImportFailed, import_csv
    from assistant.db import get_engine
    from assistant.migrations import upgrade_schema

    engine = get_engine()
    upgrade_schema(engine)
    try:
        report = import_csv(engine, path)
    except ImportFailed as exc:
        note("error", str(exc))
        # the errors quote file content: no markup, no wrapping (one "file:line: …" per line)
        err.print(f"[red]import rejected[/red]: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1) from exc
    for name in report.inserted:
        same = report.unchanged[name]
        console.print(
            f"{name}: {report.inserted[name]} inserted, {report.updated[name] - same} updated, {same} unchanged"
        )
    if report.inserted.get("activities") or report.updated.get("activities", 0) > report.unchanged.get(
        "activities", 0
    ):
        _scan_history(engine)


@users_app.command("list")
def users_list(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List users with role, team and channel bindings."""
    from rich.table import Table
    from sqlalchemy import select

    from assistant.crm.models import User
    from assistant.db import session_scope

    with session_scope() as s:
        rows = [
            {"login": u.login, "name": u.display_name, "role": u.role, "team": u.team.name if u.team else None,
             "wecom_userid": u.wecom_userid, "telegram_user_id": u.telegram_user_id, "active": u.active}
            for u in s.scalars(select(User).order_by(User.id))
        ]  # fmt: skip
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(*rows[0].keys()) if rows else Table("login")
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r.values()))
    console.print(table)


@users_app.command("add")
@audited("users.add")
def users_add(
    login: str = typer.Argument(..., help="Login name (unique)."),
    name: str = typer.Option(..., "--name", help="Display name."),
    role: str = typer.Option("rep", help="One of rep, manager, qa, admin."),
    team: str = typer.Option(None, help="Team name."),
) -> None:
    """Add a user."""
    from sqlalchemy import select

    from assistant.crm.models import ROLES, Team, User
    from assistant.db import session_scope
    from assistant.identity import find_login

    if role not in ROLES:
        note("error", f"unknown role {role!r}")
        err.print(f"[red]unknown role {role!r}; use one of {', '.join(ROLES)}[/red]")
        raise typer.Exit(2)
    with session_scope() as s:
        if find_login(s, login) is not None:
            note("error", f"a user with login {login!r} already exists")
            err.print(f"[red]a user with login {login!r} already exists[/red]")
            raise typer.Exit(1)
        team_id = None
        if team:
            t = s.scalar(select(Team).where(Team.name == team))
            if t is None:
                note("not_found", f"no team named {team!r}")
                err.print(f"[red]no team named {team!r}[/red]")
                raise typer.Exit(1)
            team_id = t.id
        user = User(login=login, display_name=name, role=role, team_id=team_id)
        s.add(user)
        s.flush()
        note(record_ids=[f"user:{user.id}"])
    console.print(f"added {login} ({role})")


@users_app.command("passwd")
@audited("users.passwd")
def users_passwd(
    login: str = typer.Argument(..., help="The user's login."),
    password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True,
                                 help="The new web password (prompted when not given)."),
) -> None:
    """Set a user's web password (stored as an argon2 hash)."""
    from assistant.views.auth import set_password

    try:
        set_password(login, password)
    except (LookupError, ValueError) as exc:
        note("not_found" if isinstance(exc, LookupError) else "error", str(exc))
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    console.print(f"password set for {login}")


@users_app.command("bind")
@audited("users.bind")
def users_bind(
    login: str = typer.Argument(..., help="The user's login."),
    wecom: str = typer.Option(None, help="WeCom userid to bind."),
    telegram: int = typer.Option(None, help="Telegram numeric user id to bind."),
) -> None:
    """Bind a WeCom userid and/or a Telegram user id to a user (one user per identity)."""
    from sqlalchemy import select

    from assistant.crm.models import User
    from assistant.db import session_scope
    from assistant.identity import find_login

    if wecom is None and telegram is None:
        err.print("[red]give --wecom and/or --telegram[/red]")
        raise typer.Exit(2)
    with session_scope() as s:
        user = find_login(s, login)
        if user is None:
            note("not_found", f"no user with login {login!r}")
            err.print(f"[red]no user with login {login!r}[/red]")
            raise typer.Exit(1)
        for column, value in (("wecom_userid", wecom), ("telegram_user_id", telegram)):
            if value is None:
                continue
            other = s.scalar(select(User).where(getattr(User, column) == value, User.id != user.id))
            if other is not None:
                note("denied", f"{column} is already bound to {other.login}")
                err.print(f"[red]{column} {value} is already bound to {other.login}[/red]")
                raise typer.Exit(1)
            setattr(user, column, value)
        note(record_ids=[f"user:{user.id}"])
    console.print(f"bound {login}: wecom={wecom or '-'} telegram={telegram or '-'}")
