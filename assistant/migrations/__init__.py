"""Schema creation and upgrades through Alembic, for every package's tables.

The migration environment (``env.py``) imports the model modules of the CRM, compliance,
the script library and the agent's conversation locks so ``Base.metadata`` is complete;
this package therefore sits above them in the layers, and only entry points (CLI ``init``, tests, benchmarks) call it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from assistant.db import Base, get_engine

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import MetaData

MIGRATIONS_DIR = Path(__file__).parent


def metadata() -> MetaData:
    """Return ``Base.metadata`` with every table of every package registered."""
    from assistant.agents.locks import ConversationLock
    from assistant.compliance import models as _compliance  # noqa: F401 - registers tables
    from assistant.crm import models as _crm  # noqa: F401 - registers tables
    from assistant.inbox import models as _inbox  # noqa: F401 - registers tables
    from knowledge import models as _knowledge  # noqa: F401 - registers tables

    if ConversationLock.__tablename__ not in Base.metadata.tables:  # pragma: no cover - a programming error
        raise RuntimeError("the conversation locks table is not registered")
    return Base.metadata


def alembic_config(url: str) -> Config:
    """Build an Alembic config pointing at the packaged migrations for ``url``."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_schema(engine: Engine | None = None) -> None:
    """Create or upgrade the schema to the newest migration."""
    from alembic import command

    engine = engine or get_engine()
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def schema_exists(engine: Engine | None = None) -> bool:
    """Whether the CRM tables exist in the database."""
    return inspect(engine or get_engine()).has_table("customers")
