"""Web login: argon2 password hashes on ``users.password_hash``, checked against active users only."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.crm.models import User
from assistant.db import session_scope
from assistant.identity import UnknownUserError, find_login, resolve_user

_HASHER = PasswordHasher()


@dataclass(frozen=True)
class WebUser:
    """Who is logged in, as the pages need it."""

    id: int
    login: str
    display_name: str
    role: str
    language: str


def _web_user(user: User) -> WebUser:
    return WebUser(user.id, user.login, user.display_name, user.role, (user.language or "zh")[:2])


def hash_password(password: str) -> str:
    """Return the argon2id hash of ``password``."""
    return _HASHER.hash(password)


def authenticate(login: str, password: str) -> WebUser | None:
    """Return the active user whose password matches, else None (unknown, deactivated, no password, wrong)."""
    with session_scope() as s:
        try:
            user = resolve_user(s, login, channel="web")
        except UnknownUserError:
            _HASHER.hash(password)  # spend the same time as a real check
            return None
        if not user.password_hash:
            return None
        try:
            _HASHER.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        return _web_user(user)


def current_user(login: str) -> WebUser | None:
    """Return the logged-in user again (None once deactivated or removed)."""
    with session_scope() as s:
        try:
            return _web_user(resolve_user(s, login, channel="web"))
        except UnknownUserError:
            return None


def set_password(login: str, password: str) -> None:
    """Set a user's web password.

    Raises:
        LookupError: no user with that login.
        ValueError: the password is shorter than 4 characters.
    """
    if len(password) < 4:
        raise ValueError("a password needs at least 4 characters")
    with session_scope() as s:
        user = find_login(s, login)
        if user is None:
            raise LookupError(f"no user with login {login!r}")
        user.password_hash = hash_password(password)


def set_missing_passwords(session: Session, password: str) -> int:
    """Give every user without a password ``password`` (the demo users at ``init``); returns how many."""
    users = list(session.scalars(select(User).where(User.password_hash.is_(None))))
    if users:
        hashed = hash_password(password)  # one hash for all: demo accounts only
        for user in users:
            user.password_hash = hashed
    return len(users)
