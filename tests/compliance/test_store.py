"""Recording messages: alerts stored once, QA notified once per alert, review workflow."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.compliance import (
    alert_stats,
    drain,
    export_alerts_csv,
    list_alerts,
    record_message,
    review_alert,
)
from assistant.compliance.models import AlertReview, ComplianceAlert, NotificationOutbox

T0 = dt.datetime(2025, 3, 3, 2, 0)


def _record(session: Session, world, text: str, **kw) -> list[ComplianceAlert]:
    args = dict(rep_id=world.rep.id, customer_id=world.customer.id, channel="wecom", direction="outbound",
                text=text, occurred_at=T0, source="channel")  # fmt: skip
    args.update(kw)
    return record_message(session, **args)


def test_high_severity_alert_notifies_each_active_qa_once(session: Session, world) -> None:
    alerts = _record(session, world, "王总放心，这个认证我们包过，不过全额退款")
    assert {(a.category, a.term) for a in alerts} == {("guarantee", "包过"), ("guarantee", "不过全额退款")}
    alert = next(a for a in alerts if a.term == "包过")
    assert alert.highlighted == "王总放心，这个认证我们【包过】，【不过全额退款】"
    assert alert.message[alert.start : alert.end] == "包过"
    assert "【包过】" in alert.context
    rows = session.scalars(select(NotificationOutbox).order_by(NotificationOutbox.id)).all()
    assert len(rows) == 2 * 2  # two alerts x two active QA users
    by_user = {(r.recipient_id, r.channel, r.address) for r in rows}
    assert by_user == {(world.qa_wecom.id, "wecom", "QA01"), (world.qa_telegram.id, "telegram", "777001")}
    assert "包过" in rows[0].payload and "REP01" in rows[0].payload and "宏达贸易" in rows[0].payload

    again = _record(session, world, "王总放心，这个认证我们包过，不过全额退款")
    assert again == []
    assert session.scalar(select(func.count(ComplianceAlert.id))) == 2
    assert session.scalar(select(func.count(NotificationOutbox.id))) == 4


def test_repeated_term_in_one_message_is_one_alert(session: Session, world) -> None:
    alerts = _record(session, world, "包过！真的包过！包过的", external_id="wx-msg-1")
    assert len(alerts) == 1 and alerts[0].message_key == "wx-msg-1"


def test_medium_alert_is_stored_but_not_pushed(session: Session, world) -> None:
    alerts = _record(session, world, "你有病吧，爱买不买")
    assert {a.severity for a in alerts} == {"medium"}
    assert session.scalar(select(func.count(NotificationOutbox.id))) == 0


def test_clean_message_stores_nothing(session: Session, world) -> None:
    assert _record(session, world, "这款100%纯棉，保本价给您，下周三发货") == []
    assert session.scalar(select(func.count(ComplianceAlert.id))) == 0


def test_customer_sharing_own_phone_is_not_an_alert(session: Session, world) -> None:
    assert _record(session, world, "我的电话 13912345678", direction="inbound") == []
    assert [a.rule for a in _record(session, world, "我的电话 13912345678")] == ["phone"]


def test_bad_arguments_are_refused(session: Session, world) -> None:
    with pytest.raises(ValueError, match="direction"):
        _record(session, world, "包过", direction="sideways")
    with pytest.raises(ValueError, match="source"):
        _record(session, world, "包过", source="pigeon")
    assert session.scalar(select(func.count(ComplianceAlert.id))) == 0


def test_drain_marks_sent_and_keeps_failures_for_retry(session: Session, world) -> None:
    _record(session, world, "回扣照给")
    sent_to: list[str] = []

    def send(row: NotificationOutbox) -> None:
        if row.channel == "telegram":
            raise ConnectionError("telegram down")
        sent_to.append(row.address)

    assert drain(session, send) == (1, 1)
    assert sent_to == ["QA01"]
    failed = session.scalars(select(NotificationOutbox).where(NotificationOutbox.sent_at.is_(None))).one()
    assert failed.attempts == 1 and "telegram down" in failed.last_error
    assert drain(session, lambda row: None) == (1, 0)
    assert drain(session, lambda row: None) == (0, 0)


def test_review_filters_stats_and_csv(session: Session, world) -> None:
    a1 = _record(session, world, "稳赚不赔")[0]
    a2 = _record(session, world, "你是白痴吗", rep_id=world.rep2.id, occurred_at=T0 + dt.timedelta(days=1))[0]
    assert [a.id for a in list_alerts(session)] == [a2.id, a1.id]
    assert [a.id for a in list_alerts(session, severity="high")] == [a1.id]
    assert [a.id for a in list_alerts(session, rep_id=world.rep2.id)] == [a2.id]
    assert [a.id for a in list_alerts(session, since=T0 + dt.timedelta(hours=1))] == [a2.id]
    assert [a.id for a in list_alerts(session, category="abuse", status="open")] == [a2.id]

    review_alert(session, a1.id, status="confirmed", note="承诺收益，已约谈", reviewer_id=world.qa_wecom.id)
    with pytest.raises(ValueError, match="note"):
        review_alert(session, a2.id, status="false_positive", note=" ")
    review_alert(
        session, a2.id, status="false_positive", note="客户自嘲，非辱骂", reviewer_id=world.qa_wecom.id
    )
    assert list_alerts(session, status="open") == []
    assert session.scalar(select(func.count(AlertReview.id))) == 2
    with pytest.raises(ValueError, match="no alert"):
        review_alert(session, 9999, status="confirmed")
    with pytest.raises(ValueError, match="severity"):
        list_alerts(session, severity="huge")

    stats = alert_stats(session)
    assert stats["total"] == 2 and stats["precision"] == 0.5
    assert stats["by_category"]["guarantee"] == {
        "total": 1,
        "open": 0,
        "confirmed": 1,
        "false_positive": 0,
        "escalated": 0,
    }
    assert {r["rep"]: r["high"] for r in stats["by_rep"]} == {"REP01": 1, "REP02": 0}

    rows = list(csv.DictReader(io.StringIO(export_alerts_csv(session, status="confirmed"))))
    assert len(rows) == 1
    assert (
        rows[0]["rep"] == "rep01" and rows[0]["customer"] == "宏达贸易" and rows[0]["reviewed_by"] == "qa01"
    )
    assert rows[0]["term"] == "稳赚不赔" and rows[0]["status"] == "confirmed"
