"""The web app's status endpoints answer through :mod:`assistant.status`, not the CRM tables."""

from __future__ import annotations

import ast
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from channels.app import create_app

APP = Path(__file__).parents[2] / "channels" / "app.py"


def test_healthz_and_status_page(engine: Engine) -> None:
    client = TestClient(create_app())
    assert client.get("/healthz").json() == {"status": "ok", "customers": 0, "llm_provider": "offline"}
    page = client.get("/status")
    assert page.status_code == 200 and "0 users, 0 customers" in page.text
    assert "登录" in client.get("/").text  # the web chat owns "/" (its login page)


def test_channels_import_only_the_core_entry_points() -> None:
    tree = ast.parse(APP.read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    ours = {m for m in imported if m.startswith("assistant")}
    assert ours <= {"assistant", "assistant.status", "assistant.config", "assistant.agents.service",
                    "assistant.observability.asgi"}


def test_readyz_says_what_is_missing_then_ready(engine: Engine) -> None:
    client = TestClient(create_app())
    first = client.get("/readyz")
    assert first.status_code == 503
    assert "kb ingest" in first.json()["checks"]["script_store"]
    assert first.json()["checks"]["database"].startswith("ok")
    assert first.json()["checks"]["whisper_model"].startswith("ok")
