"""Saving a confirmed summary as an activity and reading the latest one back."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.crm.models import Activity, Customer
from assistant.identity import scope_for
from assistant.summaries import Catalog, SaveError, latest_summary, save_summary, summarize_text
from assistant.summaries.access import AccessError, find_customer

TEXT = "客户：纯棉毛巾我们要5000条，价格太贵了。\n销售：我明天把新报价发给您。"


def _summary(session: Session, text: str = TEXT, previous=None):
    return summarize_text(
        text, today=dt.date(2024, 3, 6), catalog=Catalog.from_session(session), previous=previous
    )


def _count(session: Session) -> int:
    return session.scalar(select(func.count(Activity.id)))


def test_save_and_read_back(session: Session, crm: SimpleNamespace) -> None:
    summary = _summary(session)
    act = save_summary(
        session,
        customer_id=crm.acme.id,
        rep_id=crm.users["rep01"].id,
        summary=summary,
        opportunity_id=crm.opp.id,
        content=TEXT,
    )
    assert act.source == "ai" and act.type == "chat" and act.opportunity_id == crm.opp.id
    assert act.content == TEXT and act.summary["schema_version"] == 1
    again = latest_summary(session, customer_id=crm.acme.id)
    assert again == summary
    assert latest_summary(session, customer_id=crm.haus.id) is None


def test_latest_summary_feeds_the_delta(session: Session, crm: SimpleNamespace) -> None:
    first = _summary(session)
    save_summary(
        session,
        customer_id=crm.acme.id,
        rep_id=crm.users["rep01"].id,
        summary=first,
        content=TEXT,
        occurred_at=dt.datetime(2024, 3, 6, 10),
    )
    later = "客户：纯棉毛巾的数量改成8000条。"
    second = _summary(session, later, previous=latest_summary(session, customer_id=crm.acme.id))
    qty = next(n for n in second.needs if n.topic == "quantity")
    assert qty.status == "changed" and qty.subject == "TX-TW-02"
    save_summary(
        session,
        customer_id=crm.acme.id,
        rep_id=crm.users["rep01"].id,
        summary=second,
        content=later,
        source="user_edited",
        occurred_at=dt.datetime(2024, 3, 9, 10),
    )
    assert latest_summary(session, customer_id=crm.acme.id).needs[0].values == ["8000 条"]


def test_refusals_write_nothing(session: Session, crm: SimpleNamespace) -> None:
    summary = _summary(session)
    rep = crm.users["rep01"].id
    cases = [
        (dict(customer_id=999_999, rep_id=rep), "no longer exists"),
        (dict(customer_id=crm.acme.id, rep_id=999_999), "not an active user"),
        (dict(customer_id=crm.haus.id, rep_id=rep, opportunity_id=crm.opp.id), "does not belong"),
        (dict(customer_id=crm.acme.id, rep_id=rep, content="someone else's text"), "quotes do not match"),
        (dict(customer_id=crm.acme.id, rep_id=rep, source="manual"), "source must be"),
    ]
    for kwargs, message in cases:
        with pytest.raises(SaveError, match=message):
            save_summary(session, summary=summary, **kwargs)
    assert _count(session) == 0


def test_deleted_customer_is_re_read(session: Session, crm: SimpleNamespace) -> None:
    summary = _summary(session)
    cid = crm.hongxin.id
    session.delete(session.get(Customer, cid))
    session.flush()
    with pytest.raises(SaveError, match="no longer exists"):
        save_summary(session, customer_id=cid, rep_id=crm.users["rep01"].id, summary=summary)


def test_unreadable_or_newer_summaries_are_skipped(session: Session, crm: SimpleNamespace) -> None:
    good = _summary(session)
    save_summary(
        session,
        customer_id=crm.acme.id,
        rep_id=crm.users["rep01"].id,
        summary=good,
        occurred_at=dt.datetime(2024, 1, 1),
    )
    for i, data in enumerate(
        [{"schema_version": 99, "engine": "offline"}, {"schema_version": 1, "needs": 3}]
    ):
        session.add(
            Activity(
                customer_id=crm.acme.id,
                rep_id=crm.users["rep01"].id,
                type="chat",
                channel="wecom",
                occurred_at=dt.datetime(2024, 2, 1 + i),
                summary=data,
                source="ai",
            )
        )
    session.flush()
    assert latest_summary(session, customer_id=crm.acme.id) == good


def test_find_customer_and_permissions(session: Session, crm: SimpleNamespace) -> None:
    assert find_customer(session, "hausdeko").id == crm.haus.id
    assert find_customer(session, "宏达").id == crm.acme.id  # exact short name beats the partial 宏鑫
    with pytest.raises(AccessError, match="several"):
        find_customer(session, "hong")
    with pytest.raises(AccessError, match="no customer"):
        find_customer(session, "Nobody Ltd")
    u = {login: scope_for(session, user) for login, user in crm.users.items()}
    assert u["rep01"].may_write(crm.acme) and not u["rep01"].may_write(crm.haus)
    assert u["mgr01"].may_write(crm.acme) and not u["mgr01"].may_write(crm.haus)
    assert u["admin"].may_write(crm.haus)
    assert u["qa01"].may_read(crm.haus) and not u["qa01"].may_write(crm.haus)


def test_saved_conversation_is_scanned_for_compliance(session: Session, crm: SimpleNamespace) -> None:
    from assistant.compliance import list_alerts

    text = "客户：我的电话是13812345678，有事打我。\n销售：放心，这个认证我们包过，100%通过。"
    summary = _summary(session, text)
    act = save_summary(
        session, customer_id=crm.acme.id, rep_id=crm.users["rep01"].id, summary=summary, content=text
    )
    alerts = list_alerts(session)
    terms = {a.matched for a in alerts}
    assert "包过" in terms  # the rep's promise
    assert "13812345678" not in terms  # the customer sharing their own number is not a violation
    assert all(a.customer_id == crm.acme.id and a.rep_id == crm.users["rep01"].id for a in alerts)
    from assistant.compliance.activities import scan_activity

    assert scan_activity(session, act) == 0  # re-scanning the same activity adds nothing
