"""Failed web logins are limited per account and per address: 429 with Retry-After, then a login works again."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from assistant.db import utcnow
from assistant.views import login_limits

from .conftest import PASSWORD, csrf_of


def _post(client: TestClient, user: str, password: str):  # type: ignore[no-untyped-def]
    token = csrf_of(client.get("/login").text)
    return client.post(
        "/login", data={"login": user, "password": password, "csrf_token": token}, follow_redirects=False
    )


def _travel(monkeypatch: pytest.MonkeyPatch, ahead: dt.timedelta) -> None:
    """Move the clock of the shared counters ``ahead``."""
    later = utcnow() + ahead
    for module in ("assistant.inbox.state", "assistant.inbox.service", "assistant.views.login_limits"):
        monkeypatch.setattr(f"{module}.utcnow", lambda: later)


def test_an_account_is_locked_after_its_failures_until_the_window_ends(
    app, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(app, headers={"accept-language": "en"}) as client:
        for _ in range(login_limits.PER_ACCOUNT):
            assert _post(client, "rep01", "wrong").status_code == 401
        locked = _post(client, "rep01", PASSWORD)  # even the right password waits
        assert locked.status_code == 429
        assert 0 < int(locked.headers["Retry-After"]) <= login_limits.WINDOW.total_seconds()
        assert "Too many failed logins: try again in 15 minutes." in locked.text
        assert _post(client, "REP01 ", PASSWORD).status_code == 429  # the same account however it is typed
        assert _post(client, "rep02", PASSWORD).status_code == 303  # other accounts are not affected

        _travel(monkeypatch, login_limits.WINDOW + dt.timedelta(seconds=1))
        assert _post(client, "rep01", PASSWORD).status_code == 303


def test_a_success_clears_the_account_failures(app) -> None:
    with TestClient(app) as client:
        for _ in range(login_limits.PER_ACCOUNT - 1):
            assert _post(client, "rep01", "wrong").status_code == 401
        assert _post(client, "rep01", PASSWORD).status_code == 303
        for _ in range(login_limits.PER_ACCOUNT - 1):
            assert _post(client, "rep01", "wrong").status_code == 401
        assert _post(client, "rep01", PASSWORD).status_code == 303


def test_an_address_guessing_many_accounts_is_locked_out_but_not_other_addresses(
    app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(login_limits, "PER_ADDRESS", 6)
    with TestClient(app, client=("203.0.113.9", 4000)) as guesser:
        for i in range(6):
            assert _post(guesser, f"nobody{i}", "wrong").status_code == 401
        locked = _post(guesser, "rep02", PASSWORD)
        assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
        assert "登录失败次数过多" in locked.text  # the default language is Chinese
    with TestClient(app, client=("198.51.100.7", 4000)) as other:
        assert _post(other, "rep02", PASSWORD).status_code == 303
