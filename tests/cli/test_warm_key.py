"""The warm worker's key: it changes with whatever could change an answer, and only then."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.cli import warm_key
from assistant.config import Settings, get_settings, override_settings


def test_the_static_names_are_the_settings_fields() -> None:
    assert {name.upper() for name in Settings.model_fields} == warm_key.SETTINGS_ENV


def test_the_key_is_stable() -> None:
    url = get_settings().database_url
    assert warm_key.worker_key(url) == warm_key.worker_key(url)


@pytest.mark.parametrize(
    "name", ["DATABASE_URL", "DATA_DIR", "LLM_PROVIDER", "OPENAI_API_KEY", "LLM_SOMETHING_NEW", "timezone"]
)
def test_the_settings_environment_is_in_the_key(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    before = warm_key.worker_key("sqlite:///x.db")
    monkeypatch.setenv(name, "something else")
    assert warm_key.worker_key("sqlite:///x.db") != before


def test_other_environment_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    before = warm_key.worker_key("sqlite:///x.db")
    monkeypatch.setenv("SOME_UNRELATED_VARIABLE", "1")
    assert warm_key.worker_key("sqlite:///x.db") == before


def test_a_replaced_database_file_changes_the_key(tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    db.write_bytes(b"one")
    url = f"sqlite:///{db}"
    before = warm_key.worker_key(url)
    shutil.copy(db, tmp_path / "new.db")
    os.replace(tmp_path / "new.db", db)  # same bytes, another file
    assert warm_key.worker_key(url) != before
    db.unlink()
    assert warm_key.worker_key(url) != before


def test_the_env_file_and_the_working_folder_are_in_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = warm_key.worker_key("sqlite:///x.db")
    (tmp_path / ".env").write_text("LLM_PROVIDER=offline\n")
    with_env = warm_key.worker_key("sqlite:///x.db")
    assert with_env != before
    (tmp_path / ".env").write_text("LLM_PROVIDER=openai\n")
    assert warm_key.worker_key("sqlite:///x.db") != with_env
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert warm_key.worker_key("sqlite:///x.db") != before


def test_a_code_change_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "assistant" / "__pycache__").mkdir(parents=True)
    module = tmp_path / "assistant" / "mod.py"
    module.write_text("x = 1\n")
    monkeypatch.setattr(warm_key, "ROOT", tmp_path)
    before = warm_key.worker_key("sqlite:///x.db")
    (tmp_path / "assistant" / "__pycache__" / "mod.cpython.pyc").write_bytes(b"compiled")
    (tmp_path / "assistant" / "notes.txt").write_text("not code")
    assert warm_key.worker_key("sqlite:///x.db") == before  # bytecode and other files do not count
    module.write_text("x = 22\n")
    assert warm_key.worker_key("sqlite:///x.db") != before
    (tmp_path / "assistant" / "weights.npz").write_bytes(b"")
    assert warm_key.worker_key("sqlite:///x.db") != before


def test_sqlite_file() -> None:
    assert warm_key.sqlite_file("sqlite:///./data/crm.db") == Path("./data/crm.db")
    assert warm_key.sqlite_file("sqlite:////abs/crm.db?mode=ro") == Path("/abs/crm.db")
    assert warm_key.sqlite_file("sqlite:///:memory:") is None
    assert warm_key.sqlite_file("postgresql+psycopg://u@h/crm") is None


def test_a_too_long_socket_path_means_no_worker(tmp_path: Path) -> None:
    assert warm_key.socket_path(tmp_path) == tmp_path / "run" / "ask.sock"
    assert warm_key.socket_path(tmp_path / ("x" * 120)) is None


def test_the_worker_is_off_in_tests_and_on_elsewhere() -> None:
    assert get_settings().environment == "test" and not get_settings().ask_worker_on
    with override_settings(environment="development"):
        assert get_settings().ask_worker_on
        with override_settings(ask_worker=False):
            assert not get_settings().ask_worker_on
    with override_settings(ask_worker=True):
        assert get_settings().ask_worker_on


def test_ask_worker_reads_on_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASK_WORKER", "off")
    assert Settings().ask_worker is False
    monkeypatch.setenv("ASK_WORKER", "on")
    assert Settings().ask_worker is True
