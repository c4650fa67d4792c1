"""Chat-archive import: texts scanned, behaviour rules, all-or-nothing validation, idempotent."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.compliance import ArchiveError, import_archive
from assistant.compliance.models import ChatEvent, ComplianceAlert
from assistant.compliance.rules import WorkingHours, working_minutes


def _line(i: str, time: str, **kw: object) -> str:
    return json.dumps({"id": i, "time": time, "rep": "rep01", "customer": "C0001", **kw}, ensure_ascii=False)


# Monday 3 March 2025, Shanghai time.
ARCHIVE = [
    _line("m1", "2025-03-03T10:00:00+08:00", direction="in", text="请问什么时候能发货？"),
    _line("m2", "2025-03-03T10:05:00+08:00", direction="out", text="下周三发货，这个认证我们包过"),
    _line("m3", "2025-03-03T11:00:00+08:00", direction="in", text="好的，价格还能再低点吗？"),
    _line(
        "m4", "2025-03-03T15:30:00+08:00", direction="out", text="我问下经理再回复您"
    ),  # 270 working minutes later
    _line("m5", "2025-03-03T15:31:00+08:00", type="recall", text="加我私人微信聊"),
    _line("m6", "2025-03-03T15:40:00+08:00", type="red_packet", amount=200),
    _line("m7", "2025-03-04T09:00:00+08:00", type="delete_contact"),
    _line("m8", "2025-03-04T09:30:00+08:00", direction="in", type="transfer", amount=5000),
]


def test_import_finds_text_and_behaviour_alerts(session: Session, world) -> None:
    report = import_archive(session, ARCHIVE, late_reply_minutes=30)
    assert report.events == 8
    found = {(a.category, a.term, a.message_key) for a in report.alerts}
    assert ("guarantee", "包过", "m2") in found
    assert ("private_deal", "加我私人微信", "m5") in found
    assert ("behaviour", "超时回复", "m4") in found
    assert ("behaviour", "撤回消息", "m5") in found
    assert ("behaviour", "销售向客户发红包", "m6") in found
    assert ("behaviour", "删除客户", "m7") in found
    assert ("behaviour", "客户向销售个人转账", "m8") in found
    assert not any(
        a.message_key == "m2" and a.category == "behaviour" for a in report.alerts
    )  # 5 min is fine
    late = next(a for a in report.alerts if a.term == "超时回复")
    assert late.severity == "medium" and "270" in late.message
    assert late.occurred_at == dt.datetime(2025, 3, 3, 7, 30)  # stored as naive UTC


def test_reimport_stores_nothing_twice(session: Session, world) -> None:
    import_archive(session, ARCHIVE)
    count = session.scalar(select(func.count(ComplianceAlert.id)))
    report = import_archive(session, ARCHIVE)
    assert (report.events, report.skipped_existing, report.alerts) == (0, 8, [])
    assert session.scalar(select(func.count(ComplianceAlert.id))) == count


def test_bad_file_is_rejected_whole(session: Session, world) -> None:
    bad = [
        ARCHIVE[0],
        "{not json",
        _line("x2", "2025-03-03T10:00:00", type="teleport"),
        _line("x3", "yesterday"),
    ]
    with pytest.raises(ArchiveError) as err:
        import_archive(session, bad)
    assert [p.split(":")[0] for p in err.value.problems] == ["line 2", "line 3", "line 4"]
    with pytest.raises(ArchiveError, match="unknown rep 'ghost'"):
        import_archive(session, [json.dumps({"id": "g", "time": "2025-03-03T10:00:00", "rep": "ghost",
                                             "customer": "C0001", "text": "hi"})])  # fmt: skip
    assert session.scalar(select(func.count(ChatEvent.id))) == 0


def test_working_minutes_skip_nights_and_weekends() -> None:
    hours = WorkingHours(tz=ZoneInfo("Asia/Shanghai"))
    friday_5pm = dt.datetime(2025, 3, 7, 9, 0)  # 17:00 Shanghai
    monday_10am = dt.datetime(2025, 3, 10, 2, 0)  # 10:00 Shanghai
    assert working_minutes(friday_5pm, monday_10am, hours) == 120
    assert working_minutes(monday_10am, friday_5pm, hours) == 0
