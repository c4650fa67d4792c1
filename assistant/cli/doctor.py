"""``crm-assistant doctor``: check configuration, database, Chroma, models, queue and channels."""

from __future__ import annotations

import typer

MARKS = {"ok": ("✓", typer.colors.GREEN), "warn": ("!", typer.colors.YELLOW), "fail": ("✗", typer.colors.RED)}


def register(app: typer.Typer) -> None:
    """Add the ``doctor`` command."""

    @app.command()
    def doctor(
        only: list[str] = typer.Option(None, "--only", help="Run only these checks (config, database, chroma, "
                                       "models, queue, channels); repeatable."),
    ) -> None:
        """Check the installation and say in plain words what is wrong; exit 1 when something is."""
        from assistant.cli.doctor_checks import CHECKS, run_checks

        unknown = sorted(set(only or []) - set(CHECKS))
        if unknown:
            typer.secho(f"没有这项检查 — unknown check: {', '.join(unknown)}", fg=typer.colors.RED, err=True)
            raise typer.Exit(2)
        findings = run_checks(only)
        for f in findings:
            mark, colour = MARKS[f.level]
            typer.secho(f"{mark} {f.check:<10} {f.message}", fg=colour)
        failed = [f for f in findings if f.level == "fail"]
        if failed:
            typer.secho(f"发现 {len(failed)} 个问题 — {len(failed)} problem(s) found", fg=typer.colors.RED)
            raise typer.Exit(1)
        typer.secho("一切正常 — all checks passed", fg=typer.colors.GREEN)
