"""The checks behind ``crm-assistant doctor``: each says in plain words what is wrong and what to do.

Every check returns a :class:`Finding` (``ok``, ``warn`` or ``fail``); a check that raises is a
``fail`` with the error. Nothing here changes the installation: no schema upgrade, no ingest.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.config import Settings, get_settings, is_placeholder

Level = Literal["ok", "warn", "fail"]
DATABASE_FORMS = ("sqlite:///", "postgresql://", "postgresql+psycopg://")
WECOM_FIELDS = {"WECOM_CORP_ID": "wecom_corp_id", "WECOM_AGENT_ID": "wecom_agent_id",
                "WECOM_SECRET": "wecom_secret", "WECOM_TOKEN": "wecom_token", "WECOM_AES_KEY": "wecom_aes_key"}


@dataclass(frozen=True)
class Finding:
    """The result of one check."""

    check: str
    level: Level
    message: str


def _value(settings: Settings, field: str) -> str:
    raw = getattr(settings, field)
    secret = getattr(raw, "get_secret_value", None)
    return (secret() if callable(secret) else str(raw or "")).strip()


def configuration(s: Settings) -> list[Finding]:
    """Check secrets, the database URL's form and the model endpoint."""
    found: list[Finding] = []
    if not s.database_url.startswith(DATABASE_FORMS):
        found.append(Finding("config", "fail", "DATABASE_URL 格式不对 — DATABASE_URL must look like "
                             "sqlite:///./data/crm.db or postgresql://user:password@host:5432/crm"))
    if s.environment == "production":
        if is_placeholder(s.demo_password.get_secret_value()) or s.demo_password.get_secret_value() == "demo":
            found.append(Finding("config", "fail", "DEMO_PASSWORD 仍是默认值 — DEMO_PASSWORD is the default "
                                 "'demo' in production; set a real password"))
        if s.is_sqlite:
            found.append(Finding("config", "warn", "生产环境使用 SQLite — production on SQLite: fine for one "
                                 "host; use PostgreSQL for several servers or workers"))
        if s.public_base_url and not s.public_base_url.startswith("https://"):
            found.append(Finding("config", "warn", "PUBLIC_BASE_URL 不是 https — PUBLIC_BASE_URL should be https"))
    if s.llm_provider == "openai" and not s.openai_base_url and is_placeholder(s.openai_api_key.get_secret_value()):
        found.append(Finding("config", "fail", "LLM_PROVIDER=openai 但没有接口 — LLM_PROVIDER=openai needs "
                             "OPENAI_BASE_URL (a local server) or OPENAI_API_KEY"))
    if s.chroma_port and not s.chroma_host:
        found.append(Finding("config", "warn", "CHROMA_PORT set without CHROMA_HOST: the embedded store is used"))
    return found or [Finding("config", "ok", f"configuration ok ({s.environment}, LLM {s.llm_provider})")]


