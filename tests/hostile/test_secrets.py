"""Hostile configuration: no error, log line or settings dump shows a secret's value."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError
from typer.testing import CliRunner

from assistant import config
from assistant.cli import app
from assistant.config import Settings, describe_settings_error

GOOD_KEY = "Zq8-vT3#mW1!pK6@rB9$xN2%hL5^cJ7&"  # 32 characters, many distinct
SECRET_FIELDS = [name for name, f in Settings.model_fields.items() if f.annotation is SecretStr]


def _marker(field: str) -> str:
    """A value that is recognisable in output and long enough to pass as a real secret."""
    return f"MARKER-{field}-Qw7Er5Ty3Ui1Op9As8Df6Gh4Jk2"


def test_there_are_secret_fields_to_check() -> None:
    assert {"secret_key", "openai_api_key"} <= set(SECRET_FIELDS)


@pytest.mark.parametrize("field", SECRET_FIELDS)
def test_validation_errors_never_show_a_secret(field: str) -> None:
    values: dict[str, object] = {f: GOOD_KEY for f in SECRET_FIELDS}
    values[field] = _marker(field)
    failing: list[dict[str, object]] = [
        {"llm_timeout_s": "not-a-number"},
        {"environment": "production", "secret_key": "short"},
        {"environment": "production", "llm_provider": "openai", "openai_api_key": " xxx "},
    ]
    failing = [extra for extra in failing if field not in extra]  # keep the marked secret in place
    for extra in failing:
        with pytest.raises(ValidationError) as info:
            Settings(**{**values, **extra})
        for text in (str(info.value), repr(info.value), describe_settings_error(info.value)):
            assert _marker(field) not in text
            assert GOOD_KEY not in text


@pytest.mark.parametrize("field", SECRET_FIELDS)
def test_settings_dumps_never_show_a_secret(field: str, caplog: pytest.LogCaptureFixture) -> None:
    s = Settings(environment="production", **{**{f: GOOD_KEY for f in SECRET_FIELDS}, field: _marker(field)})
    logging.getLogger("test").warning("settings: %s %r", s, s)
    for text in (str(s), repr(s), s.model_dump_json(), str(s.model_dump()), caplog.text):
        assert _marker(field) not in text


@pytest.mark.parametrize("weak", ["a", " change-me ", "CHANGE-ME", "\tsecret\n", "x" * 40, "abcabcabc" * 5, ""])
def test_production_refuses_weak_secret_key_naming_the_variable(weak: str) -> None:
    with pytest.raises(ValidationError) as info:
        Settings(environment="production", secret_key=weak)
    message = describe_settings_error(info.value)
    assert "SECRET_KEY" in message
    if len(weak.strip()) >= 4:
        assert weak.strip() not in message


def test_production_accepts_a_strong_secret_key() -> None:
    assert Settings(environment="production", secret_key=GOOD_KEY).secret_key.get_secret_value() == GOOD_KEY


def test_production_refuses_a_placeholder_api_key() -> None:
    with pytest.raises(ValidationError, match="OPENAI_API_KEY"):
        Settings(environment="production", secret_key=GOOD_KEY, llm_provider="openai", openai_api_key=" changeme ")


@pytest.mark.parametrize("field", SECRET_FIELDS)
def test_cli_refusal_prints_the_problem_not_the_values(
    field: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env
    monkeypatch.setattr(config, "_override", [])  # read the environment, as a real run does
    for f in SECRET_FIELDS:
        monkeypatch.setenv(f.upper(), GOOD_KEY)
    monkeypatch.setenv(field.upper(), _marker(field))
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("LLM_PROVIDER", "openai")
    if field == "secret_key":
        monkeypatch.setenv("OPENAI_API_KEY", "placeholder")
    else:
        monkeypatch.setenv("SECRET_KEY", "change-me")
    config._from_environment.cache_clear()
    try:
        result = CliRunner().invoke(app, ["db", "stats"])
    finally:
        config._from_environment.cache_clear()
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exit_code == 2
    assert "invalid configuration" in output and "Traceback" not in output
    assert ("OPENAI_API_KEY" if field == "secret_key" else "SECRET_KEY") in output
    assert _marker(field) not in output and GOOD_KEY not in output
