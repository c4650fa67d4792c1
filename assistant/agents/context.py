"""The run context of one assistant turn: who is asking, from where, and what day it is.

Built by the entry point (CLI ``--as LOGIN``, a channel's identity binding) and passed to
the graph as LangGraph runtime ``context=``; tools read identity and role from it, never
from model-visible arguments. It reads no environment variables.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.crm.models import User


class UnknownUserError(LookupError):
    """No active CRM user has this login (or channel identity)."""


@dataclass(frozen=True)
class AssistantContext:
    """Identity and per-run values of one conversation turn.

    Attributes:
        user_id: The CRM user's id.
        login: The CRM user's login (``rep01``).
        role: ``rep``, ``manager``, ``qa`` or ``admin``.
        team_id: The user's team (managers see their team), if any.
        language: Preferred answer language (``zh`` or ``en``).
        channel: Where the message came from (``cli``, ``web``, ``wecom``, ``telegram``).
        chat_id: The chat on that channel (a CLI session, a WeCom chat...).
        today: The business day the question is asked on (analytics are "as of" it).
    """

    user_id: int
    login: str
    role: str
    team_id: int | None
    language: str
    channel: str
    chat_id: str
    today: dt.date

    @property
    def conversation_id(self) -> str:
        """The conversation (memory thread) of this user in this chat: ``channel:chat:user``."""
        return conversation_id(self.channel, self.chat_id, self.user_id)


def conversation_id(channel: str, chat_id: str, user_id: int) -> str:
    """Return the conversation id ``f"{channel}:{chat_id}:{user_id}"``."""
    return f"{channel}:{chat_id}:{user_id}"


def context_for_login(
    session: Session,
    login: str,
    *,
    channel: str = "cli",
    chat_id: str = "default",
    today: dt.date | None = None,
    language: str | None = None,
) -> AssistantContext:
    """Build the context of the active user ``login``.

    Raises:
        UnknownUserError: when no active user has that login.
    """
    user = session.scalar(select(User).where(User.login == login))
    if user is None or not user.active:
        raise UnknownUserError(f"no active user with login {login!r} (see `crm-assistant users`)")
    return AssistantContext(
        user_id=user.id,
        login=user.login,
        role=user.role,
        team_id=user.team_id,
        language=language or user.language or "zh",
        channel=channel,
        chat_id=chat_id,
        today=today or dt.date.today(),
    )