def database(s: Settings) -> list[Finding]:
    """Check that the database answers and its schema is at the newest migration."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from assistant.db import get_engine
    from assistant.migrations import alembic_config

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    engine = get_engine()
    if engine.url.get_backend_name() == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        if not Path(str(engine.url.database)).is_file():
            return [Finding("database", "fail", f"没有数据库文件 — no database at {engine.url.database}: "
                            "run `crm-assistant init`")]
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    where = s.database_url.split("@")[-1]
    if current is None:
        return [Finding("database", "fail", f"数据库没有表 — {where} has no schema: run `crm-assistant init`")]
    if current != head:
        return [Finding("database", "fail", f"数据库需要升级 — schema {current}, this program needs {head}: "
                        "run `crm-assistant init --no-demo`")]
    return [Finding("database", "ok", f"{where} reachable, schema at head {head}")]


def script_store(s: Settings) -> list[Finding]:
    """Check that the Chroma store (embedded directory or server) opens and holds scripts."""
    from knowledge.store import open_store

    where = f"server {s.chroma_host}:{s.chroma_port or 8000}" if s.chroma_host else f"{s.data_dir / 'chroma'}"
    n = open_store().count()
    if not n:
        return [Finding("chroma", "fail", f"话术库为空 — the script store ({where}) is empty: "
                        "run `crm-assistant kb ingest`")]
    return [Finding("chroma", "ok", f"{n} scripts in {where}")]


def models(s: Settings) -> list[Finding]:
    """Check the Whisper files, the embedding model and the tiktoken encoding, all offline."""
    from assistant import status
    from assistant.tokens import OFFLINE_ENCODING, get_encoding

    found = []
    for name, probe in (("whisper", status.whisper_files), ("embeddings", status.embedding_package)):
        line = probe()
        found.append(Finding(name, "ok" if line.startswith("ok") else "fail", line.removeprefix("ok: ")))
    encoding = get_encoding().name
    note = " (the bundled offline copy)" if encoding == OFFLINE_ENCODING else ""
    found.append(Finding("tiktoken", "ok", f"{encoding}{note}"))
    return found


def queue(s: Settings) -> list[Finding]:
    """Check the queue's store: Redis when REDIS_URL is set, else huey's SQLite file in DATA_DIR."""
    if s.redis_url:
        import redis

        redis.Redis.from_url(s.redis_url, socket_connect_timeout=3, socket_timeout=3).ping()
        where = s.redis_url.split("@")[-1]
        return [Finding("queue", "ok", f"Redis {where} answers")]
    from channels.queue import get_huey

    pending = get_huey().pending_count()
    note = "" if s.queue_in_process else "; QUEUE_IN_PROCESS=false: run `crm-assistant worker`"
    return [Finding("queue", "ok", f"SQLite queue in {s.data_dir}, {pending} pending{note}")]


def channels(s: Settings) -> list[Finding]:
    """Check WeCom and Telegram: complete, or cleanly off."""
    found = []
    set_ = [env for env, field in WECOM_FIELDS.items() if _value(s, field)]
    if not set_:
        found.append(Finding("wecom", "ok", "off (no WECOM_* settings)"))
    elif len(set_) < len(WECOM_FIELDS):
        missing = ", ".join(env for env in WECOM_FIELDS if env not in set_)
        found.append(Finding("wecom", "fail", f"企业微信配置不完整 — WeCom is half configured: {missing} "
                             "missing (set all five, or none to turn it off)"))
    elif len(_value(s, "wecom_aes_key")) != 43:
        found.append(Finding("wecom", "fail", "WECOM_AES_KEY 长度不对 — WECOM_AES_KEY must be the "
                             "43-character EncodingAESKey"))
    else:
        found.append(Finding("wecom", "ok", f"on (corp {s.wecom_corp_id}, agent {s.wecom_agent_id})"))
    token = _value(s, "telegram_bot_token")
    if not token:
        found.append(Finding("telegram", "ok", "off (no TELEGRAM_BOT_TOKEN)"))
    elif ":" not in token:
        found.append(Finding("telegram", "fail", "TELEGRAM_BOT_TOKEN 格式不对 — the token from @BotFather "
                             "looks like 123456:ABC…"))
    elif not _value(s, "telegram_webhook_secret"):
        found.append(Finding("telegram", "warn", "没有 TELEGRAM_WEBHOOK_SECRET — the webhook refuses every "
                             "call; run `crm-assistant telegram-poll` or set the secret"))
    else:
        found.append(Finding("telegram", "ok", "on (webhook secret set)"))
    return found


CHECKS: dict[str, Callable[[Settings], list[Finding]]] = {
    "config": configuration, "database": database, "chroma": script_store, "models": models,
    "queue": queue, "channels": channels,
}


def run_checks(only: list[str] | None = None) -> list[Finding]:
    """Run the selected checks (default all); a check that raises becomes a ``fail`` naming the error."""
    s = get_settings()
    found: list[Finding] = []
    for name, check in CHECKS.items():
        if only and name not in only:
            continue
        try:
            found.extend(check(s))
        except Exception as exc:  # the doctor reports every failure instead of stopping at the first
            detail = f"{type(exc).__name__}: {exc}".replace(os.linesep, " ")[:300]
            found.append(Finding(name, "fail", f"检查失败 — {detail}"))
    return found
