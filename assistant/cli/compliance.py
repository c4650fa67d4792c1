"""CLI commands of the compliance area: scan, scan-file, alerts, review-alert, lexicon."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import typer

from assistant.cli import auditing

REVIEWER_ROLES = ("qa", "admin")
lexicon_app = typer.Typer(
    help="Validate, reload or extend the sensitive-word lexicon.", no_args_is_help=True, rich_markup_mode=None
)


def _fail(message: str) -> None:
    auditing.note("error", message)
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def _user(session, login: str | None, *, required: bool):  # Session -> User | None
    from assistant.audit import claimed_actor, user_actor
    from assistant.identity import UnknownUserError, resolve_user

    if login is None:
        if required:
            _fail("--as LOGIN is required: the reviewer must be a QA or admin user")
        return None
    try:
        user = resolve_user(session, login)
    except UnknownUserError as exc:
        auditing.note("denied", who=claimed_actor(login))
        _fail(str(exc))
    auditing.note(who=user_actor(user))
    if user.role not in REVIEWER_ROLES:
        auditing.note("denied")
        _fail(f"{login} is a {user.role}; only QA and admin users may see or review alerts")
    return user


def _day(value: str | None, option: str) -> dt.datetime | None:
    if value is None:
        return None
    if value == "today":
        return dt.datetime.combine(dt.date.today(), dt.time())
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        _fail(f"{option} must be a date like 2025-03-01 (or 'today'), got {value!r}")
    return None


def _print_alert(a) -> None:  # ComplianceAlert
    colour = {"high": typer.colors.RED, "medium": typer.colors.YELLOW}.get(a.severity, typer.colors.BLUE)
    typer.secho(f"#{a.id} [{a.severity}] {a.category} · {a.term}", fg=colour, nl=False)
    typer.echo(f"  {a.occurred_at:%Y-%m-%d %H:%M} {a.channel} {a.status}")
    typer.echo(f"    {a.context or a.message or ''}")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""

    @app.command()
    def scan(
        text: str = typer.Argument(..., help="The message or draft to check."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    ) -> None:
        """Check a message for compliance problems (nothing is stored); exit 2 when something is found."""
        from assistant.compliance import scan_text
        from assistant.limits import InputTooLarge, check_scan

        try:
            check_scan(text)
        except InputTooLarge as exc:
            _fail(str(exc))
        result = scan_text(text)
        if as_json:
            typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        elif not result.hits:
            typer.secho("未发现违规 — no problems found.", fg=typer.colors.GREEN)
        else:
            typer.echo(result.highlighted())
            for h in result.hits:
                typer.echo(
                    f"  [{h.severity}] {h.category}: {h.term} ← {h.matched!r} "
                    f"({h.variant}, {h.start}-{h.end})"
                )
        if result.hits:
            raise typer.Exit(2)

    @app.command("scan-file")
    @auditing.audited("scan-file")
    def scan_file(
        file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Chat-archive JSONL file."),
        late_minutes: int = typer.Option(
            None, min=1, help="Working minutes after which a reply is late (default LATE_REPLY_MINUTES)."
        ),
    ) -> None:
        """Import a chat archive (JSONL): scan every message, apply behaviour rules, store alerts."""
        from assistant.compliance import ArchiveError, import_archive
        from assistant.db import session_scope
        from assistant.migrations import schema_exists

        if not schema_exists():
            _fail("the database has no CRM schema yet: run `crm-assistant init` first")
        try:
            with session_scope() as session:
                lines = file.read_text(encoding="utf-8").splitlines()
                report = import_archive(session, lines, late_reply_minutes=late_minutes)
                counts: dict[str, int] = {}
                for a in report.alerts:
                    counts[a.severity] = counts.get(a.severity, 0) + 1
        except (ArchiveError, UnicodeDecodeError) as exc:
            _fail(f"{file}: {exc}\nNothing was imported.")
        typer.echo(
            f"imported {report.events} events ({report.skipped_existing} already imported); "
            f"new alerts: {len(report.alerts)} {counts or ''}"
        )

    @app.command()
    @auditing.audited("alerts")
    def alerts(
        severity: str = typer.Option(None, help="low, medium or high."),
        category: str = typer.Option(None, help="guarantee, bribery, private_deal, behaviour …"),
        rep: str = typer.Option(None, help="Only this rep (login)."),
        since: str = typer.Option(None, help="From this date (YYYY-MM-DD or 'today'), UTC."),
        until: str = typer.Option(None, help="Before this date (exclusive), UTC."),
        status: str = typer.Option(None, help="open, confirmed or false_positive."),
        limit: int = typer.Option(50, min=1),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        csv_out: Path = typer.Option(None, "--csv", help="Write the matching alerts to this CSV file."),
        stats: bool = typer.Option(False, "--stats", help="Print per-rep and per-category statistics."),
        as_login: str = typer.Option(None, "--as", help="Your login: a QA or admin user (required)."),
    ) -> None:
        """List compliance alerts with filters, statistics or a CSV export."""
        from assistant.compliance import alert_stats, export_alerts_csv, list_alerts
        from assistant.db import session_scope
        from assistant.identity import find_login

        with session_scope() as session:
            # Required: the CLI has no team scoping, so managers use `ask` (their team's alerts only).
            _user(session, as_login, required=True)
            rep_id = None
            if rep is not None:
                found = find_login(session, rep)
                rep_id = found.id if found is not None else None
                if rep_id is None:
                    auditing.note("not_found")
                    _fail(f"no user with login {rep!r}")
            filters = dict(
                severity=severity,
                category=category,
                rep_id=rep_id,
                status=status,
                since=_day(since, "--since"),
                until=_day(until, "--until"),
            )
            try:
                if stats:
                    numbers = alert_stats(session, since=filters["since"], until=filters["until"])
                    typer.echo(json.dumps(numbers, ensure_ascii=False, indent=2))
                    return
                if csv_out is not None:
                    csv_out.write_text(export_alerts_csv(session, **filters), encoding="utf-8-sig")
                    typer.echo(f"wrote {csv_out}")
                    return
                found = list_alerts(session, limit=limit, **filters)
            except ValueError as exc:
                _fail(str(exc))
            if as_json:
                rows = [
                    {
                        c: (v.isoformat() if isinstance(v, dt.datetime) else v)
                        for c, v in vars(a).items()
                        if not c.startswith("_")
                    }
                    for a in found
                ]
                typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
                return
            if not found:
                typer.echo("no alerts match")
            for a in found:
                _print_alert(a)

    @app.command("review-alert")
    @auditing.audited("review-alert")
    def review(
        alert_id: int = typer.Argument(...),
        status: str = typer.Option(..., help="confirmed, false_positive or open."),
        note: str = typer.Option(None, help="Why (required for false_positive)."),
        as_login: str = typer.Option(..., "--as", help="The reviewing QA/admin user's login."),
    ) -> None:
        """Mark an alert confirmed or false positive, with a note."""
        from assistant.compliance import review_alert
        from assistant.db import session_scope

        try:
            with session_scope() as session:
                reviewer = _user(session, as_login, required=True)
                alert = review_alert(session, alert_id, status=status, note=note, reviewer_id=reviewer.id)
                typer.echo(f"alert #{alert.id} → {alert.status}")
                auditing.note(record_ids=[f"alert:{alert.id}"])
        except ValueError as exc:
            auditing.note("not_found" if str(exc).startswith("no alert") else "error")
            _fail(str(exc))

    app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("validate")
def validate(directory: Path = typer.Option(None, "--dir", help="Validate this directory only.")) -> None:
    """Check every lexicon file and print the counts (exit 1 with every problem when invalid)."""
    from assistant.compliance.lexicon import LexiconError, lexicon_dirs, load_lexicon
    from assistant.compliance.matcher import Matcher

    if directory is not None and not directory.is_dir():
        _fail(f"{directory}: no such directory")
    dirs = [directory] if directory else lexicon_dirs()
    try:
        lexicon = load_lexicon(dirs)
    except LexiconError as exc:
        _fail(str(exc))
    matcher = Matcher(lexicon)
    for warning in lexicon.warnings:
        typer.secho(f"warning: {warning}", fg=typer.colors.YELLOW)
    per_cat: dict[str, int] = {}
    for e in lexicon.entries:
        per_cat[e.category] = per_cat.get(e.category, 0) + 1
    typer.echo(
        f"lexicon OK: {len(lexicon.entries)} terms in {len(per_cat)} categories, "
        f"{len(lexicon.allow)} allow-list phrases, {matcher.pattern_count} patterns after expansion, "
        f"compiled in {matcher.build_seconds * 1000:.0f} ms"
    )
    for cat, n in sorted(per_cat.items()):
        typer.echo(
            f"  {cat:<22} {n:>4}  {lexicon.categories[cat].label} ({lexicon.categories[cat].severity})"
        )


@lexicon_app.command("reload")
@auditing.audited("lexicon.reload")
def reload() -> None:
    """Recompile the lexicon now (running servers pick up changes within a second on their own)."""
    from assistant.compliance.matcher import get_matcher, last_reload_error

    matcher = get_matcher(force=True)
    if last_reload_error():
        _fail(
            "reload failed; scanning keeps the last good lexicon "
            f"({len(matcher.lexicon.entries)} terms):\n{last_reload_error()}"
        )
    typer.echo(f"reloaded: {len(matcher.lexicon.entries)} terms, {matcher.pattern_count} patterns")


@lexicon_app.command("import")
@auditing.audited("lexicon.import")
def import_list(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A word list, one term per line."),
    category: str = typer.Option(..., help="The category for these terms (e.g. general_sensitive)."),
    severity: str = typer.Option("low", help="low, medium or high."),
) -> None:
    """Import a third-party word list into its own category in the local lexicon directory."""
    from assistant.compliance.lexicon import LexiconError, load_lexicon
    from assistant.config import get_settings

    if not re.match(r"^[a-z][a-z0-9_]{1,39}$", category):
        _fail("--category must be lower-case letters, digits and _ (e.g. general_sensitive)")
    local = get_settings().data_dir / "compliance" / "lexicon"
    target = local / f"{category}.txt"
    staging = local.parent / f".{category}.txt.new"
    local.mkdir(parents=True, exist_ok=True)
    try:
        raw = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(f"not imported: {file} is not UTF-8 text (bad byte at offset {exc.start}); convert it to UTF-8 first")
    except OSError as exc:
        _fail(f"not imported: cannot read {file}: {exc.strerror}")
    terms = [t.strip() for t in raw.splitlines() if t.strip() and not t.startswith("#")]
    staging.write_text(f"# category: {category}\n# severity: {severity}\n" + "\n".join(terms) + "\n", "utf-8")
    try:
        tmp_dir = local.parent / ".validate"
        shutil.rmtree(tmp_dir, ignore_errors=True)
        tmp_dir.mkdir()
        shutil.copy(staging, tmp_dir / target.name)
        load_lexicon([tmp_dir])
    except LexiconError as exc:
        staging.unlink()
        _fail(f"not imported: {exc}")
    finally:
        shutil.rmtree(local.parent / ".validate", ignore_errors=True)
    staging.replace(target)
    typer.echo(f"imported {len(terms)} terms into {target} (category {category}, severity {severity})")
