"""Alembic environment: runs migrations on the connection handed in, or on the configured URL."""

from alembic import context
from sqlalchemy import create_engine

from assistant.migrations import metadata

config = context.config
target_metadata = metadata()


def run() -> None:
    """Run migrations online (Alembic's offline SQL mode is not used)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


run()
