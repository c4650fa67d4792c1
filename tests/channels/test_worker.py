"""One accepted message → replies delivered exactly once, across retries, crashes and flood waits."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, update

from assistant.db import session_scope
from assistant.inbox import service as inbox
from assistant.inbox.models import InboundRecord
from channels import registry, worker
from channels.base import CollectingChannel, OutboundReply, RetryLater


@pytest.fixture
def channel(engine: Engine) -> CollectingChannel:
    registry.clear()
    collecting = CollectingChannel(name="wecom")
    registry.register(collecting)
    yield collecting
    registry.clear()


def _accept(key: str = "m1") -> int:
    got = inbox.accept(channel="wecom", dedupe_key=key, chat_id="zhangwei", sender_id="zhangwei", text="hi")
    assert got is not None
    return got


def test_replies_are_sent_once_even_when_processed_again(channel: CollectingChannel) -> None:
    calls = []

    def responder(msg, _download):
        calls.append(msg.id)
        return [OutboundReply(text="第一段"), OutboundReply(text="第二段")]

    mid = _accept()
    assert worker.process(mid, responder=responder) is None
    assert worker.process(mid, responder=responder) is None  # a duplicate task: nothing more
    assert channel.texts() == ["第一段", "第二段"] and calls == [mid]


def test_a_crash_after_sending_the_first_part_resends_only_the_rest(channel: CollectingChannel) -> None:
    class Flaky(CollectingChannel):
        def deliver(self, chat_id: str, payload: dict) -> None:
            if payload["text"] == "二" and not getattr(self, "failed", False):
                self.failed = True
                raise ConnectionError("network down")
            super().deliver(chat_id, payload)

    flaky = Flaky(name="wecom")
    registry.register(flaky)
    mid = _accept()

    def responder(msg, _d):
        return [OutboundReply(text="一"), OutboundReply(text="二")]

    with pytest.raises(ConnectionError):
        worker.process(mid, responder=responder)
    worker.process(mid, responder=responder)  # released for huey's retry: claimed again, no manual reset
    assert flaky.texts() == ["一", "二"]


def test_a_message_that_keeps_failing_is_marked_failed_after_its_attempts(channel: CollectingChannel) -> None:
    from assistant.inbox.messages import MAX_ATTEMPTS

    def broken(msg, _d):
        raise RuntimeError("the agent is broken")

    mid = _accept()
    for _ in range(MAX_ATTEMPTS):
        with pytest.raises(RuntimeError):
            worker.process(mid, responder=broken)
    assert worker.process(mid, responder=broken) is None  # no attempt left: nothing runs any more
    with session_scope() as s:
        row = s.get(InboundRecord, mid)
        assert row.status == "failed" and "the agent is broken" in row.error
    assert channel.texts() == []


def test_a_dead_workers_message_is_recovered_and_answered_once(channel: CollectingChannel) -> None:
    mid = _accept()
    assert inbox.claim(mid) is not None  # a worker took it, then was killed -9
    with session_scope() as s:
        s.execute(
            update(InboundRecord)
            .where(InboundRecord.id == mid)
            .values(lease_until=InboundRecord.received_at - dt.timedelta(seconds=1))
        )
    assert inbox.stalled() == [mid]
    worker.process(mid, responder=lambda m, d: [OutboundReply(text="答复")])
    assert channel.texts() == ["答复"] and inbox.stalled() == []


def test_a_flood_wait_releases_the_message_without_losing_it(channel: CollectingChannel) -> None:
    class Limited(CollectingChannel):
        def deliver(self, chat_id: str, payload: dict) -> None:
            raise RetryLater(7, "flood control")

    registry.register(Limited(name="wecom"))
    mid = _accept()
    assert worker.process(mid, responder=lambda m, d: [OutboundReply(text="稍后")]) == 7
    registry.register(channel)
    assert worker.process(mid, responder=lambda m, d: [OutboundReply(text="不会重算")]) is None
    assert channel.texts() == ["稍后"]  # the recorded reply, not a recomputed one
