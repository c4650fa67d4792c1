"""Settings: documented everywhere, parsed from .env, strict in production."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.config import Settings, get_settings, override_settings

ROOT = Path(__file__).resolve().parents[1]
REAL_KEY = "a-real-secret-value-9f8e7d6c5b4a3210"  # production wants 32+ characters, 10+ distinct


def test_every_setting_is_documented() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        assert f"\n{name.upper()}=" in example, f"{name.upper()} missing from .env.example"
        assert name.upper() in readme, f"{name.upper()} missing from the README configuration table"


def test_env_example_parses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text(encoding="utf-8"), encoding="utf-8")
    s = Settings()
    assert s.llm_provider == "offline"
    assert s.chroma_port is None and s.openai_base_url is None
    assert s.stalled_days_by_stage["negotiation"] == 14
    assert s.database_url == "sqlite:///./data/crm.db"


def test_production_refuses_placeholder_secrets() -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY"):
        Settings(environment="production", secret_key="change-me")
    with pytest.raises(ValidationError, match="OPENAI_API_KEY"):
        Settings(environment="production", secret_key=REAL_KEY, llm_provider="openai")
    ok = Settings(environment="production", secret_key=REAL_KEY)
    assert ok.secret_key.get_secret_value() == REAL_KEY
    assert REAL_KEY not in repr(ok)


def test_override_nests_and_restores() -> None:
    before = get_settings().history_token_budget
    with override_settings(history_token_budget=10):
        with override_settings(llm_timeout_s=1.0) as inner:
            assert inner.history_token_budget == 10 and inner.llm_timeout_s == 1.0
        assert get_settings().history_token_budget == 10
    assert get_settings().history_token_budget == before
