"""``crm-assistant serve`` (the HTTP server) and ``crm-assistant worker`` (a task-queue worker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command."""

    @app.command()
    def serve(
        host: str = typer.Option(None, help="Bind address (default: HOST setting, 127.0.0.1)."),
        port: int = typer.Option(None, help="Port (default: PORT setting, 8000)."),
        workers: int = typer.Option(1, "--workers", min=1, help="Server processes (each builds the app)."),
    ) -> None:
        """Start the web server on http://HOST:PORT (``--workers N``: N processes on one port)."""
        import uvicorn

        from assistant.config import get_settings

        settings = get_settings()
        # An import string and a factory: with workers > 1 each process builds its own app.
        uvicorn.run("channels.app:create_app", factory=True, workers=workers,
                    host=host or settings.host, port=port or settings.port)

    @app.command()
    def worker(
        workers: int = typer.Option(None, "--workers", "-w", help="Worker threads (default: QUEUE_WORKERS)."),
    ) -> None:
        """Run a task-queue worker: transcription, summaries, replies and QA notifications."""
        from assistant.observability.metrics import serve_worker_metrics
        from channels.consumer import start_consumer

        serve_worker_metrics()  # task metrics on METRICS_PORT, when it is set
        consumer = start_consumer(workers, embedded=False)
        consumer.run()
