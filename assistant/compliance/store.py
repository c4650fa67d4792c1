"""Record what reaches the system: scan a message, store alerts (deduplicated), notify QA.

Every rep→customer and customer→rep message (chat-archive import, channel messages), call
transcripts and the assistant's own answers go through :func:`record_message`. Behaviour
events (contact deleted, late reply, red packet…) go through :func:`record_behaviour`.
Both are idempotent: a re-scan or re-import stores nothing new and notifies nobody twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.compliance.conversation import split_contact_hits
from assistant.compliance.matcher import scan_text
from assistant.compliance.models import ComplianceAlert
from assistant.compliance.outbox import alert_text, notify_alert
from assistant.compliance.result import Hit, ScanResult, context
from assistant.compliance.semantic import deep_scan
from assistant.crm.models import Customer, User

SOURCES = ("archive", "channel", "transcript", "assistant", "draft", "manual")
DIRECTIONS = ("outbound", "inbound")
NOTIFY_SEVERITIES = ("high",)
# A customer sharing their own phone or e-mail is not the rep's violation.
CUSTOMER_EXEMPT_RULES = frozenset({"phone", "email", "wechat_id"})


@dataclass(frozen=True)
class BehaviourFinding:
    """A sensitive action found in events (not text): rule, severity, label and details."""

    rule: str
    severity: str
    label: str
    detail: str


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def message_key(*, rep_id: int | None, customer_id: int | None, occurred_at: dt.datetime, text: str) -> str:
    """Return a stable key for a message without an external id: who, when and what."""
    return _digest(rep_id, customer_id, occurred_at.isoformat(), text)[:40]


def _validate(channel: str, direction: str, source: str, occurred_at: dt.datetime) -> None:
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, got {direction!r}")
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, got {source!r}")
    if not channel or len(channel) > 16:
        raise ValueError(f"channel must be a short name such as 'wecom', got {channel!r}")
    if not isinstance(occurred_at, dt.datetime):
        raise ValueError(f"occurred_at must be a datetime, got {occurred_at!r}")


def _naive_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def _store(session: Session, alert: ComplianceAlert, *, notify: bool = True) -> ComplianceAlert | None:
    """Insert ``alert`` unless its dedupe key exists; notify QA when it is high severity."""
    if session.scalar(select(ComplianceAlert.id).where(ComplianceAlert.dedupe_key == alert.dedupe_key)):
        return None
    session.add(alert)
    session.flush()
    if notify and alert.severity in NOTIFY_SEVERITIES:
        rep = session.get(User, alert.rep_id) if alert.rep_id else None
        customer = session.get(Customer, alert.customer_id) if alert.customer_id else None
        notify_alert(
            session,
            alert,
            alert_text(alert, rep.display_name if rep else None, customer.display_name if customer else None),
        )
    return alert


def record_message(
    session: Session,
    *,
    rep_id: int | None,
    customer_id: int | None,
    channel: str,
    direction: str,
    text: str,
    occurred_at: dt.datetime,
    source: str,
    external_id: str | None = None,
    quoted: str = "",
    notify: bool = True,
    preceding: Sequence[str] = (),
    rules: frozenset[str] | None = None,
    semantic: bool = True,
) -> list[ComplianceAlert]:
    """Scan one message and store its new alerts; high-severity ones are queued for QA.

    Args:
        session: the CRM session (the caller commits).
        rep_id: the rep in the conversation (None for the assistant's own answers).
        customer_id: the customer in the conversation, when known.
        channel: wecom, telegram, web, phone, email…
        direction: ``outbound`` (rep/assistant → customer) or ``inbound`` (customer → rep).
        text: the message, transcript or answer as sent.
        occurred_at: when it was sent (aware datetimes are converted to naive UTC).
        source: archive, channel, transcript, assistant, draft or manual.
        external_id: the platform's message id; when missing, who/when/what is the key.
        quoted: text the message quotes from records (e.g. the tool results behind an assistant
            answer); a hit found verbatim in it is not the sender's own wording and is skipped.
        notify: queue high-severity alerts for QA (off for back-filling history).
        preceding: the same sender's previous messages in this conversation (oldest first,
            consecutive); a phone number split across them and ``text`` is found too.
        rules: keep only hits of these rules (``lexicon``, ``combo``, ``phone`` …); None keeps all.
        semantic: run the embedding stage on a clean message with cue words (off for speed).

    Returns:
        The alerts created by this call (empty when clean or already recorded).

    Raises:
        ValueError: on an unknown direction or source, or a missing channel.
    """
    _validate(channel, direction, source, occurred_at)
    occurred_at = _naive_utc(occurred_at)
    result = deep_scan(text) if semantic else scan_text(text)
    if preceding:
        joined = split_contact_hits(preceding, text)
        if joined:
            result = ScanResult(text, result.hits + tuple(joined))
    if not result.hits:
        return []
    key = external_id or message_key(
        rep_id=rep_id, customer_id=customer_id, occurred_at=occurred_at, text=text
    )
    highlighted = result.highlighted()
    created: list[ComplianceAlert] = []
    seen: set[tuple[str, str]] = set()
    for hit in result.hits:
        if direction == "inbound" and hit.rule in CUSTOMER_EXEMPT_RULES:
            continue
        if rules is not None and hit.rule not in rules:
            continue
        if quoted and hit.matched in quoted:
            continue
        if (hit.category, hit.term) in seen:
            continue  # the same term twice in one message is one alert
        seen.add((hit.category, hit.term))
        alert = _alert_from_hit(hit, text, key, highlighted)
        alert.rep_id, alert.customer_id, alert.channel = rep_id, customer_id, channel
        alert.direction, alert.source, alert.occurred_at = direction, source, occurred_at
        stored = _store(session, alert, notify=notify)
        if stored is not None:
            created.append(stored)
    return created


def _alert_from_hit(hit: Hit, text: str, key: str, highlighted: str) -> ComplianceAlert:
    return ComplianceAlert(
        dedupe_key=_digest("text", key, hit.category, hit.term),
        kind="text",
        message_key=key[:64],
        category=hit.category,
        severity=hit.severity,
        term=hit.term[:120],
        matched=hit.matched[:200],
        rule=hit.rule,
        variant=hit.variant,
        start=hit.start,
        end=hit.end,
        message=text,
        highlighted=highlighted,
        context=context(text, hit.start, hit.end),
        status="open",
    )


def record_behaviour(
    session: Session,
    finding: BehaviourFinding,
    *,
    rep_id: int | None,
    customer_id: int | None,
    channel: str,
    occurred_at: dt.datetime,
    event_key: str,
    direction: str = "outbound",
) -> ComplianceAlert | None:
    """Store one behaviour alert (deleted customer, late reply, red packet…), once per event."""
    _validate(channel, direction, "archive", occurred_at)
    alert = ComplianceAlert(
        dedupe_key=_digest("behaviour", event_key, finding.rule),
        kind="behaviour",
        rep_id=rep_id,
        customer_id=customer_id,
        channel=channel,
        direction=direction,
        source="archive",
        message_key=event_key[:64],
        occurred_at=_naive_utc(occurred_at),
        category="behaviour",
        severity=finding.severity,
        term=finding.label[:120],
        matched=finding.rule,
        rule=finding.rule,
        variant="event",
        message=finding.detail,
        highlighted=None,
        context=finding.detail,
        status="open",
    )
    return _store(session, alert)
