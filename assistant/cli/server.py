"""``crm-assistant serve`` (the HTTP server) and ``crm-assistant worker`` (a task-queue worker)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command."""

    @app.command()
    def serve(
        host: str = typer.Option(None, help="Bind address (default: HOST setting, 127.0.0.1)."),
        port: int = typer.Option(None, help="Port (default: PORT setting, 8000)."),
    ) -> None:
        """Start the web server on http://HOST:PORT."""
        import uvicorn

        from assistant.config import get_settings
        from channels.app import create_app

        settings = get_settings()
        uvicorn.run(create_app(), host=host or settings.host, port=port or settings.port)

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
