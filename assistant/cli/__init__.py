"""The ``crm-assistant`` command line: one Typer app, commands registered by area."""

from __future__ import annotations

import typer

from assistant.cli import (
    agent,
    backup,
    compliance,
    crm,
    doctor,
    knowledge,
    server,
    telegram,
    voice,
    warm_commands,
)

app = typer.Typer(
    name="crm-assistant",
    help="销售助手 — CRM sales assistant: data, analytics, agent, summaries, scripts, compliance.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain help: Rich's help renderer (Markdown, Pygments) costs more than --help itself
    pretty_exceptions_show_locals=False,  # a traceback must never print local values (secrets among them)
)


@app.callback()
def _check_settings() -> None:
    """Read the settings before any command, so a bad configuration is a message, not a traceback."""
    from pydantic import ValidationError

    from assistant.config import describe_settings_error, get_settings

    try:
        get_settings()
    except ValidationError as exc:
        typer.secho(describe_settings_error(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from None


for area in (crm, server, agent, warm_commands, voice, knowledge, compliance, telegram, backup, doctor):
    area.register(app)
