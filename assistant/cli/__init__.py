"""The ``crm-assistant`` command line: one Typer app, commands registered by area."""

from __future__ import annotations

import typer

from assistant.cli import agent, compliance, crm, knowledge, server, telegram, voice

app = typer.Typer(
    name="crm-assistant",
    help="销售助手 — CRM sales assistant: data, analytics, agent, summaries, scripts, compliance.",
    no_args_is_help=True,
    add_completion=False,
)

for area in (crm, server, agent, voice, knowledge, compliance, telegram):
    area.register(app)
