"""Failed web logins are limited per account and per client address, in counters every process shares.

A guessed password costs an attacker one attempt of :data:`PER_ACCOUNT` on that account and
one of :data:`PER_ADDRESS` from that address in a :data:`WINDOW`; once either is spent, the
login form answers 429 until the window ends, without checking the password. The counters
live in the database's shared state (like the other cross-process throttles and locks), so
several web workers count together. A successful login clears its account's counter.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from assistant.db import utcnow
from assistant.inbox import service as inbox

PER_ACCOUNT = 5
PER_ADDRESS = 20
WINDOW = dt.timedelta(minutes=15)


def _account_key(login: str) -> str:
    digest = hashlib.sha256(login.strip().casefold().encode()).hexdigest()[:32]
    return f"login-failures:account:{digest}"


def _address_key(address: str) -> str:
    return f"login-failures:address:{address[:80]}"


def _wait(count: int, ends: dt.datetime | None, limit: int) -> int:
    if count < limit or ends is None:
        return 0
    return max(1, int((ends - utcnow()).total_seconds() + 0.999))


def retry_after(login: str, address: str) -> int:
    """Return how many seconds ``login`` from ``address`` must wait before trying again (0: may try now)."""
    account = _wait(*inbox.events_counted(_account_key(login)), PER_ACCOUNT)
    client = _wait(*inbox.events_counted(_address_key(address)), PER_ADDRESS)
    return max(account, client)


def record_failure(login: str, address: str) -> None:
    """Count a failed login against the account and the address."""
    inbox.count_event(_account_key(login), window=WINDOW)
    inbox.count_event(_address_key(address), window=WINDOW)


def record_success(login: str) -> None:
    """Forget the account's failures (the address keeps its count: it may be guessing other accounts)."""
    inbox.delete_state(_account_key(login))
