"""The notification outbox: durable messages for users, drained by the channels.

A high-severity alert puts one row per active QA user here. The channel is resolved from
the user's bound identities (WeCom first, then Telegram, else the web inbox). Channels call
:func:`drain` with a sender; a row is marked sent only after the sender returned, and a
failure is recorded on the row (retried on the next drain, up to :data:`MAX_ATTEMPTS`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.compliance.models import ComplianceAlert, NotificationOutbox
from assistant.crm.models import User
from assistant.db import utcnow

MAX_ATTEMPTS = 5
NOTIFY_ROLES = ("qa",)
SEVERITY_ZH = {"high": "高", "medium": "中", "low": "低"}


def channel_for(user: User) -> tuple[str, str | None]:
    """Return the channel and address to reach ``user``: WeCom, Telegram, else the web inbox."""
    if user.wecom_userid:
        return "wecom", user.wecom_userid
    if user.telegram_user_id is not None:
        return "telegram", str(user.telegram_user_id)
    return "web", user.login


def alert_text(alert: ComplianceAlert, rep_name: str | None, customer_name: str | None) -> str:
    """Render the notification text of an alert (Chinese, short enough for any channel)."""
    when = alert.occurred_at.strftime("%Y-%m-%d %H:%M")
    lines = [
        f"【{SEVERITY_ZH.get(alert.severity, alert.severity)}风险违规】"
        f"#{alert.id} {alert.category} · {alert.term}",
        f"销售：{rep_name or '-'}　客户：{customer_name or '-'}　渠道：{alert.channel}　时间：{when} (UTC)",
    ]
    if alert.context:
        lines.append(f"内容：{alert.context}")
    lines.append("请在质检台确认或标记误报。")
    return "\n".join(lines)


def notify_alert(session: Session, alert: ComplianceAlert, text: str) -> list[NotificationOutbox]:
    """Queue ``text`` for every active QA user once (idempotent per alert and recipient)."""
    users = session.scalars(select(User).where(User.role.in_(NOTIFY_ROLES), User.active.is_(True))).all()
    created = []
    for user in users:
        key = f"alert:{alert.id}:user:{user.id}"
        if session.scalar(select(NotificationOutbox.id).where(NotificationOutbox.dedupe_key == key)):
            continue
        channel, address = channel_for(user)
        row = NotificationOutbox(
            dedupe_key=key, recipient_id=user.id, channel=channel, address=address, payload=text, attempts=0
        )
        session.add(row)
        created.append(row)
    session.flush()
    return created


def pending(session: Session, *, channel: str | None = None, limit: int = 100) -> list[NotificationOutbox]:
    """Unsent notifications, oldest first, optionally for one channel."""
    query = select(NotificationOutbox).where(
        NotificationOutbox.sent_at.is_(None), NotificationOutbox.attempts < MAX_ATTEMPTS
    )
    if channel:
        query = query.where(NotificationOutbox.channel == channel)
    return list(session.scalars(query.order_by(NotificationOutbox.id).limit(limit)))


def drain(
    session: Session,
    send: Callable[[NotificationOutbox], None],
    *,
    channel: str | None = None,
    limit: int = 100,
) -> tuple[int, int]:
    """Send pending notifications with ``send``; returns (sent, failed). Failures are kept for retry."""
    sent = failed = 0
    for row in pending(session, channel=channel, limit=limit):
        row.attempts += 1
        try:
            send(row)
        except Exception as exc:  # any channel error is recorded and retried later
            row.last_error = f"{type(exc).__name__}: {exc}"[:500]
            failed += 1
        else:
            row.sent_at = utcnow()
            row.last_error = None
            sent += 1
        session.flush()
    return sent, failed
