"""Voice and file messages (``media/get`` at once, "working…" first), and a worker that dies mid-task."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from assistant.config import override_settings
from assistant.db import session_scope
from assistant.inbox import service as inbox
from assistant.inbox.models import InboundRecord
from channels import registry, worker
from channels.base import OutboundReply
from tests.voice.conftest import AUDIO, shared_base_model

from .conftest import AGENT_ID, CORP_ID, WeComApp, nonce, text_xml, voice_xml

CHAT = "客户：你们的竹纤维浴巾太贵了，越南工厂便宜15%。\n销售：我下周三前把新报价发给您。\n"


@pytest.fixture
def whisper(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The offline Whisper base model, assembled once per test session."""
    with override_settings(whisper_model=str(shared_base_model(tmp_path_factory))):
        yield


@pytest.mark.slow
def test_a_voice_message_gets_working_then_a_transcript_based_answer(
    wecom: WeComApp, demo: object, whisper: None
) -> None:
    wecom.fake.media["voice-media-1"] = ("voice.amr", (AUDIO / "zh_meeting.amr").read_bytes())
    assert wecom.post(wecom.signed(voice_xml("rep01", "voice-media-1", "8201"))).status_code == 200
    wecom.run_queue()
    working, answer = wecom.fake.texts("rep01")
    assert working == "正在处理…"
    assert answer.startswith("🎙") and "明天" in answer.split("\n\n")[0]  # the transcript, then the answer
    assert wecom.fake.media_requests == ["voice-media-1"]
    (saved,) = (Path(p) for p in (inbox_data() / "wecom" / "media").iterdir())
    assert saved.suffix == ".amr" and saved.stat().st_size == (AUDIO / "zh_meeting.amr").stat().st_size


def inbox_data() -> Path:
    from assistant.config import get_settings

    return get_settings().data_dir


def test_a_chat_export_file_gets_a_summary(wecom: WeComApp, demo: object) -> None:
    wecom.fake.media["file-media-1"] = ("chat.txt", CHAT.encode("utf-8"))
    xml = (f"<xml><ToUserName>{CORP_ID}</ToUserName><FromUserName>rep01</FromUserName>"
           f"<CreateTime>{int(time.time())}</CreateTime><MsgType>file</MsgType><MediaId>file-media-1</MediaId>"
           f"<FileName>chat.txt</FileName><MsgId>8202</MsgId><AgentID>{AGENT_ID}</AgentID></xml>")
    assert wecom.post(wecom.signed(xml)).status_code == 200
    wecom.run_queue()
    working, summary = wecom.fake.texts("rep01")
    assert working == "正在处理…" and "报价" in summary


def test_expired_media_gets_a_clear_message(wecom: WeComApp, demo: object) -> None:
    assert wecom.post(wecom.signed(voice_xml("rep01", "gone-after-3-days", "8203"))).status_code == 200
    wecom.run_queue()
    assert wecom.fake.texts("rep01")[-1].startswith("无法从企业微信获取该文件")


def test_a_worker_killed_mid_task_is_recovered_and_each_part_sent_once(
    wecom: WeComApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import channels.tasks as tasks

    assert wecom.post(wecom.signed(text_xml("rep01", "本季度总结", "8204"), nonce=nonce())).status_code == 200
    (mid,) = wecom.queued
    assert inbox.claim(mid) is not None  # a worker takes it...
    channel = registry.get("wecom")
    long = "".join(f"{i:02d}本季度重点客户的跟进情况需要在周五之前整理完毕，并同步给经理。" for i in range(53))
    inbox.record_replies(mid, channel="wecom", chat_id="rep01", payloads=channel.render(OutboundReply(text=long)))
    first = inbox.unsent(inbound_id=mid)[0]
    channel.deliver(first.chat_id, first.payload)
    inbox.mark_sent(first.id)  # ...sends the first of three parts, and is killed -9
    with session_scope() as s:
        s.execute(update(InboundRecord).where(InboundRecord.id == mid)
                  .values(lease_until=InboundRecord.received_at - dt.timedelta(seconds=1)))
    monkeypatch.setattr(tasks.huey, "immediate", True)  # the recovery's re-enqueued task runs here
    assert tasks.recover.call_local() == 1
    assert tasks.recover.call_local() == 0
    assert worker.process(mid) is None
    parts = wecom.fake.texts("rep01")
    assert len(parts) == 3 and "".join(parts) == long
