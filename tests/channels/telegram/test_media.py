"""Voice notes, audio and documents: downloaded with getFile, summarised on the queue, with a typing indicator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.config import override_settings
from tests.voice.conftest import AUDIO, shared_base_model

from .bot_api_stub import BotApiStub
from .conftest import REP01_TG, message, post, run_queue


@pytest.fixture
def whisper(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    model = shared_base_model(tmp_path_factory)
    with override_settings(whisper_model=str(model)):
        yield model


@pytest.mark.slow
def test_a_voice_note_is_downloaded_and_summarised(
    whisper: Path, client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    ogg = (AUDIO / "en_price.ogg").read_bytes()  # OGG/Opus, as Telegram records voice notes
    stub.add_file("voice-1", ogg, "voice/file_1.oga")
    voice = {"file_id": "voice-1", "file_unique_id": "v1", "duration": 5, "mime_type": "audio/ogg",
             "file_size": len(ogg)}
    assert post(client, message(70, REP01_TG, voice=voice)).status_code == 200
    run_queue(queued)
    assert [c.params["file_id"] for c in stub.requests("getFile")] == ["voice-1"]
    assert any(c.params["action"] == "typing" for c in stub.requests("sendChatAction"))
    [summary] = stub.requests("sendMessage")
    assert summary.params["text"].startswith("<b>会话摘要</b>")
    assert "price" in summary.params["text"].lower() or "价格" in summary.params["text"]


def test_a_file_over_20_mb_gets_a_clear_message_and_is_not_fetched(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    document = {"file_id": "doc-1", "file_unique_id": "d1", "file_name": "call.mp3", "mime_type": "audio/mpeg",
                "file_size": 25 * 1024 * 1024}
    post(client, message(71, REP01_TG, document=document))
    run_queue(queued)
    assert stub.requests("getFile") == []
    [answer] = stub.sent(REP01_TG)
    assert "20 MB" in answer and "网页" in answer


def test_a_chat_export_document_is_summarised(client: TestClient, stub: BotApiStub, queued: list[int]) -> None:
    chat = "客户 王总：你们的报价太高了，能不能便宜一点？\n我：我们下周五前把样品寄过去，您先试用。\n客户 王总：好的，样品到了我们再谈价格。\n"
    stub.add_file("doc-2", chat.encode(), "documents/file_2.txt")
    document = {"file_id": "doc-2", "file_unique_id": "d2", "file_name": "wang.txt", "mime_type": "text/plain",
                "file_size": len(chat.encode())}
    post(client, message(72, REP01_TG, document=document))
    run_queue(queued)
    [summary] = stub.sent(REP01_TG)
    assert summary.startswith("<b>会话摘要</b>") and "样品" in summary
