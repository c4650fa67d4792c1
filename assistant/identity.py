"""Who is asking and what they may see: the one answer every entry point uses.

* :func:`resolve_user` turns a login (CLI ``--as``, web login) or a channel identity
  (WeCom userid, Telegram user id) into an active CRM user — one rule for case, for
  channel ids and for deactivated accounts, which are refused everywhere.
* :class:`AssistantContext` is the per-turn run context built from that user; tools read
  identity from it, never from model-visible arguments. It reads no environment variables.
* :class:`Scope` is what that user may see: which owners' customers, whether amounts
  (QA never sees financials), which alerts, which customers they may act for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.crm.models import Customer, User
from assistant.crm.team_queries import team_owner_ids

Channel = Literal["cli", "web", "wecom", "telegram"]
ScopeName = Literal["me", "team", "all"]


class UnknownUserError(PermissionError):
    """No active CRM user has this login or channel identity (unknown, unbound or deactivated)."""


class ScopeDenied(PermissionError):
    """The user's role may not see the requested scope."""


def resolve_user(session: Session, who: str | int, *, channel: Channel = "cli") -> User:
    """Return the active user behind a login or a channel identity.

    Logins (``cli``, ``web``) match case-insensitively after trimming spaces; a WeCom userid
    matches exactly; a Telegram user id matches as a number.

    Args:
        session: An open database session.
        who: The login, WeCom userid or Telegram user id.
        channel: Which namespace ``who`` belongs to.

    Raises:
        UnknownUserError: nobody has that identity, or the user is deactivated.
    """
    text = str(who).strip()
    user: User | None = None
    if channel == "telegram":
        if text.lstrip("-").isdigit():
            user = session.scalar(select(User).where(User.telegram_user_id == int(text)))
    elif channel == "wecom":
        user = session.scalar(select(User).where(User.wecom_userid == text))
    else:
        user = find_login(session, text)
    if user is None or not user.active:
        label = "login" if channel in ("cli", "web") else f"{channel} id"
        raise UnknownUserError(f"no active user with {label} {text!r} (see `crm-assistant users list`)")
    return user


def find_login(session: Session, login: str) -> User | None:
    """Return the user (active or not) with ``login``, matched case-insensitively after trimming.

    For naming *another* user (a rep to filter by, a user to bind); to act as a user, use
    :func:`resolve_user`, which also refuses deactivated accounts.
    """
    text = login.strip()
    if not text:
        return None
    return session.scalar(select(User).where(func.lower(User.login) == text.lower()))


def conversation_id(channel: str, chat_id: str, user_id: int) -> str:
    """Return the conversation id ``f"{channel}:{chat_id}:{user_id}"``."""
    return f"{channel}:{chat_id}:{user_id}"


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


def context_for(
    session: Session,
    who: str | int,
    *,
    channel: Channel = "cli",
    chat_id: str = "default",
    today: dt.date | None = None,
    language: str | None = None,
) -> AssistantContext:
    """Build the run context of the active user behind ``who`` (see :func:`resolve_user`).

    Raises:
        UnknownUserError: unknown, unbound or deactivated.
    """
    return context_of(resolve_user(session, who, channel=channel), channel=channel, chat_id=chat_id,
                      today=today, language=language)


def context_of(
    user: User, *, channel: str, chat_id: str, today: dt.date | None = None, language: str | None = None
) -> AssistantContext:
    """Build the run context of an already resolved (active) ``user`` in one chat."""
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


@dataclass(frozen=True)
class Scope:
    """What one user may see and act for.

    Attributes:
        user: The (active) user.
        owner_ids: Owners whose customers are visible: ``None`` = everyone (admin), a list =
            those owners (rep: self; manager: team members and self), ``[]`` = none (QA).
        team_owner_ids: Members of the user's team (self when there is no team).
    """

    user: User
    owner_ids: list[int] | None
    team_owner_ids: list[int]

    @property
    def role(self) -> str:
        """The user's role."""
        return self.user.role

    @property
    def sees_financials(self) -> bool:
        """Whether customer and financial data may be shown (QA: never)."""
        return self.user.role != "qa"

    @property
    def alert_owner_ids(self) -> list[int] | None:
        """Reps whose compliance alerts are visible: QA and admin all (None), others their scope."""
        return None if self.user.role in ("qa", "admin") else self.owner_ids

    def allows_owner(self, owner_id: int | None) -> bool:
        """Whether records owned by ``owner_id`` are in scope."""
        return self.owner_ids is None or owner_id in self.owner_ids

    def may_write(self, customer: Customer) -> bool:
        """Whether the user may save records for ``customer`` (rep: own; manager: team; admin: all)."""
        return self.user.role != "qa" and self.allows_owner(customer.owner_id)

    def may_read(self, customer: Customer) -> bool:
        """Whether the user may read ``customer``'s conversations (QA reads every customer's)."""
        return self.user.role == "qa" or self.may_write(customer)

    def owners_for(self, scope: ScopeName) -> list[int] | None:
        """Owner ids for a ``me``/``team``/``all`` request (``None`` = everyone).

        Raises:
            ScopeDenied: the role may not see that scope (reps and QA: only ``me``; ``all``: admin).
        """
        role = self.user.role
        if scope == "me":
            return [self.user.id]
        if scope == "team" and role == "manager":
            return self.owner_ids
        if scope == "team" and role == "admin":
            return None if self.user.team_id is None else self.team_owner_ids
        if scope == "all" and role == "admin":
            return None
        raise ScopeDenied(f"role {role} cannot view the {scope!r} scope")


def scope_for(session: Session, user: User) -> Scope:
    """Return the scope of ``user``: the one rule for every tool, summary, CLI command and channel.

    Rep: only their own customers. Manager: their team's and their own. Admin: everyone.
    QA and unknown roles: no customers (QA reads alerts and conversation text, never amounts).
    """
    team = sorted({user.id, *(team_owner_ids(session, team_id=user.team_id) if user.team_id else ())})
    owners: list[int] | None
    if user.role == "admin":
        owners = None
    elif user.role == "rep":
        owners = [user.id]
    elif user.role == "manager":
        owners = team
    else:
        owners = []
    return Scope(user=user, owner_ids=owners, team_owner_ids=team)


def load_scope(session: Session, ctx: AssistantContext) -> Scope | None:
    """Load the scope of the context's user; None if unknown, deactivated or changed since the context."""
    user = session.get(User, ctx.user_id)
    if user is None or not user.active or user.login != ctx.login or user.role != ctx.role:
        return None
    return scope_for(session, user)
