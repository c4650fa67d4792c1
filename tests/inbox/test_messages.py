"""The inbox: a message is stored once, one worker holds it at a time, a dead worker's claim expires."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from assistant.db import session_scope, utcnow
from assistant.inbox import messages, replies, state


def _accept(s: Session, key: str = "m1") -> int | None:
    return messages.accept(s, channel="wecom", dedupe_key=key, chat_id="zhangwei", sender_id="zhangwei", text="你好")


def _check(engine: Engine) -> None:
    with session_scope(engine) as s:
        first = _accept(s)
        assert first is not None
        assert _accept(s) is None  # WeCom's retry of the same MsgId
        assert _accept(s, "m2") is not None
        held = messages.claim(s, first)
        assert held is not None and held.text == "你好" and held.attempts == 1
        assert messages.claim(s, first) is None  # another worker cannot take it
        later = utcnow() + messages.LEASE + dt.timedelta(seconds=1)
        assert first in messages.stalled(s, now=later)  # the holder died: its lease ran out
        again = messages.claim(s, first, now=later)
        assert again is not None and again.attempts == 2
        messages.finish(s, first)
        s.commit()
        assert messages.claim(s, first, now=later) is None
        assert first not in messages.stalled(s, now=later + dt.timedelta(hours=1))
        nul = messages.accept(s, channel="telegram", dedupe_key="9", chat_id="1", sender_id="1", text="a\x00b")
        assert nul is not None and messages.claim(s, nul).text == "ab"  # PostgreSQL cannot store NUL


def test_inbox_on_sqlite(engine: Engine) -> None:
    _check(engine)


def test_inbox_on_postgres(pg_engine: Engine) -> None:
    _check(pg_engine)


def test_reply_parts_are_recorded_once_and_sent_once(session: Session) -> None:
    inbound = _accept(session)
    payloads = [{"text": "一"}, {"text": "二"}]
    replies.record(session, inbound_id=inbound, channel="wecom", chat_id="zhangwei", payloads=payloads)
    replies.record(session, inbound_id=inbound, channel="wecom", chat_id="zhangwei", payloads=[{"text": "x"}])
    parts = replies.unsent(session, inbound_id=inbound)
    assert [p.payload["text"] for p in parts] == ["一", "二"]
    assert replies.mark_sent(session, parts[0].id) and not replies.mark_sent(session, parts[0].id)
    assert [p.payload["text"] for p in replies.unsent(session, inbound_id=inbound)] == ["二"]
    since = utcnow() - dt.timedelta(minutes=1)
    assert replies.sent_since(session, channel="wecom", chat_id="zhangwei", since=since) == 1


def test_shared_state_expires(session: Session) -> None:
    state.put(session, "wecom:token", "abc", expires_at=utcnow() + dt.timedelta(seconds=60))
    assert state.get(session, "wecom:token") == "abc"
    assert state.get(session, "wecom:token", now=utcnow() + dt.timedelta(seconds=61)) is None
    state.delete(session, "wecom:token")
    assert state.get(session, "wecom:token") is None
