"""One-time bind codes: shown to a logged-in web user, sent to the bot as ``/bind CODE``."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.crm.models import User
from assistant.db import utcnow
from assistant.inbox.models import BindCode

CODE_TTL = dt.timedelta(minutes=15)
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class BindError(ValueError):
    """The code is unknown, used or expired, or the account is bound to someone else."""


def new_code(session: Session, user_id: int) -> str:
    """Create a code for ``user_id`` valid for 15 minutes (earlier unused codes stay valid)."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(8))
    session.add(BindCode(code=code, user_id=user_id, expires_at=utcnow() + CODE_TTL))
    session.commit()
    return code


def redeem(session: Session, code: str, *, telegram_user_id: int) -> User:
    """Bind ``telegram_user_id`` to the code's user and use the code up.

    Raises:
        BindError: unknown, used or expired code; or the Telegram account is bound to another user.
    """
    row = session.get(BindCode, code.strip().upper())
    if row is None or row.used_at is not None or row.expires_at <= utcnow():
        raise BindError("unknown, used or expired code")
    other = session.scalar(select(User).where(User.telegram_user_id == telegram_user_id))
    if other is not None and other.id != row.user_id:
        raise BindError(f"this Telegram account is already bound to {other.login}")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        raise BindError("the user of this code is not active")
    user.telegram_user_id = telegram_user_id
    row.used_at = utcnow()
    session.commit()
    return user
