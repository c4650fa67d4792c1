"""``crm-assistant telegram-poll``: run the Telegram bot by long polling (development)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the ``telegram-poll`` command."""

    @app.command("telegram-poll")
    def telegram_poll() -> None:
        """Answer Telegram by long polling instead of the webhook (one poller per bot token)."""
        from channels.telegram.polling import run_polling

        if not run_polling():
            typer.echo("TELEGRAM_BOT_TOKEN is not set (see .env.example)", err=True)
            raise typer.Exit(1)
